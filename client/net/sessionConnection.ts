// The only module that talks to a `session` room (a public session's hall). Joins with the lobby's
// choices and this browser's visitorId (plus the staff sign-in token when there is one), mirrors the
// avatars (playersMirror.ts) and the public stage (stageMirror.ts) into the stores, routes the room's
// messages (chat, views, reactions, notices) into theirs, sends typed messages, and keeps the attendee
// in the hall across dropped connections: the SDK reconnects within the server's hold; if the hold is
// gone, it joins again (same visitorId, so the server knows them and no vote counts twice), and keeps
// trying with backoff and a published countdown (rejoin.ts) while the server is unreachable, status
// 'reconnecting' meanwhile — also when the first join finds no server. A refused join leaves status
// 'error' with the i18n key `session.join.<code>` for the HUD (which offers "Coba lagi").
import { Callbacks, Client, type Room } from '@colyseus/sdk';
import {
  type ChatLine,
  CLOSE_CODES,
  PROTOCOL_VERSION,
  type Reaction,
  type SessionAction,
  type SessionMessage,
  type SessionMessageName,
  type SessionServerMessages,
} from '../../shared/protocol.ts';
import { SessionState } from '../../shared/schema.ts';
import { placeSelf, remotes, self } from '../stores/motion.ts';
import { useChatStore } from '../stores/useChatStore.ts';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { usePlayersStore } from '../stores/usePlayersStore.ts';
import { useSessionViewStore } from '../stores/useSessionViewStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import { startMoveSender } from './moveSender.ts';
import { mirrorPlayers } from './playersMirror.ts';
import { createRetrySchedule } from './rejoin.ts';
import { serverUrl } from './serverUrl.ts';
import { storedStaffToken } from './staffApi.ts';
import { mirrorStage } from './stageMirror.ts';
import { bindVoice, receiveVoice, stopVoice } from './voice.ts';

const CONSENTED = 4000; // Colyseus CloseCode.CONSENTED: the attendee left on purpose

/** Why a join was refused: the server's ServerError message, or one derived from its status. */
const JOIN_ERRORS = ['no-session', 'ended', 'invite', 'banned', 'auth', 'failed', 'origin', 'busy'] as const;
type JoinError = (typeof JOIN_ERRORS)[number];

let room: Room<unknown, SessionState> | null = null;
let stopSender: (() => void) | null = null;
let wanted: { sessionId: string; invite: string | undefined } | null = null;
/** Counts joins and leaves: a join that finishes after a newer join or a leave is dropped. */
let attempt = 0;
const retry = createRetrySchedule();

export async function joinSession(sessionId: string, invite?: string): Promise<void> {
  const rejoin = wanted?.sessionId === sessionId && room !== null;
  const mine = ++attempt;
  wanted = { sessionId, invite };
  const status = useConnectionStore.getState();
  status.setStatus(rejoin ? 'reconnecting' : 'connecting');
  if (!rejoin) clearSession();
  self.placed = false; // the server seats a (re)joining attendee
  try {
    const client = new Client(serverUrl());
    const token = storedStaffToken(Date.now());
    if (token) client.auth.token = token;
    const { name, color, visitorId } = useSettingsStore.getState();
    const joined = await client.joinOrCreate(
      'session',
      { sessionId, name, color, visitorId, invite, protocol: PROTOCOL_VERSION },
      SessionState,
    );
    if (mine !== attempt) {
      void joined.leave(true); // left, or joined again, while this join was under way
      return;
    }
    attach(joined);
  } catch (e) {
    if (mine !== attempt) return;
    const code = joinErrorOf(e);
    if (code === 'failed') {
      // The server is unreachable: keep trying, the attendee stays in (or at the door of) the hall.
      status.setStatus('reconnecting');
      scheduleRejoin();
      return;
    }
    wanted = null;
    room = null;
    status.setStatus('error', `session.join.${code}`);
  }
}

function scheduleRejoin(): void {
  retry.later(() => wanted && void joinSession(wanted.sessionId, wanted.invite));
}

export function leaveSession(): void {
  attempt++;
  wanted = null;
  retry.cancel();
  stopSender?.();
  stopSender = null;
  void room?.leave(true);
  room = null;
  clearSession();
  useConnectionStore.getState().setStatus('idle');
}

/** Typed send: the only way the hall talks to the server. Dropped while disconnected. */
function send<K extends SessionMessageName>(type: K, payload: SessionMessage<K>): void {
  if (useConnectionStore.getState().status === 'connected') room?.send(type, payload);
}

/** Any stage action; the server decides whether this attendee may (and answers with a notice if not). */
export function act(action: SessionAction): void {
  send('act', action);
}

export function sendSessionChat(text: string): void {
  send('chat', { text });
}

export function react(kind: Reaction): void {
  send('react', { kind });
}

/** For diagnostics and tests: the current session room's id, or null. */
export function currentSessionRoomId(): string | null {
  return room?.roomId ?? null;
}

function clearSession(): void {
  remotes.clear();
  usePlayersStore.getState().clear();
  useStageStore.getState().reset();
  useSessionViewStore.getState().reset();
  useChatStore.getState().clear();
  stopVoice();
}

function joinErrorOf(e: unknown): JoinError {
  const message = e instanceof Error ? e.message : '';
  const known = JOIN_ERRORS.find((code) => code === message);
  if (known) return known;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 404) return 'no-session';
  if (code === 409) return 'ended';
  if (code === 401) return 'auth';
  if (code === 429) return 'busy';
  if (code === 403) return /ban/i.test(message) ? 'banned' : 'invite';
  return 'failed';
}

function attach(r: Room<unknown, SessionState>): void {
  room = r;
  retry.succeeded();
  const connection = useConnectionStore.getState();
  connection.setSelfId(r.sessionId);
  connection.setStatus('connected');
  usePlayersStore.getState().clear();
  remotes.clear();
  retry.adopt(r);
  mirrorPlayers(Callbacks.get(r), r.sessionId);
  mirrorStage(r);
  listenMessages(r);
  stopSender?.();
  stopSender = startMoveSender(send);
  bindVoice((request) => send('voice', request));
  r.onDrop(() => useConnectionStore.getState().setStatus('reconnecting'));
  r.onReconnect(() => {
    retry.succeeded();
    useConnectionStore.getState().setStatus('connected');
  });
  r.onLeave((code) => {
    if (room !== r) return;
    stopSender?.();
    if (code === CONSENTED || !wanted) return;
    if (code === CLOSE_CODES.banned) {
      wanted = null;
      useConnectionStore.getState().setStatus('error', 'session.join.banned');
      return;
    }
    useConnectionStore.getState().setStatus('reconnecting', code === CLOSE_CODES.flooded ? 'flooded' : null);
    scheduleRejoin();
  });
}

function listenMessages(r: Room<unknown, SessionState>): void {
  const chat = useChatStore.getState();
  const view = useSessionViewStore.getState();
  type M = SessionServerMessages;
  r.onMessage('chat', (line: ChatLine) => chat.add(line));
  r.onMessage('chatHistory', (lines: M['chatHistory']) => chat.setHistory(lines));
  r.onMessage('chatDeleted', (d: M['chatDeleted']) => chat.remove(d.id));
  r.onMessage('notice', (n: M['notice']) => chat.showNotice(`session.notice.${n.code}`));
  r.onMessage('you', (you: M['you']) => view.setYou(you));
  r.onMessage('staff', (staff: M['staff']) => view.setStaff(staff));
  r.onMessage('reaction', (x: M['reaction']) => view.addReaction(x.kind, Date.now()));
  r.onMessage('voice', (v: M['voice']) => receiveVoice(v));
  r.onMessage('correction', (c: M['correction']) => {
    placeSelf(c.x, c.z);
    self.corrections++;
  });
}
