// The plaza board's choice of sessions and the screen's WITA times.
import { describe, expect, it } from 'vitest';
import type { SessionSummary, SessionWhen } from '../../../shared/session/schedule.ts';
import { whenText } from './screenPainters.ts';
import { boardSessions } from './sessionBoardPainter.ts';

const session = (id: string, when: SessionWhen, startsAt: number): SessionSummary => ({
  id,
  title: `Sesi ${id}`,
  organiser: 'bappeda',
  organiserName: 'Bappeda',
  description: '',
  startsAt,
  endsAt: startsAt + 3_600_000,
  agenda: [],
  visibility: 'public',
  phase: when === 'live' ? 'live' : when === 'past' ? 'ended' : 'scheduled',
  when,
  link: `/?session=${id}`,
  createdBy: 'walikota',
  attendance: 0,
  records: [],
});

describe('boardSessions', () => {
  it('lists live sessions first, then upcoming by start, never past ones', () => {
    const list = [
      session('late', 'upcoming', 3_000),
      session('gone', 'past', 100),
      session('live2', 'live', 2_000),
      session('soon', 'upcoming', 1_000),
      session('live1', 'live', 500),
    ];
    expect(boardSessions(list, 10).map((s) => s.id)).toEqual(['live1', 'live2', 'soon', 'late']);
  });

  it('shows at most the given number of rows and does not change its input', () => {
    const list = [session('a', 'upcoming', 3), session('b', 'upcoming', 2), session('c', 'upcoming', 1)];
    expect(boardSessions(list, 2).map((s) => s.id)).toEqual(['c', 'b']);
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(boardSessions([], 3)).toEqual([]);
  });
});

describe('whenText', () => {
  // 2026-11-28 01:00 UTC = 09.00 WITA (UTC+8, no daylight saving).
  const start = Date.UTC(2026, 10, 28, 1, 0);
  it('gives the day and times in Makassar time', () => {
    expect(whenText(start, start + 2 * 3_600_000, 'id')).toBe('Sabtu, 28 November 2026 · 09.00–11.00 WITA');
    expect(whenText(start, start + 2 * 3_600_000, 'en')).toContain('09:00–11:00 WITA');
  });

  it('is empty before the session is known', () => {
    expect(whenText(0, 0, 'id')).toBe('');
  });
});
