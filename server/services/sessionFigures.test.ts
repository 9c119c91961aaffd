import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../shared/session/model.ts';
import { sessionFigures } from './sessionFigures.ts';

const at = (h: number) => Date.UTC(2026, 11, 3, h);
const ev = (seq: number, t: number, act: SessionEvent['act']): SessionEvent => ({
  seq,
  at: t,
  by: null,
  act,
});

describe('sessionFigures', () => {
  it('reads the attendance curve, questions per WITA day and votes from the event log', () => {
    const events = [
      ev(1, at(1), { do: 'attendance', count: 3 }),
      ev(2, at(2), { do: 'ask', text: 'Jam buka?', anonymous: false }),
      ev(3, at(2), { do: 'upvote', questionId: 1 }),
      ev(4, at(3), { do: 'attendance', count: 7 }),
      // 16:00 UTC is midnight WITA: the next day.
      ev(5, at(16), { do: 'ask', text: 'Syarat KTP?', anonymous: true }),
      ev(6, at(16), { do: 'pollVote', pollId: 1, choices: [0] }),
    ];
    const { figures, questionsByDay } = sessionFigures({ id: 's1', title: 'Sesi', startsAt: at(0) }, events);
    expect(figures).toEqual({
      id: 's1',
      title: 'Sesi',
      startsAt: at(0),
      attendance: [
        [at(1), 3],
        [at(3), 7],
      ],
      peak: 7,
      questions: 2,
      votes: 2,
    });
    expect([...questionsByDay]).toEqual([
      ['2026-12-03', 1],
      ['2026-12-04', 1],
    ]);
  });
});
