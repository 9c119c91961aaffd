import { describe, expect, it } from 'vitest';
import type { SessionActionName } from '../protocol.ts';
import { ACTION_RIGHTS, decide, isPrivileged, mayAct } from './rules.ts';
import { ACTORS, ADMIN, fixture, T0, VALID, WHO } from './testModel.ts';

// Written out by hand: resident, speaker (a resident on stage), moderator, host, admin.
const MATRIX: Record<SessionActionName, string> = {
  raiseHand: 'YYYYY',
  lowerHand: 'YYYYY',
  say: 'YYYYY',
  ask: 'YYYYY',
  upvote: 'YYYYY',
  pollVote: 'YYYYY',
  report: 'YYYYY',
  page: 'NYNYY',
  open: 'NNNYY',
  end: 'NNNYY',
  screen: 'NNNYY',
  speaker: 'NNNYY',
  floor: 'NNNYY',
  dismiss: 'NNNYY',
  pollOpen: 'NNNYY',
  pollClose: 'NNNYY',
  answered: 'NNNYY',
  recording: 'NNNYY',
  approve: 'NNYYY',
  hide: 'NNYYY',
  merge: 'NNYYY',
  mute: 'NNYYY',
  ban: 'NNYYY',
  slowMode: 'NNYYY',
  chatOff: 'NNYYY',
  muteAll: 'NNYYY',
  deleteMessage: 'NNYYY',
  resolveReport: 'NNYYY',
};

describe('rights', () => {
  it('covers every action of the protocol', () => {
    expect(Object.keys(ACTION_RIGHTS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const cases = Object.entries(MATRIX).flatMap(([name, row]) =>
    WHO.map((who, i) => [name as SessionActionName, who, row[i] === 'Y'] as const),
  );

  it.each(cases)('%s by %s: allowed = %s', (name, who, allowed) => {
    const by = ACTORS[who];
    expect(mayAct(by.role, ACTION_RIGHTS[name], who === 'speaker')).toBe(allowed);

    const model = fixture();
    VALID[name].prepare?.(model, by);
    const before = structuredClone(model);
    const d = decide(model, by, VALID[name].action, T0 + 1000);
    expect(model).toEqual(before);
    if (allowed) expect(d).toMatchObject({ ok: true });
    else expect(d).toEqual({ ok: false, code: 'not-allowed' });
  });

  it('marks exactly the non-"anyone" actions privileged', () => {
    const privileged = Object.values(VALID)
      .filter((v) => isPrivileged(v.action))
      .map((v) => v.action.do)
      .sort();
    const expected = Object.entries(MATRIX)
      .filter(([, row]) => row !== 'YYYYY')
      .map(([n]) => n)
      .sort();
    expect(privileged).toEqual(expected);
  });

  it('refuses `say` to anyone without the floor, admin included, as a non-privileged refusal', () => {
    const m = fixture();
    expect(decide(m, ADMIN, { do: 'say', text: 'hai' }, T0)).toEqual({ ok: false, code: 'not-allowed' });
    expect(isPrivileged({ do: 'say', text: 'hai' })).toBe(false);
  });
});
