import { describe, expect, it } from 'vitest';
import { AwarenessVote, awarenessTrend, sharesOf, witaDay } from './awareness.ts';

const sum = (s: { know: number; want: number; notYet: number }) =>
  Math.round((s.know + s.want + s.notYet) * 10);

describe('sharesOf', () => {
  it('gives percent with one decimal that sum to exactly 100', () => {
    expect(sharesOf({ know: 1, want: 1, notYet: 1 })).toEqual({ know: 33.4, want: 33.3, notYet: 33.3 });
    for (const counts of [
      { know: 1, want: 2, notYet: 4 },
      { know: 7, want: 0, notYet: 0 },
      { know: 13, want: 29, notYet: 1 },
      { know: 2, want: 3, notYet: 6 },
    ])
      expect(sum(sharesOf(counts))).toBe(1000);
  });

  it('is all zero when nothing was counted', () => {
    expect(sharesOf({ know: 0, want: 0, notYet: 0 })).toEqual({ know: 0, want: 0, notYet: 0 });
  });
});

describe('awarenessTrend', () => {
  it('groups rows by day, oldest first, with counts, shares and the 2022 baseline', () => {
    const trend = awarenessTrend([
      { day: '2026-12-03', answer: 'know', count: 2 },
      { day: '2026-12-02', answer: 'want', count: 1 },
      { day: '2026-12-03', answer: 'notYet', count: 1 },
      { day: '2026-12-03', answer: 'bogus', count: 9 },
    ]);
    expect(trend.baseline.shares).toEqual({ know: 8, want: 56, notYet: 36 });
    expect(trend.days.map((d) => d.day)).toEqual(['2026-12-02', '2026-12-03']);
    expect(trend.days[1]).toMatchObject({ total: 3, counts: { know: 2, want: 0, notYet: 1 } });
    expect(trend.days[1]?.shares).toEqual({ know: 66.7, want: 0, notYet: 33.3 });
    expect(trend.overall.total).toBe(4);
    expect(sum(trend.overall.shares)).toBe(1000);
  });
});

describe('AwarenessVote', () => {
  it('accepts a visitor id and one of the three answers, and nothing else', () => {
    expect(AwarenessVote.safeParse({ visitorId: 'abcdefgh12345678', answer: 'want' }).success).toBe(true);
    for (const bad of [
      { visitorId: 'short', answer: 'want' },
      { visitorId: 'abcdefgh12345678', answer: 'maybe' },
      { visitorId: 'abcdefgh1234567/', answer: 'know' },
      { visitorId: 'abcdefgh12345678', answer: 'know', extra: 1 },
      null,
    ])
      expect(AwarenessVote.safeParse(bad).success).toBe(false);
  });
});

describe('witaDay', () => {
  it('is the calendar day in Makassar (UTC+8)', () => {
    expect(witaDay(Date.UTC(2026, 11, 2, 16, 0))).toBe('2026-12-03');
    expect(witaDay(Date.UTC(2026, 11, 2, 15, 59))).toBe('2026-12-02');
  });
});
