import { describe, expect, it } from 'vitest';
import { A, B, HOST, MOD, session } from './testModel.ts';
import { handleOf, keyOf, STAFF_MODERATION_LINES, staffView, youView } from './views.ts';

function live() {
  return session([HOST, MOD, A, B]);
}

describe('youView', () => {
  it("tells an attendee their own standing and nobody else's", () => {
    const { model, must } = live();
    must(B, { do: 'raiseHand' });
    must(A, { do: 'raiseHand' });
    must(A, { do: 'ask', text: 'Pertanyaan saya', anonymous: true });
    must(HOST, { do: 'ask', text: 'Pertanyaan host', anonymous: false });
    must(A, { do: 'upvote', questionId: 2 });
    must(HOST, { do: 'pollOpen', question: 'Q', options: ['a', 'b', 'c'], multi: true, reveal: 'close' });
    must(A, { do: 'pollVote', pollId: 1, choices: [2, 0] });
    must(MOD, { do: 'mute', handle: A.handle, on: true });
    must(HOST, { do: 'speaker', handle: A.handle, on: true });
    expect(youView(model, A.key)).toEqual({
      handle: A.handle,
      role: 'resident',
      speaker: true,
      floor: false,
      muted: true,
      hand: 2,
      upvoted: [2],
      ballots: { 1: [0, 2] },
      asked: [{ id: 1, text: 'Pertanyaan saya', status: 'pending', answered: false }],
    });
    must(HOST, { do: 'floor', handle: B.handle });
    expect(youView(model, B.key)).toMatchObject({
      floor: true,
      hand: null,
      muted: false,
      speaker: false,
      asked: [],
    });
    expect(youView(model, A.key).hand).toBe(1);
  });

  it('is empty-handed for an unknown key', () => {
    const { model } = live();
    expect(youView(model, 'guest:stranger')).toEqual({
      handle: '',
      role: 'resident',
      speaker: false,
      floor: false,
      muted: false,
      hand: null,
      upvoted: [],
      ballots: {},
      asked: [],
    });
  });
});

describe('staffView', () => {
  it('shows the queue, unapproved questions with the asker, open reports first, live tallies', () => {
    const { model, must } = live();
    must(A, { do: 'raiseHand', text: 'Soal air' });
    must(A, { do: 'ask', text: 'Q anonim', anonymous: true });
    must(B, { do: 'ask', text: 'Q kedua', anonymous: false });
    must(MOD, { do: 'approve', questionId: 2 });
    must(B, { do: 'ask', text: 'Q ketiga', anonymous: false });
    must(MOD, { do: 'hide', questionId: 3 });
    must(A, { do: 'report', target: { kind: 'message', messageId: 5 }, reason: 'kasar' });
    must(B, { do: 'report', target: { kind: 'person', handle: A.handle }, reason: '' });
    must(MOD, { do: 'resolveReport', reportId: 2 });
    must(HOST, { do: 'pollOpen', question: 'Q', options: ['a', 'b'], multi: false, reveal: 'close' });
    must(B, { do: 'pollVote', pollId: 1, choices: [1] });
    must(MOD, { do: 'ban', handle: B.handle, minutes: 2 });
    const v = staffView(model);
    expect(v.phase).toBe('live');
    expect(v.hands).toEqual([{ handle: A.handle, name: 'Andi', text: 'Soal air', at: expect.any(Number) }]);
    expect(v.questions.map((q) => [q.id, q.status, q.handle, q.author])).toEqual([
      [3, 'hidden', B.handle, 'Becce'],
      [1, 'pending', A.handle, 'Warga'],
    ]);
    expect(v.reports.map((r) => [r.id, r.resolved])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(v.polls).toEqual([
      { id: 1, question: 'Q', options: ['a', 'b'], tallies: [0, 1], voters: 1, open: true },
    ]);
    expect(v.bans).toEqual([{ handle: B.handle, name: 'Becce', until: expect.any(Number) }]);
    // The people a host can invite on stage by name: residents only, never staff.
    expect(v.people.map((p) => p.name).sort()).toEqual(['Andi', 'Becce']);
    expect(v.people.find((p) => p.name === 'Andi')?.handle).toBe(A.handle);
    expect(JSON.stringify(v)).not.toContain('guest:');
  });

  it('keeps the last moderation lines only', () => {
    const { model, must } = live();
    for (let i = 0; i < STAFF_MODERATION_LINES + 10; i++) must(MOD, { do: 'slowMode', seconds: i });
    const v = staffView(model);
    expect(v.moderation).toHaveLength(STAFF_MODERATION_LINES);
    expect(v.moderation.at(-1)?.action).toBe('slowMode');
    expect(model.chat.slowS).toBe(STAFF_MODERATION_LINES + 9);
  });
});

describe('handles and keys', () => {
  it('maps both ways', () => {
    const { model } = live();
    expect(handleOf(model, A.key)).toBe(A.handle);
    expect(keyOf(model, A.handle)).toBe(A.key);
    expect(handleOf(model, 'guest:nobody')).toBeUndefined();
    expect(keyOf(model, 'nobody00')).toBeUndefined();
  });
});
