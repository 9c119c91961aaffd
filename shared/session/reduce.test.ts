import { describe, expect, it } from 'vitest';
import type { SessionAction } from '../protocol.ts';
import {
  type ActorRef,
  emptyModel,
  type SessionEvent,
  type SessionModel,
  type SessionRole,
} from './model.ts';
import { applyEvent, HAND_LOG_MAX, MODERATION_LOG_MAX, replay } from './reduce.ts';
import { decide } from './rules.ts';
import { pollTallies, publicPoll, publicQuestions } from './views.ts';

const T0 = Date.UTC(2026, 10, 27, 2, 0);

const person = (n: number, role: SessionRole, name: string): ActorRef => ({
  key: role === 'resident' ? `guest:visitor${n}` : `user:${n}`,
  handle: `hand${String(n).padStart(4, '0')}`,
  name,
  role,
});
const HOST = person(1, 'host', 'Pak Wali');
const MOD = person(2, 'moderator', 'Moderator');
const A = person(11, 'resident', 'Andi');
const B = person(12, 'resident', 'Becce');
const C = person(13, 'resident', 'Cici');

/** A session under test: every accepted event is kept, so it can be replayed. */
function session() {
  const model = emptyModel('scheduled');
  const events: SessionEvent[] = [];
  let now = T0;
  const push = (by: ActorRef | null, a: SessionEvent['act']) => {
    now += 1000;
    const e: SessionEvent = { seq: model.seq + 1, at: now, by, act: a };
    events.push(structuredClone(e));
    applyEvent(model, e);
  };
  const act = (by: ActorRef, a: SessionAction) => {
    const d = decide(model, by, a, now + 1000);
    if (d.ok) push(by, d.act);
    return d;
  };
  const must = (by: ActorRef, a: SessionAction) => {
    const d = act(by, a);
    if (!d.ok) throw new Error(`${a.do} refused: ${d.code}`);
  };
  const system = (a: SessionEvent['act']) => push(null, a);
  for (const p of [HOST, MOD, A, B, C]) system({ do: 'join', ...p });
  must(HOST, { do: 'open' });
  return { model, events, act, must, system, now: () => now };
}

describe('hand queue', () => {
  it('keeps raise order; lowering leaves the queue; the floor takes the hand and its text', () => {
    const s = session();
    s.must(A, { do: 'raiseHand', text: 'Soal banjir' });
    s.must(B, { do: 'raiseHand' });
    s.must(C, { do: 'raiseHand', text: 'Soal sampah' });
    expect(s.model.hands.map((h) => h.handle)).toEqual([A.handle, B.handle, C.handle]);
    s.must(B, { do: 'lowerHand' });
    s.must(HOST, { do: 'floor', handle: A.handle });
    expect(s.model.hands.map((h) => h.handle)).toEqual([C.handle]);
    expect(s.model.floor).toEqual({ handle: A.handle, name: 'Andi', text: 'Soal banjir' });
    s.must(A, { do: 'say', text: 'Jalan di Antang  banjir\nsetiap hujan' });
    expect(s.model.floor?.text).toBe('Jalan di Antang banjir setiap hujan');
    expect(s.act(B, { do: 'say', text: 'saya juga' })).toEqual({ ok: false, code: 'not-allowed' });
    expect(s.model.handLog.map((l) => [l.what, l.name])).toEqual([
      ['raise', 'Andi'],
      ['raise', 'Becce'],
      ['raise', 'Cici'],
      ['lower', 'Becce'],
      ['floor', 'Andi'],
    ]);
    expect(s.model.moderation.map((m) => [m.action, m.target, m.by.handle])).toEqual([
      ['floor', A.handle, HOST.handle],
    ]);
  });

  it("dismisses a raised hand, or the floor holder; lowering one's hand also leaves the floor", () => {
    const s = session();
    s.must(A, { do: 'raiseHand' });
    s.must(B, { do: 'raiseHand' });
    s.must(HOST, { do: 'floor', handle: A.handle });
    s.must(HOST, { do: 'dismiss', handle: B.handle });
    expect(s.model.hands).toEqual([]);
    expect(s.model.floor?.handle).toBe(A.handle);
    s.must(HOST, { do: 'dismiss', handle: A.handle });
    expect(s.model.floor).toBeNull();
    s.must(C, { do: 'raiseHand' });
    s.must(HOST, { do: 'floor', handle: C.handle });
    s.must(C, { do: 'lowerHand' });
    expect(s.model.floor).toBeNull();
    expect(s.model.handLog.map((l) => `${l.what}:${l.name}`)).toEqual([
      'raise:Andi',
      'raise:Becce',
      'floor:Andi',
      'dismiss:Becce',
      'dismiss:Andi',
      'raise:Cici',
      'floor:Cici',
      'lower:Cici',
    ]);
    expect(s.model.moderation.map((m) => m.action)).toEqual(['floor', 'dismiss', 'dismiss', 'floor']);
  });

  it('ending the session clears floor, hands and speakers and closes the open poll', () => {
    const s = session();
    s.must(A, { do: 'raiseHand' });
    s.must(B, { do: 'raiseHand' });
    s.must(HOST, { do: 'floor', handle: A.handle });
    s.must(HOST, { do: 'speaker', handle: C.handle, on: true });
    s.must(HOST, { do: 'pollOpen', question: 'Q', options: ['a', 'b'], multi: false, reveal: 'live' });
    s.must(HOST, { do: 'end' });
    expect(s.model).toMatchObject({ phase: 'ended', floor: null, hands: [], speakers: {} });
    expect(s.model.polls[0]?.closedAt).toBe(s.now());
  });
});

describe('questions', () => {
  it('starts resident questions pending and staff questions approved; anonymous shows as Warga', () => {
    const s = session();
    s.must(A, { do: 'ask', text: 'Kapan pasar dibangun?', anonymous: true });
    s.must(MOD, { do: 'ask', text: 'Dari moderator', anonymous: false });
    expect(s.model.questions.map((q) => [q.id, q.status, q.author, q.authorKey])).toEqual([
      [1, 'pending', 'Warga', A.key],
      [2, 'approved', 'Moderator', MOD.key],
    ]);
  });

  it('counts one upvote per attendee key, also from a reconnect under a new handle', () => {
    const s = session();
    s.must(HOST, { do: 'ask', text: 'Q1', anonymous: false });
    s.must(A, { do: 'upvote', questionId: 1 });
    expect(s.act(A, { do: 'upvote', questionId: 1 })).toEqual({ ok: false, code: 'already-voted' });
    expect(s.act({ ...A, handle: 'reconnect1' }, { do: 'upvote', questionId: 1 })).toEqual({
      ok: false,
      code: 'already-voted',
    });
    expect(s.model.questions[0]?.voters).toEqual([A.key]);
    s.must(A, { do: 'ask', text: 'Belum disetujui', anonymous: false });
    expect(s.act(B, { do: 'upvote', questionId: 2 })).toEqual({ ok: false, code: 'not-found' });
    expect(s.act(B, { do: 'upvote', questionId: 3 })).toEqual({ ok: false, code: 'not-found' });
  });

  it('merges voters into the target without duplicates; hidden and merged are not public; sorted by votes', () => {
    const s = session();
    s.must(A, { do: 'ask', text: 'Q1 jalan', anonymous: false });
    s.must(B, { do: 'ask', text: 'Q2 jalan juga', anonymous: false });
    s.must(C, { do: 'ask', text: 'Q3 sampah', anonymous: false });
    s.must(HOST, { do: 'ask', text: 'Q4 dari host', anonymous: false });
    for (const id of [1, 2, 3]) s.must(MOD, { do: 'approve', questionId: id });
    s.must(A, { do: 'upvote', questionId: 1 });
    s.must(B, { do: 'upvote', questionId: 1 });
    s.must(B, { do: 'upvote', questionId: 2 });
    s.must(C, { do: 'upvote', questionId: 2 });
    s.must(C, { do: 'upvote', questionId: 3 });
    s.must(MOD, { do: 'merge', questionId: 2, into: 1 });
    expect(s.model.questions[0]?.voters).toEqual([A.key, B.key, C.key]);
    expect(s.model.questions[1]).toMatchObject({ status: 'merged', mergedInto: 1 });
    s.must(MOD, { do: 'hide', questionId: 3, reason: 'di luar topik' });
    s.must(HOST, { do: 'answered', questionId: 1 });
    expect(publicQuestions(s.model).map((q) => [q.id, q.votes, q.answered])).toEqual([
      [1, 3, true],
      [4, 0, false],
    ]);
    const log = s.model.moderation.map((m) => [m.action, m.target, m.reason]);
    expect(log).toContainEqual(['merge', '2', '']);
    expect(log).toContainEqual(['hide', '3', 'di luar topik']);
  });

  it('sorts equal votes oldest first', () => {
    const s = session();
    for (const t of ['satu', 'dua', 'tiga']) s.must(HOST, { do: 'ask', text: t, anonymous: false });
    s.must(A, { do: 'upvote', questionId: 3 });
    expect(publicQuestions(s.model).map((q) => q.id)).toEqual([3, 1, 2]);
  });
});

describe('polls', () => {
  const open = (multi: boolean, reveal: 'live' | 'close' = 'live', durationS?: number): SessionAction => ({
    do: 'pollOpen',
    question: 'Apakah Anda tahu Makaverse?',
    options: ['Tahu', 'Ingin tahu', 'Belum penting'],
    multi,
    reveal,
    ...(durationS === undefined ? {} : { durationS }),
  });

  it('single choice: exactly one known option, one final ballot per key', () => {
    const s = session();
    s.must(HOST, open(false));
    expect(s.act(A, { do: 'pollVote', pollId: 1, choices: [0, 1] })).toEqual({
      ok: false,
      code: 'bad-choice',
    });
    expect(s.act(A, { do: 'pollVote', pollId: 1, choices: [3] })).toEqual({ ok: false, code: 'bad-choice' });
    expect(s.act(A, { do: 'pollVote', pollId: 2, choices: [0] })).toEqual({ ok: false, code: 'not-found' });
    s.must(A, { do: 'pollVote', pollId: 1, choices: [1] });
    expect(s.act(A, { do: 'pollVote', pollId: 1, choices: [0] })).toEqual({
      ok: false,
      code: 'already-voted',
    });
    s.must(B, { do: 'pollVote', pollId: 1, choices: [1] });
    s.must(C, { do: 'pollVote', pollId: 1, choices: [2] });
    const poll = s.model.polls[0];
    if (poll === undefined) throw new Error('poll');
    expect(pollTallies(poll)).toEqual([0, 2, 1]);
    expect(poll.ballots[A.key]).toEqual([1]);
  });

  it('multiple choice: distinct options in range, stored sorted', () => {
    const s = session();
    s.must(HOST, open(true));
    expect(s.act(A, { do: 'pollVote', pollId: 1, choices: [1, 1] })).toEqual({
      ok: false,
      code: 'bad-choice',
    });
    expect(s.act(A, { do: 'pollVote', pollId: 1, choices: [0, 5] })).toEqual({
      ok: false,
      code: 'bad-choice',
    });
    s.must(A, { do: 'pollVote', pollId: 1, choices: [2, 0] });
    s.must(B, { do: 'pollVote', pollId: 1, choices: [0] });
    expect(s.model.polls[0]?.ballots[A.key]).toEqual([0, 2]);
    expect(pollTallies(s.model.polls[0] as never)).toEqual([2, 0, 1]);
  });

  it("reveal 'close' hides tallies from the public while open; 'live' shows them", () => {
    const s = session();
    s.must(HOST, open(false, 'close'));
    s.must(A, { do: 'pollVote', pollId: 1, choices: [0] });
    const poll = s.model.polls[0];
    if (poll === undefined) throw new Error('poll');
    expect(publicPoll(poll, s.now())).toEqual({ tallies: [], voters: 1, open: true });
    s.must(HOST, { do: 'pollClose', pollId: 1 });
    expect(publicPoll(poll, s.now())).toEqual({ tallies: [1, 0, 0], voters: 1, open: false });
    expect(s.act(B, { do: 'pollVote', pollId: 1, choices: [0] })).toEqual({ ok: false, code: 'poll-closed' });
    expect(s.act(HOST, { do: 'pollClose', pollId: 1 })).toEqual({ ok: false, code: 'poll-closed' });
    s.must(HOST, open(false, 'live'));
    s.must(B, { do: 'pollVote', pollId: 2, choices: [2] });
    expect(publicPoll(s.model.polls[1] as never, s.now()).tallies).toEqual([0, 0, 1]);
  });

  it('a timer: votes at or after endsAt are refused; pollTimeout closes it (and only once)', () => {
    const s = session();
    s.must(HOST, open(false, 'close', 10));
    const poll = s.model.polls[0];
    if (poll === undefined) throw new Error('poll');
    expect(poll.endsAt).toBe(poll.openedAt + 10_000);
    expect(decide(s.model, A, { do: 'pollVote', pollId: 1, choices: [0] }, poll.endsAt as number)).toEqual({
      ok: false,
      code: 'poll-closed',
    });
    expect(publicPoll(poll, poll.endsAt as number).open).toBe(false);
    s.system({ do: 'pollTimeout', pollId: 1 });
    const closedAt = poll.closedAt;
    expect(closedAt).toBe(s.now());
    s.system({ do: 'pollTimeout', pollId: 1 });
    expect(poll.closedAt).toBe(closedAt);
  });

  it('opening a new poll closes the open one', () => {
    const s = session();
    s.must(HOST, open(false));
    s.must(HOST, open(true));
    expect(s.model.polls.map((p) => [p.id, p.closedAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(s.act(A, { do: 'pollVote', pollId: 1, choices: [0] })).toEqual({ ok: false, code: 'poll-closed' });
  });
});

describe('moderation', () => {
  it('ban: sets the ban end, removes the hand, the stage place and the floor, logs who and why', () => {
    const s = session();
    s.must(A, { do: 'raiseHand' });
    s.must(B, { do: 'raiseHand' });
    s.must(HOST, { do: 'floor', handle: B.handle });
    s.must(HOST, { do: 'speaker', handle: B.handle, on: true });
    s.must(MOD, { do: 'ban', handle: A.handle, minutes: 15, reason: 'spam' });
    s.must(MOD, { do: 'ban', handle: B.handle, minutes: 1 });
    expect(s.model.bans[A.key]).toBe(s.now() - 1000 + 15 * 60_000);
    expect(s.model.bans[B.key]).toBe(s.now() + 60_000);
    expect(s.model).toMatchObject({ hands: [], floor: null, speakers: {} });
    expect(s.model.moderation.slice(-2)).toEqual([
      {
        at: s.now() - 1000,
        by: { handle: MOD.handle, name: 'Moderator', role: 'moderator' },
        action: 'ban',
        target: A.handle,
        reason: 'spam',
        detail: '15',
      },
      {
        at: s.now(),
        by: { handle: MOD.handle, name: 'Moderator', role: 'moderator' },
        action: 'ban',
        target: B.handle,
        reason: '',
        detail: '1',
      },
    ]);
  });

  it('mute on and off by key; chat rules; deleted messages; reports and their resolution', () => {
    const s = session();
    s.must(MOD, { do: 'mute', handle: A.handle, on: true, reason: 'kasar' });
    expect(s.model.muted).toEqual({ [A.key]: true });
    s.must(MOD, { do: 'mute', handle: A.handle, on: false });
    expect(s.model.muted).toEqual({});
    s.must(MOD, { do: 'slowMode', seconds: 30 });
    s.must(MOD, { do: 'chatOff', on: true });
    s.must(HOST, { do: 'muteAll', on: true });
    expect(s.model.chat).toEqual({ off: true, slowS: 30, mutedAll: true });
    s.must(MOD, { do: 'deleteMessage', messageId: 42, reason: 'hoaks' });
    expect(s.model.deleted).toEqual([42]);
    s.must(B, { do: 'report', target: { kind: 'person', handle: C.handle }, reason: 'mengganggu\nterus' });
    expect(s.model.reports).toEqual([
      {
        id: 1,
        at: s.now(),
        by: { handle: B.handle, name: 'Becce' },
        target: { kind: 'person', handle: C.handle },
        reason: 'mengganggu terus',
        resolved: false,
      },
    ]);
    s.must(MOD, { do: 'resolveReport', reportId: 1 });
    expect(s.model.reports[0]?.resolved).toBe(true);
    expect(s.model.moderation.map((m) => `${m.action}/${m.target}/${m.reason}/${m.detail ?? ''}`)).toEqual([
      `mute/${A.handle}/kasar/on`,
      `mute/${A.handle}//off`,
      'slowMode///30',
      'chatOff///on',
      'muteAll///on',
      'deleteMessage/42/hoaks/',
      'resolveReport/1//',
    ]);
  });

  it('caps the moderation log and the hand log, dropping the oldest', () => {
    const s = session();
    for (let i = 0; i < MODERATION_LOG_MAX + 5; i++) s.must(MOD, { do: 'slowMode', seconds: i % 300 });
    expect(s.model.moderation).toHaveLength(MODERATION_LOG_MAX);
    expect(s.model.moderation[0]?.at).toBe(T0 + 6000 + 6000);
    for (let i = 0; i < HAND_LOG_MAX / 2 + 3; i++) {
      s.must(A, { do: 'raiseHand' });
      s.must(A, { do: 'lowerHand' });
    }
    expect(s.model.handLog).toHaveLength(HAND_LOG_MAX);
    expect(s.model.handLog[0]?.what).toBe('raise');
  });
});

describe('system events', () => {
  it('join keeps the first time, updates name and role; attendance raises the peak', () => {
    const s = session();
    const firstAt = s.model.attendees[A.key]?.firstAt;
    s.system({ do: 'join', ...A, name: 'Andi Baru', role: 'moderator' });
    expect(s.model.attendees[A.key]).toEqual({
      handle: A.handle,
      name: 'Andi Baru',
      role: 'moderator',
      firstAt,
    });
    s.system({ do: 'attendance', count: 3 });
    s.system({ do: 'attendance', count: 7 });
    s.system({ do: 'attendance', count: 2 });
    expect(s.model.peak).toBe(7);
    expect(s.model.attendance.map(([, n]) => n)).toEqual([3, 7, 2]);
    expect(s.model.seq).toBe(s.events.length);
  });
});

describe('determinism', () => {
  it('replaying the stored events gives exactly the incrementally built model, whatever the clock', () => {
    const s = session();
    s.must(HOST, { do: 'screen', screen: { mode: 'slides', deckId: 'deck1', pages: 4 } });
    s.must(HOST, { do: 'page', page: 3 });
    s.must(A, { do: 'raiseHand', text: 'halo' });
    s.must(B, { do: 'raiseHand' });
    s.must(HOST, { do: 'floor', handle: A.handle });
    s.must(A, { do: 'ask', text: 'Pertanyaan', anonymous: true });
    s.must(MOD, { do: 'approve', questionId: 1 });
    s.must(B, { do: 'upvote', questionId: 1 });
    s.must(HOST, {
      do: 'pollOpen',
      question: 'Q',
      options: ['a', 'b'],
      multi: true,
      reveal: 'close',
      durationS: 60,
    });
    s.must(C, { do: 'pollVote', pollId: 1, choices: [0, 1] });
    s.must(MOD, { do: 'mute', handle: C.handle, on: true });
    s.system({ do: 'attendance', count: 5 });
    s.must(C, { do: 'report', target: { kind: 'message', messageId: 3 }, reason: 'x' });
    s.must(HOST, { do: 'end' });
    const realNow = Date.now;
    Date.now = () => 0;
    try {
      expect(replay(s.events)).toEqual(s.model);
      const half = replay(s.events.slice(0, 8));
      for (const e of s.events.slice(8)) applyEvent(half, e);
      expect(half).toEqual(s.model);
    } finally {
      Date.now = realNow;
    }
    expect(replay([], 'live')).toEqual(emptyModel('live'));
  });

  it('never mutates the model in decide', () => {
    const s = session();
    const before: SessionModel = structuredClone(s.model);
    decide(s.model, A, { do: 'raiseHand', text: 'x' }, T0);
    decide(s.model, MOD, { do: 'ban', handle: A.handle, minutes: 3 }, T0);
    expect(s.model).toEqual(before);
  });
});
