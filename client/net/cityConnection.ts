// The only module that talks to the `city` room. Joins with the lobby's choices, mirrors the room
// state into the stores (players) and into motion.ts (positions), sends typed messages, and keeps
// the visitor in the city across dropped connections: the SDK reconnects within the server's hold
// (same session, name, colour and place); if the hold is gone, it joins again at the last place,
// with backoff and a published countdown (rejoin.ts) for as long as the server stays unreachable —
// also when the very first join finds no server (a kiosk that boots before it). Only a refusal
// (ban, bad options) ends in status 'error'.
import { Callbacks, Client, type Room } from '@colyseus/sdk';
import {
  type ChatLine,
  CLOSE_CODES,
  type ClientMessage,
  type ClientMessageName,
  PROTOCOL_VERSION,
  type ServerMessages,
} from '../../shared/protocol.ts';
import { CityState } from '../../shared/schema.ts';
import { placeSelf, remotes, self } from '../stores/motion.ts';
import { useBoothStore } from '../stores/useBoothStore.ts';
import { useChatStore } from '../stores/useChatStore.ts';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { useModerationStore } from '../stores/useModerationStore.ts';
import { usePlayersStore } from '../stores/usePlayersStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useWeatherStore } from '../stores/useWeatherStore.ts';
import { startMoveSender } from './moveSender.ts';
import { mirrorPlayers } from './playersMirror.ts';
import { createRetrySchedule, isRefusal } from './rejoin.ts';
import { serverUrl } from './serverUrl.ts';
import { storedStaffToken } from './staffApi.ts';

const CONSENTED = 4000; // Colyseus CloseCode.CONSENTED: the visitor left on purpose

let room: Room<unknown, CityState> | null = null;
let stopSender: (() => void) | null = null;
let wanted: { name: string; color: string } | null = null;
const retry = createRetrySchedule();

export async function joinCity(name: string, color: string): Promise<void> {
  wanted = { name, color };
  const status = useConnectionStore.getState();
  status.setStatus(room ? 'reconnecting' : 'connecting');
  try {
    const at = self.placed ? { x: self.x, z: self.z } : undefined;
    const { visitorId } = useSettingsStore.getState();
    const client = new Client(serverUrl());
    // A signed-in official joins as their account (moderators' sanctions then follow it).
    const token = storedStaffToken();
    if (token) client.auth.token = token;
    const joined = await client.joinOrCreate(
      'city',
      { name, color, protocol: PROTOCOL_VERSION, at, visitorId },
      CityState,
    );
    useModerationStore.getState().setStanding(null); // a mute still in force is sent again on join
    attach(joined);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // A ban still in force: say so (the moderation banner) rather than a bare connection error.
    if (message === 'banned') {
      if (useModerationStore.getState().standing?.kind !== 'banned')
        useModerationStore.getState().setStanding({ kind: 'banned', until: 0 });
    } else if (wanted && !isRefusal(e)) {
      // No answer (server restarting, network gone): keep trying for as long as the visitor stays.
      status.setStatus('reconnecting');
      scheduleRejoin();
      return;
    }
    status.setStatus('error', message);
  }
}

function scheduleRejoin(): void {
  retry.later(() => wanted && void joinCity(wanted.name, wanted.color));
}

export function leaveCity(): void {
  wanted = null;
  retry.cancel();
  stopSender?.();
  void room?.leave(true);
  room = null;
  remotes.clear();
  usePlayersStore.getState().clear();
  useConnectionStore.getState().setStatus('idle');
}

/** Typed send: the only way the client talks to the server. Dropped while disconnected. */
export function send<K extends ClientMessageName>(type: K, payload: ClientMessage<K>): void {
  if (useConnectionStore.getState().status === 'connected') room?.send(type, payload);
}

function attach(r: Room<unknown, CityState>): void {
  room = r;
  retry.succeeded();
  const connection = useConnectionStore.getState();
  connection.setSelfId(r.sessionId);
  connection.setStatus('connected');
  usePlayersStore.getState().clear();
  remotes.clear();
  retry.adopt(r);
  mirrorPlayers(Callbacks.get(r), r.sessionId);
  mirrorBooths(r);
  mirrorWeather(r);
  listenMessages(r);
  stopSender?.();
  stopSender = startMoveSender(send);
  r.onDrop(() => useConnectionStore.getState().setStatus('reconnecting'));
  r.onReconnect(() => {
    retry.succeeded();
    useConnectionStore.getState().setStatus('connected');
  });
  r.onLeave((code) => {
    if (room !== r) return;
    stopSender?.();
    if (code === CONSENTED || !wanted) return;
    if (code === CLOSE_CODES.banned || code === CLOSE_CODES.removed) {
      // Removed by a moderator: no automatic rejoin (the moderation banner offers one after a removal).
      useConnectionStore.getState().setStatus('error', code === CLOSE_CODES.banned ? 'banned' : 'removed');
      return;
    }
    useConnectionStore.getState().setStatus('reconnecting', code === CLOSE_CODES.flooded ? 'flooded' : null);
    scheduleRejoin();
  });
}

/** Booth live values → useBoothStore, one KPI at a time as they are added or change. */
function mirrorBooths(r: Room<unknown, CityState>): void {
  const $ = Callbacks.get(r);
  const booths = useBoothStore.getState();
  $.onAdd('booths', (booth, organisationId) => {
    $.onAdd(booth, 'values', (v, kpi) => {
      const copy = () =>
        booths.setValue(organisationId, kpi, {
          value: v.value,
          at: v.at,
          simulated: v.simulated,
          source: v.source,
        });
      copy();
      $.onChange(v, copy);
    });
  });
}

/** The sky → useWeatherStore, whenever the server's weather changes; the shard's head count too. */
function mirrorWeather(r: Room<unknown, CityState>): void {
  const $ = Callbacks.get(r);
  $.listen('visitors', (n) => usePlayersStore.getState().setShardVisitors(n));
  $.listen(
    'weather',
    (w) => {
      const copy = () =>
        useWeatherStore
          .getState()
          .setWeather({ cloudCover: w.cloudCover, rain: w.rain, description: w.description });
      copy();
      $.onChange(w, copy);
      // Not immediate: the instance present before the first patch is a local default without a
      // refId, and onChange on it throws (which failed the whole join).
    },
    false,
  );
}

function listenMessages(r: Room<unknown, CityState>): void {
  const chat = useChatStore.getState();
  r.onMessage('chat', (line: ChatLine) => chat.add(line));
  r.onMessage('chatHistory', (lines: ServerMessages['chatHistory']) => chat.setHistory(lines));
  r.onMessage('notice', (n: ServerMessages['notice']) => chat.showNotice(`notice.${n.code}`));
  r.onMessage('chatDeleted', (d: ServerMessages['chatDeleted']) => chat.remove(d.id));
  r.onMessage('moderation', (m: ServerMessages['moderation']) =>
    useModerationStore.getState().setStanding(m.kind === 'unmuted' ? null : m),
  );
  r.onMessage('correction', (c: ServerMessages['correction']) => {
    placeSelf(c.x, c.z);
    self.corrections++;
  });
}

/** Joins again after a moderator's removal (not after a ban: the server refuses that until it ends). */
export function rejoinCity(): void {
  const { name, color } = useSettingsStore.getState();
  useModerationStore.getState().setStanding(null);
  void joinCity(wanted?.name ?? name, wanted?.color ?? color);
}

/** For diagnostics: the current room's id, or null. */
export function currentRoomId(): string | null {
  return room?.roomId ?? null;
}
