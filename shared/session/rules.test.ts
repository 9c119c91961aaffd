import { describe, expect, it } from 'vitest';
import { SESSION_NOTICES, type SessionAction } from '../protocol.ts';
import { emptyModel } from './model.ts';
import { decide, QUESTIONS_MAX } from './rules.ts';
import {
  ACTORS,
  ADMIN,
  act,
  fixture,
  HOST,
  join,
  MOD,
  RES,
  SPEAKER,
  T0,
  TARGET,
  VALID,
} from './testModel.ts';

describe('phase', () => {
  it('lets the host prepare the stage while scheduled, nothing else', () => {
    const m = emptyModel('scheduled');
    for (const a of [HOST, RES]) join(m, a);
    expect(act(m, HOST, { do: 'screen', screen: { mode: 'slides', deckId: 'deck1', pages: 3 } }).ok).toBe(
      true,
    );
    expect(act(m, HOST, { do: 'page', page: 1 }).ok).toBe(true);
    expect(act(m, HOST, VALID.pollOpen.action).ok).toBe(true);
    expect(decide(m, HOST, { do: 'end' }, T0)).toEqual({ ok: false, code: 'not-live' });
    expect(decide(m, RES, { do: 'raiseHand' }, T0)).toEqual({ ok: false, code: 'not-live' });
    expect(decide(m, RES, { do: 'pollVote', pollId: 1, choices: [0] }, T0)).toEqual({
      ok: false,
      code: 'not-live',
    });
    expect(decide(m, HOST, { do: 'mute', handle: RES.handle, on: true }, T0)).toEqual({
      ok: false,
      code: 'not-live',
    });
  });

  it('opens once, ends once, and refuses everything after the end', () => {
    const m = fixture();
    expect(decide(m, HOST, { do: 'open' }, T0)).toEqual({ ok: false, code: 'failed' });
    expect(act(m, HOST, { do: 'end' }).ok).toBe(true);
    for (const v of Object.values(VALID)) {
      v.prepare?.(m, HOST);
      m.phase = 'ended';
      expect(decide(m, HOST, v.action, T0)).toEqual({ ok: false, code: 'not-live' });
    }
  });

  it('checks rights before phase', () => {
    const m = emptyModel('ended');
    expect(decide(m, RES, { do: 'open' }, T0)).toEqual({ ok: false, code: 'not-allowed' });
  });
});

describe('domain rules', () => {
  it('cleans texts, masks profanity and refuses text that is empty after cleaning', () => {
    const m = fixture();
    const d = decide(
      m,
      RES,
      { do: 'ask', text: '  kenapa\n\u202Ejalan   rusak, anjing? ', anonymous: false },
      T0,
    );
    expect(d).toEqual({
      ok: true,
      act: { do: 'ask', text: 'kenapa jalan rusak, ******?', anonymous: false },
    });
    expect(decide(m, RES, { do: 'ask', text: ' \u200B\n\t ', anonymous: true }, T0)).toEqual({
      ok: false,
      code: 'text-empty',
    });
    expect(decide(m, RES, { do: 'ask', text: 'x'.repeat(560), anonymous: true }, T0)).toMatchObject({
      ok: true,
      act: { text: 'x'.repeat(280) },
    });
    m.floor = { handle: RES.handle, name: RES.name, text: '' };
    expect(decide(m, RES, { do: 'say', text: '\u0000\u0001' }, T0)).toEqual({
      ok: false,
      code: 'text-empty',
    });
    expect(
      decide(m, MOD, { do: 'ban', handle: TARGET.handle, minutes: 5, reason: ' bangsat\n!' }, T0),
    ).toEqual({
      ok: true,
      act: { do: 'ban', handle: TARGET.handle, minutes: 5, reason: '******* !' },
    });
  });

  it('refuses a second raised hand and a raised hand while holding the floor', () => {
    const m = fixture();
    expect(decide(m, TARGET, { do: 'raiseHand' }, T0)).toEqual({ ok: false, code: 'failed' });
    expect(act(m, HOST, { do: 'floor', handle: TARGET.handle }).ok).toBe(true);
    expect(decide(m, TARGET, { do: 'raiseHand' }, T0)).toEqual({ ok: false, code: 'failed' });
    expect(decide(m, RES, { do: 'lowerHand' }, T0)).toEqual({ ok: false, code: 'not-found' });
    expect(decide(m, RES, { do: 'raiseHand' }, T0)).toEqual({ ok: true, act: { do: 'raiseHand', text: '' } });
  });

  it('floor, dismiss, speaker, mute and ban need a known attendee; floor needs a raised hand', () => {
    const m = fixture();
    for (const a of [
      { do: 'floor', handle: 'nobody00' },
      { do: 'dismiss', handle: 'nobody00' },
      { do: 'speaker', handle: 'nobody00', on: true },
      { do: 'mute', handle: 'nobody00', on: true },
      { do: 'ban', handle: 'nobody00', minutes: 5 },
      { do: 'floor', handle: RES.handle },
      { do: 'dismiss', handle: RES.handle },
    ] as SessionAction[]) {
      expect(decide(m, HOST, a, T0)).toEqual({ ok: false, code: 'not-found' });
    }
  });

  it('refuses mute and ban of hosts, moderators and admins, even by an admin', () => {
    const m = fixture();
    for (const target of [HOST, MOD, ADMIN]) {
      expect(decide(m, ADMIN, { do: 'mute', handle: target.handle, on: true }, T0)).toEqual({
        ok: false,
        code: 'not-allowed',
      });
      expect(decide(m, HOST, { do: 'ban', handle: target.handle, minutes: 60 }, T0)).toEqual({
        ok: false,
        code: 'not-allowed',
      });
    }
  });

  it('checks the screen: known OPD, slides with pages, page inside the deck', () => {
    const m = fixture();
    const screen = (s: Extract<SessionAction, { do: 'screen' }>['screen']) =>
      decide(m, HOST, { do: 'screen', screen: s }, T0);
    expect(screen({ mode: 'opd', opdId: 'no-such-opd' })).toEqual({ ok: false, code: 'not-found' });
    expect(screen({ mode: 'slides', deckId: 'deck1' })).toEqual({ ok: false, code: 'not-found' });
    expect(screen({ mode: 'slides', deckId: 'deck1', page: 3, pages: 3 })).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(screen({ mode: 'slides', deckId: 'deck1', pages: 3 })).toEqual({
      ok: true,
      act: { do: 'screen', screen: { mode: 'slides', deckId: 'deck1', page: 0, pages: 3 } },
    });
    expect(decide(m, HOST, { do: 'page', page: 5 }, T0)).toEqual({ ok: false, code: 'not-found' });
    expect(decide(m, SPEAKER, { do: 'page', page: 4 }, T0)).toMatchObject({ ok: true });
    expect(act(m, HOST, { do: 'screen', screen: { mode: 'blank' } }).ok).toBe(true);
    expect(decide(m, HOST, { do: 'page', page: 0 }, T0)).toEqual({ ok: false, code: 'not-found' });
  });

  it('refuses polls with empty or duplicate options', () => {
    const m = fixture();
    const open = (options: string[]) =>
      decide(m, HOST, { do: 'pollOpen', question: 'Q?', options, multi: false, reveal: 'live' }, T0);
    expect(open(['Ya', ' \n '])).toEqual({ ok: false, code: 'text-empty' });
    expect(open(['Ya', ' ya '])).toEqual({ ok: false, code: 'bad-choice' });
    expect(
      decide(
        m,
        HOST,
        { do: 'pollOpen', question: '\u200B', options: ['a', 'b'], multi: false, reveal: 'live' },
        T0,
      ),
    ).toEqual({ ok: false, code: 'text-empty' });
    expect(open([' Ya ', 'Tidak'])).toEqual({
      ok: true,
      act: { do: 'pollOpen', question: 'Q?', options: ['Ya', 'Tidak'], multi: false, reveal: 'live' },
    });
  });

  it('checks questions for moderation: existence, merge target approved and different', () => {
    const m = fixture();
    expect(decide(m, MOD, { do: 'approve', questionId: 99 }, T0)).toEqual({ ok: false, code: 'not-found' });
    expect(decide(m, MOD, { do: 'merge', questionId: 1, into: 2 }, T0)).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(decide(m, MOD, { do: 'merge', questionId: 1, into: 1 }, T0)).toEqual({
      ok: false,
      code: 'failed',
    });
    expect(act(m, MOD, { do: 'merge', questionId: 2, into: 1 }).ok).toBe(true);
    expect(decide(m, MOD, { do: 'approve', questionId: 2 }, T0)).toEqual({ ok: false, code: 'failed' });
    expect(decide(m, RES, { do: 'upvote', questionId: 2 }, T0)).toEqual({ ok: false, code: 'not-found' });
  });

  it('checks reports: person must exist, one open report per target and reporter; resolve once', () => {
    const m = fixture();
    const report = (target: Extract<SessionAction, { do: 'report' }>['target']) =>
      decide(m, RES, { do: 'report', target, reason: '' }, T0);
    expect(report({ kind: 'person', handle: 'nobody00' })).toEqual({ ok: false, code: 'not-found' });
    expect(
      decide(m, TARGET, { do: 'report', target: { kind: 'message', messageId: 9 }, reason: '' }, T0),
    ).toEqual({
      ok: false,
      code: 'failed',
    });
    expect(act(m, MOD, { do: 'resolveReport', reportId: 1 }).ok).toBe(true);
    expect(decide(m, MOD, { do: 'resolveReport', reportId: 1 }, T0)).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(decide(m, MOD, { do: 'resolveReport', reportId: 2 }, T0)).toEqual({
      ok: false,
      code: 'not-found',
    });
  });

  it('deletes a message once', () => {
    const m = fixture();
    expect(act(m, MOD, { do: 'deleteMessage', messageId: 3 }).ok).toBe(true);
    expect(decide(m, MOD, { do: 'deleteMessage', messageId: 3 }, T0)).toEqual({
      ok: false,
      code: 'not-found',
    });
  });

  it('refuses new questions past the cap', () => {
    const m = fixture();
    const q = m.questions[0];
    if (q === undefined) throw new Error('fixture has a question');
    m.questions = Array.from({ length: QUESTIONS_MAX }, (_, i) => ({ ...q, id: i + 1 }));
    expect(decide(m, RES, { do: 'ask', text: 'satu lagi', anonymous: false }, T0)).toEqual({
      ok: false,
      code: 'failed',
    });
  });

  it('only answers with known notice codes', () => {
    const m = fixture();
    for (const v of Object.values(VALID)) {
      for (const by of Object.values(ACTORS)) {
        const d = decide(m, by, v.action, T0);
        if (!d.ok) expect(SESSION_NOTICES).toContain(d.code);
      }
    }
  });
});
