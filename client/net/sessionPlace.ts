// What a `session` room (a public session's hall) adds to the place lifecycle (connectPlace.ts;
// client only): joins with this browser's visitorId (so a rejoin is the same attendee and no vote
// counts twice) and the invite, seats the attendee afresh on each join, mirrors the avatars
// (playersMirror.ts) and the public stage (stageMirror.ts) into the stores, routes the room's messages
// (chat, views, reactions, voice, notices) into theirs and binds voice to the room. A refused join
// ends in status 'error' with the i18n key `session.join.<code>` for the HUD (which offers "Coba lagi").
import { Callbacks, type Room } from '@colyseus/sdk';
import {
  type ChatLine,
  CLOSE_CODES,
  PROTOCOL_VERSION,
  type SessionServerMessages,
} from '../../shared/protocol.ts';
import { SessionState } from '../../shared/schema.ts';
import { placeSelf, self } from '../stores/motion.ts';
import { useChatStore } from '../stores/useChatStore.ts';
import { useSessionViewStore } from '../stores/useSessionViewStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import type { PlaceOptions, PlaceSpec } from './places.ts';
import { mirrorPlayers } from './playersMirror.ts';
import { mirrorStage } from './stageMirror.ts';
import { bindVoice, receiveVoice, stopVoice } from './voice.ts';

/** Why a join was refused: the server's ServerError message, or one derived from its status. */
const JOIN_ERRORS = ['no-session', 'ended', 'invite', 'banned', 'auth', 'failed', 'origin', 'busy'] as const;
type JoinError = (typeof JOIN_ERRORS)[number];

export function sessionPlace({ sessionId, invite }: PlaceOptions['session']): PlaceSpec {
  return {
    roomName: 'session',
    stateType: SessionState,
    beforeJoin(rejoin) {
      if (!rejoin) clearSession();
      self.placed = false; // the server seats a (re)joining attendee
    },
    beforeRetry: () => undefined,
    joinOptions: () => {
      const { name, color, visitorId } = useSettingsStore.getState();
      return { sessionId, name, color, visitorId, invite, protocol: PROTOCOL_VERSION };
    },
    refusal(e) {
      const code = joinErrorOf(e);
      return code === 'failed' ? null : `session.join.${code}`;
    },
    removal: (code) => (code === CLOSE_CODES.banned ? 'session.join.banned' : null),
    attach(r, send) {
      const room = r as Room<unknown, SessionState>;
      mirrorPlayers(Callbacks.get(room), room.sessionId);
      mirrorStage(room);
      listenMessages(room);
      bindVoice((request) => send('voice', request));
    },
    clear: clearSession,
  };
}

function clearSession(): void {
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
