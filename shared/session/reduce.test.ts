import { describe, expect, it } from 'vitest';
import type { SessionAction } from '../protocol.ts';
import { decide } from './rules.ts';
import { A, B, C, HOST, MOD, session } from './testModel.ts';
import { pollTallies, publicPoll, publicQuestions } from './views.ts';

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
