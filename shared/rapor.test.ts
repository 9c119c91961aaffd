import { describe, expect, it } from 'vitest';
import type { KpiRules } from './kpi.ts';
import {
  ACHIEVEMENT_CAP,
  gradeFor,
  type KpiScoreInput,
  periodWindow,
  rankOrganisations,
  SIMULATED_ONLY_BEST_GRADE,
  scoreOrganisation,
} from './rapor.ts';

const NOW = Date.UTC(2026, 5, 15, 2, 0);
const DAY_MS = 24 * 60 * 60 * 1000;
const STALE = 7 * DAY_MS;
const HIGHER: KpiRules = { direction: 'higher', target: 100, min: 0, max: 1000 };
const LOWER: KpiRules = { direction: 'lower', target: 10, min: 0, max: 1000 };
const NEUTRAL: KpiRules = { direction: 'neutral', target: null, min: 0, max: 1000 };
const ON_TARGET = Math.round(1000 / ACHIEVEMENT_CAP) / 10;

const point = (value: number, ageMs = 0, simulated = false) => ({ value, at: NOW - ageMs, simulated });
const kpi = (rules: KpiRules, value: number | null, extra: Partial<KpiScoreInput> = {}): KpiScoreInput => ({
  rules,
  latest: value === null ? null : point(value),
  ...extra,
});
const score = (...kpis: KpiScoreInput[]) => scoreOrganisation({ kpis, nowMs: NOW, staleAfterMs: STALE });

describe('scoreOrganisation: achievement', () => {
  it('is direction-aware: value/target when higher is better, target/value when lower is better', () => {
    expect(score(kpi(HIGHER, 100)).score).toBe(ON_TARGET);
    expect(score(kpi(HIGHER, 50)).score).toBe(41.7);
    expect(score(kpi(LOWER, 10)).score).toBe(ON_TARGET);
    expect(score(kpi(LOWER, 20)).score).toBe(41.7);
    expect(score(kpi(LOWER, 0)).score).toBe(100);
  });

  it('caps achievement at ACHIEVEMENT_CAP so one KPI cannot dominate', () => {
    expect(score(kpi(HIGHER, 1000)).achievement).toEqual([1]);
    expect(score(kpi(HIGHER, 1000)).score).toBe(100);
    expect(score(kpi(HIGHER, 1000), kpi(HIGHER, 0)).score).toBe(50);
    expect(score(kpi(LOWER, 1)).score).toBe(100);
  });

  it('never gives negative achievement', () => {
    expect(score(kpi(HIGHER, -50)).achievement).toEqual([0]);
  });

  it('rounds the score to one decimal', () => {
    expect(score(kpi(HIGHER, 33)).score).toBe(27.5);
  });
});

describe('scoreOrganisation: freshness', () => {
  const aged = (ageMs: number) => score({ rules: HIGHER, latest: point(120, ageMs) });

  it('is 1 while fresh, falls linearly to 0.5 at 4 × staleAfterMs and stays there', () => {
    expect(aged(0).freshness).toEqual([1]);
    expect(aged(STALE - 1).freshness).toEqual([1]);
    expect(aged(2.5 * STALE).freshness).toEqual([0.75]);
    expect(aged(4 * STALE).freshness).toEqual([0.5]);
    expect(aged(40 * STALE).freshness).toEqual([0.5]);
    expect(aged(-DAY_MS).freshness).toEqual([1]);
  });

  it('scores a stale value below the same fresh value', () => {
    expect(aged(0).score).toBe(100);
    expect(aged(2.5 * STALE).score).toBe(75);
    expect(aged(10 * STALE).score).toBe(50);
  });
});

describe('scoreOrganisation: what counts', () => {
  it('counts missing data as zero achievement, lowering the score', () => {
    const result = score(kpi(HIGHER, 120), kpi(LOWER, null));
    expect(result).toMatchObject({ score: 50, counted: 2, achievement: [1, 0], freshness: [1, null] });
    expect(score(kpi(HIGHER, null), kpi(HIGHER, Number.NaN)).score).toBe(0);
  });

  it('ignores neutral KPIs and KPIs without a positive target', () => {
    const noTarget: KpiRules = { ...HIGHER, target: null };
    const zeroTarget: KpiRules = { ...HIGHER, target: 0 };
    const result = score(kpi(NEUTRAL, 5), kpi(HIGHER, 120), kpi(noTarget, 5), kpi(zeroTarget, 5));
    expect(result).toMatchObject({ score: 100, grade: 'A', counted: 1 });
    expect(result.achievement).toEqual([null, 1, null, null]);
    expect(result.freshness).toEqual([null, 1, null, null]);
  });

  it('gives no score and grade — to an organisation with nothing to score', () => {
    expect(score(kpi(NEUTRAL, 5))).toMatchObject({ score: null, grade: '—', counted: 0, simulatedShare: 0 });
    expect(score()).toMatchObject({ score: null, grade: '—', counted: 0 });
  });

  it('weights contributions, default weight 1, weight 0 ignored', () => {
    expect(score(kpi(HIGHER, 120, { weight: 3 }), kpi(HIGHER, 0)).score).toBe(75);
    expect(score(kpi(HIGHER, 120, { weight: 1 }), kpi(HIGHER, 0, { weight: 3 })).score).toBe(25);
    expect(score(kpi(HIGHER, 120), kpi(HIGHER, 0, { weight: 0 }))).toMatchObject({ score: 100, counted: 1 });
  });

  it('reports the weighted share resting on simulated data', () => {
    const simulated = { rules: HIGHER, latest: point(120, 0, true) };
    expect(score(simulated, kpi(HIGHER, 120)).simulatedShare).toBe(0.5);
    expect(score({ ...simulated, weight: 3 }, kpi(HIGHER, 120), kpi(HIGHER, null)).simulatedShare).toBe(0.6);
    expect(score(kpi(HIGHER, 120), kpi(NEUTRAL, 1)).simulatedShare).toBe(0);
  });

  it('rejects invalid weights and times', () => {
    expect(() => score(kpi(HIGHER, 1, { weight: -1 }))).toThrow(RangeError);
    expect(() => score(kpi(HIGHER, 1, { weight: Number.NaN }))).toThrow(RangeError);
    expect(() => scoreOrganisation({ kpis: [], nowMs: NOW, staleAfterMs: 0 })).toThrow(RangeError);
    expect(() => scoreOrganisation({ kpis: [], nowMs: Number.NaN, staleAfterMs: STALE })).toThrow(RangeError);
  });
});

describe('gradeFor', () => {
  it('applies the boundaries A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, else E', () => {
    const cases: Array<[number, string]> = [
      [100, 'A'],
      [80, 'A'],
      [79.9, 'B'],
      [65, 'B'],
      [64.9, 'C'],
      [50, 'C'],
      [49.9, 'D'],
      [35, 'D'],
      [34.9, 'E'],
      [0, 'E'],
    ];
    for (const [value, grade] of cases) expect(gradeFor(value)).toBe(grade);
    expect(gradeFor(null)).toBe('—');
  });

  it('grades an organisation on target as A, and one at 90 % of its targets as B', () => {
    expect(score(kpi(HIGHER, 100)).grade).toBe('A');
    expect(score(kpi(HIGHER, 90)).grade).toBe('B');
  });

  it('never gives A to a simulated-only organisation, however high its score', () => {
    const simulated = (value: number) => ({ rules: HIGHER, latest: point(value, 0, true) });
    const only = score(simulated(120), simulated(120));
    expect(only).toMatchObject({ score: 100, grade: SIMULATED_ONLY_BEST_GRADE, simulatedOnly: true });
    expect(SIMULATED_ONLY_BEST_GRADE).toBe('B');
    // One collected KPI lifts the cap; a lower grade is left as it is.
    expect(score(simulated(120), kpi(HIGHER, 120))).toMatchObject({ grade: 'A', simulatedOnly: false });
    expect(score(simulated(50))).toMatchObject({ grade: 'D', simulatedOnly: true });
    // No data at all is not "simulated only": it scores 0 anyway.
    expect(score(kpi(HIGHER, null)).simulatedOnly).toBe(false);
  });
});

describe('rankOrganisations', () => {
  it('sorts by score, shares ranks on ties ordered by id, puts unscored last', () => {
    const input = [
      { id: 'dinkes', score: 70 },
      { id: 'bappeda', score: null },
      { id: 'dpu', score: 90 },
      { id: 'damkar', score: 70 },
      { id: 'dlh', score: 40.5 },
    ];
    const ranked = rankOrganisations(input);
    expect(ranked.map((r) => [r.id, r.rank, r.best, r.worst])).toEqual([
      ['dpu', 1, true, false],
      ['damkar', 2, false, false],
      ['dinkes', 2, false, false],
      ['dlh', 4, false, true],
      ['bappeda', null, false, false],
    ]);
    expect(input[0]?.id).toBe('dinkes');
  });

  it('flags every organisation tied at the top or bottom', () => {
    const ranked = rankOrganisations([
      { id: 'b', score: 10 },
      { id: 'a', score: 90 },
      { id: 'c', score: 90 },
      { id: 'd', score: 10 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank, r.best, r.worst])).toEqual([
      ['a', 1, true, false],
      ['c', 1, true, false],
      ['b', 3, false, true],
      ['d', 3, false, true],
    ]);
  });

  it('names no worst when everyone scores the same, and keeps extra fields', () => {
    expect(rankOrganisations([{ id: 'solo', score: 50, grade: 'D' }])).toEqual([
      { id: 'solo', score: 50, grade: 'D', rank: 1, best: true, worst: false },
    ]);
    expect(rankOrganisations([]).length).toBe(0);
  });
});

describe('periodWindow (WITA, UTC+8)', () => {
  const iso = (w: { fromMs: number; toMs: number }) => [
    new Date(w.fromMs).toISOString(),
    new Date(w.toMs).toISOString(),
  ];

  it('rolls over to the new year at 16:00 UTC on 31 December', () => {
    const newYear = Date.parse('2026-12-31T16:30:00Z');
    expect(iso(periodWindow('year', newYear))).toEqual([
      '2026-12-31T16:00:00.000Z',
      '2027-12-31T16:00:00.000Z',
    ]);
    expect(iso(periodWindow('month', newYear))).toEqual([
      '2026-12-31T16:00:00.000Z',
      '2027-01-31T16:00:00.000Z',
    ]);
    const lastMoment = Date.parse('2026-12-31T15:59:59.999Z');
    expect(iso(periodWindow('year', lastMoment))).toEqual([
      '2025-12-31T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
    ]);
    expect(iso(periodWindow('month', lastMoment))).toEqual([
      '2026-11-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
    ]);
  });

  it('includes its start and excludes its end', () => {
    const start = Date.parse('2026-05-31T16:00:00Z');
    const window = periodWindow('month', start);
    expect(window.fromMs).toBe(start);
    expect(periodWindow('month', window.toMs).fromMs).toBe(window.toMs);
  });

  it('handles February in a leap year', () => {
    const feb = Date.parse('2028-02-15T00:00:00Z');
    expect(iso(periodWindow('month', feb))).toEqual(['2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z']);
  });

  it('rejects a non-finite time', () => {
    expect(() => periodWindow('month', Number.NaN)).toThrow(RangeError);
  });
});
