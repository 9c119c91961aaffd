/**
 * Test support only: shared fixtures for the shared/session/*.test.ts files
 * (attendees, a recorded session builder, the rules fixture and one valid
 * payload per action). Imported by tests only, never by application code.
 */
import { expect } from 'vitest';
import type { SessionAction, SessionActionName } from '../protocol.ts';
import {
  type ActorRef,
  emptyModel,
  type SessionEvent,
  type SessionModel,
  type SessionRole,
} from './model.ts';
import { applyEvent } from './reduce.ts';
import { decide } from './rules.ts';

/** 10.00 WITA (UTC+8). */
export const T0 = Date.UTC(2026, 10, 27, 2, 0);

export const person = (n: number, role: SessionRole, name: string): ActorRef => ({
  key: role === 'resident' ? `guest:visitor${n}` : `user:${n}`,
  handle: `hand${String(n).padStart(4, '0')}`,
  name,
  role,
});
export const HOST = person(1, 'host', 'Pak Wali');
export const MOD = person(2, 'moderator', 'Moderator');
export const A = person(11, 'resident', 'Andi');
export const B = person(12, 'resident', 'Becce');
export const C = person(13, 'resident', 'Cici');

/**
 * A session under test: the attendees join, then (unless `open` is false) the
 * host opens it. Every accepted event is kept, so it can be replayed; the clock
 * advances by `step` per event and `decide` runs one step ahead.
 */
export function session(
  attendees: ActorRef[] = [HOST, MOD, A, B, C],
  { step = 1000, open = true }: { step?: number; open?: boolean } = {},
) {
  const model = emptyModel('scheduled');
  const events: SessionEvent[] = [];
  let now = T0;
  const push = (by: ActorRef | null, a: SessionEvent['act']) => {
    now += step;
    const e: SessionEvent = { seq: model.seq + 1, at: now, by, act: a };
    events.push(structuredClone(e));
    applyEvent(model, e);
  };
  const act = (by: ActorRef, a: SessionAction) => {
    const d = decide(model, by, a, now + step);
    if (d.ok) push(by, d.act);
    return d;
  };
  const must = (by: ActorRef, a: SessionAction) => {
    const d = act(by, a);
    if (!d.ok) throw new Error(`${a.do} refused: ${d.code}`);
  };
  const system = (a: SessionEvent['act']) => push(null, a);
  for (const p of attendees) system({ do: 'join', ...p });
  if (open) must(HOST, { do: 'open' });
  return { model, events, act, must, system, now: () => now };
}

// Rules fixture: residents get long guest keys and default names.
export const actor = (n: number, role: SessionRole, name = `Peserta ${n}`): ActorRef => ({
  key: role === 'resident' ? `guest:visitor${n}xxxxxxxxxx` : `user:${n}`,
  handle: `hand${String(n).padStart(4, '0')}`,
  name,
  role,
});
export const ADMIN = actor(3, 'admin', 'Admin');
export const RES = actor(4, 'resident', 'Daeng Nai');
export const SPEAKER = actor(5, 'resident', 'Daeng Sikki');
export const TARGET = actor(6, 'resident', 'Daeng Target');
export const ACTORS = { resident: RES, speaker: SPEAKER, moderator: MOD, host: HOST, admin: ADMIN };
export type Who = keyof typeof ACTORS;
export const WHO: Who[] = ['resident', 'speaker', 'moderator', 'host', 'admin'];

/** Applies an accepted action (decide first) and returns the decision. */
export function act(model: SessionModel, by: ActorRef, action: SessionAction, at = T0) {
  const d = decide(model, by, action, at);
  if (d.ok) applyEvent(model, { seq: model.seq + 1, at, by, act: d.act });
  return d;
}
export function join(model: SessionModel, a: ActorRef, at = T0) {
  applyEvent(model, { seq: model.seq + 1, at, by: null, act: { do: 'join', ...a } });
}

/** A live session where every action is valid for someone with the right to it. */
export function fixture(): SessionModel {
  const m = emptyModel('scheduled');
  for (const a of [HOST, MOD, ADMIN, RES, SPEAKER, TARGET]) join(m, a);
  const ok = (by: ActorRef, a: SessionAction) => expect(act(m, by, a).ok).toBe(true);
  ok(HOST, { do: 'open' });
  ok(HOST, { do: 'screen', screen: { mode: 'slides', deckId: 'deck1', pages: 5 } });
  ok(HOST, { do: 'speaker', handle: SPEAKER.handle, on: true });
  ok(TARGET, { do: 'raiseHand', text: 'Saya mau bicara' });
  ok(HOST, { do: 'ask', text: 'Pertanyaan disetujui', anonymous: false });
  ok(TARGET, { do: 'ask', text: 'Pertanyaan menunggu', anonymous: false });
  ok(HOST, { do: 'pollOpen', question: 'Setuju?', options: ['Ya', 'Tidak'], multi: false, reveal: 'live' });
  ok(TARGET, { do: 'report', target: { kind: 'message', messageId: 9 }, reason: 'kasar' });
  return m;
}

/** One valid payload per action, and what the actor must have for it to be valid. */
export const VALID: Record<
  SessionActionName,
  { action: SessionAction; prepare?: (m: SessionModel, by: ActorRef) => void }
> = {
  raiseHand: { action: { do: 'raiseHand', text: 'Boleh bertanya?' } },
  lowerHand: {
    action: { do: 'lowerHand' },
    prepare: (m, by) => m.hands.push({ handle: by.handle, name: by.name, text: '', at: T0 }),
  },
  say: {
    action: { do: 'say', text: 'Terima kasih' },
    prepare: (m, by) => {
      m.floor = { handle: by.handle, name: by.name, text: '' };
    },
  },
  ask: { action: { do: 'ask', text: 'Kapan jalan diperbaiki?', anonymous: true } },
  upvote: { action: { do: 'upvote', questionId: 1 } },
  pollVote: { action: { do: 'pollVote', pollId: 1, choices: [0] } },
  report: { action: { do: 'report', target: { kind: 'person', handle: TARGET.handle }, reason: 'spam' } },
  page: { action: { do: 'page', page: 2 } },
  open: {
    action: { do: 'open' },
    prepare: (m) => {
      m.phase = 'scheduled';
    },
  },
  end: { action: { do: 'end' } },
  screen: { action: { do: 'screen', screen: { mode: 'opd', opdId: 'setda' } } },
  speaker: { action: { do: 'speaker', handle: TARGET.handle, on: true } },
  floor: { action: { do: 'floor', handle: TARGET.handle } },
  dismiss: { action: { do: 'dismiss', handle: TARGET.handle } },
  pollOpen: {
    action: { do: 'pollOpen', question: 'Lagi?', options: ['A', 'B'], multi: true, reveal: 'close' },
  },
  pollClose: { action: { do: 'pollClose', pollId: 1 } },
  answered: { action: { do: 'answered', questionId: 1 } },
  recording: { action: { do: 'recording', on: true } },
  approve: { action: { do: 'approve', questionId: 2 } },
  hide: { action: { do: 'hide', questionId: 2, reason: 'di luar topik' } },
  merge: { action: { do: 'merge', questionId: 2, into: 1 } },
  mute: { action: { do: 'mute', handle: TARGET.handle, on: true } },
  ban: { action: { do: 'ban', handle: TARGET.handle, minutes: 10, reason: 'spam' } },
  slowMode: { action: { do: 'slowMode', seconds: 10 } },
  chatOff: { action: { do: 'chatOff', on: true } },
  muteAll: { action: { do: 'muteAll', on: true } },
  deleteMessage: { action: { do: 'deleteMessage', messageId: 7 } },
  resolveReport: { action: { do: 'resolveReport', reportId: 1 } },
};
