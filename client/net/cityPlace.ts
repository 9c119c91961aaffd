// What the `city` room adds to the place lifecycle (connectPlace.ts; client only): joins with the
// lobby's choices and the last position (a rejoin lands where the visitor stood), mirrors the room
// state into the stores (players, booth live values, weather) and into motion.ts (positions), and
// routes its messages (chat, notices, moderation, corrections). A ban or a moderator's removal ends
// the visit (the moderation banner says so and offers a rejoin after a removal). A watcher (a kiosk's
// attract loop) joins with `watch`: it then mirrors the shared state only — no avatar is sent to it.
import { Callbacks, type Room } from '@colyseus/sdk';
import { type ChatLine, CLOSE_CODES, PROTOCOL_VERSION, type ServerMessages } from '../../shared/protocol.ts';
import { CityState } from '../../shared/schema.ts';
import { placeSelf, self } from '../stores/motion.ts';
import { useBoothStore } from '../stores/useBoothStore.ts';
import { useChatStore } from '../stores/useChatStore.ts';
import { useModerationStore } from '../stores/useModerationStore.ts';
import { usePlayersStore } from '../stores/usePlayersStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useWeatherStore } from '../stores/useWeatherStore.ts';
import type { PlaceOptions, PlaceSpec } from './places.ts';
import { mirrorPlayers } from './playersMirror.ts';
import { isRefusal } from './rejoin.ts';

export function cityPlace({ name, color, watch }: PlaceOptions['city']): PlaceSpec {
  return {
    roomName: 'city',
    stateType: CityState,
    beforeJoin: () => undefined,
    // A rejoin after a moderator's removal: the banner's standing is cleared (a mute still in force
    // is sent again on join).
    beforeRetry: () => useModerationStore.getState().setStanding(null),
    joinOptions: () => ({
      name,
      color,
      protocol: PROTOCOL_VERSION,
      at: self.placed && !watch ? { x: self.x, z: self.z } : undefined,
      visitorId: useSettingsStore.getState().visitorId,
      ...(watch ? { watch: true } : {}),
    }),
    refusal(e) {
      const message = e instanceof Error ? e.message : String(e);
      // A ban still in force: say so (the moderation banner) rather than a bare connection error.
      if (message === 'banned') {
        if (useModerationStore.getState().standing?.kind !== 'banned')
          useModerationStore.getState().setStanding({ kind: 'banned', until: 0 });
        return message;
      }
      return isRefusal(e) ? message : null;
    },
    removal: (code) =>
      code === CLOSE_CODES.banned ? 'banned' : code === CLOSE_CODES.removed ? 'removed' : null,
    attach(r) {
      const room = r as Room<unknown, CityState>;
      useModerationStore.getState().setStanding(null); // a mute still in force is sent again on join
      mirrorPlayers(Callbacks.get(room), room.sessionId);
      mirrorBooths(room);
      mirrorWeather(room);
      listenMessages(room);
    },
    clear: () => undefined,
  };
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
