import { describe, expect, it } from 'vitest';
import { emptyModel, type SessionModel } from './model.ts';
import { applyEvent, HAND_LOG_MAX, MODERATION_LOG_MAX, replay } from './reduce.ts';
import { decide } from './rules.ts';
import { A, B, C, HOST, MOD, session, T0 } from './testModel.ts';

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
        targetName: 'Andi',
        reason: 'spam',
        detail: '15',
      },
      {
        at: s.now(),
        by: { handle: MOD.handle, name: 'Moderator', role: 'moderator' },
        action: 'ban',
        target: B.handle,
        targetName: 'Becce',
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
  it('join keeps the first time, updates name and role (noting when the name changed); attendance raises the peak', () => {
    const s = session();
    const firstAt = s.model.attendees[A.key]?.firstAt;
    s.system({ do: 'join', ...A, role: 'moderator' });
    expect(s.model.attendees[A.key]).toEqual({ handle: A.handle, name: A.name, role: 'moderator', firstAt });
    s.system({ do: 'join', ...A, name: 'Andi Baru', role: 'moderator' });
    expect(s.model.attendees[A.key]).toEqual({
      handle: A.handle,
      name: 'Andi Baru',
      role: 'moderator',
      firstAt,
      nameAt: s.events.at(-1)?.at,
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
