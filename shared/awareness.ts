// The awareness tracker: "Apakah Anda tahu Makaverse?" asked once per visitor, its answers, the March
// 2022 baseline (DOMAIN.md) and the daily trend with shares. Pure; runs on server and client.
import { z } from 'zod';

/** Tahu / Ingin tahu / Belum penting, in the order the 2022 poll and the board show them. */
export const AWARENESS_ANSWERS = ['know', 'want', 'notYet'] as const;
export type AwarenessAnswer = (typeof AWARENESS_ANSWERS)[number];
export type AwarenessCounts = Record<AwarenessAnswer, number>;

/** The March 2022 social-media poll of Makassar residents, percent: historical, not live. */
export const AWARENESS_BASELINE_2022: AwarenessCounts = { know: 8, want: 56, notYet: 36 };
/** Days the public trend covers, newest last. */
export const AWARENESS_TREND_DAYS = 30;

/** POST /api/awareness: the browser's own visitor id (as the city room takes it) and one answer. */
export const AwarenessVote = z.strictObject({
  visitorId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  answer: z.enum(AWARENESS_ANSWERS),
});
export type AwarenessVote = z.infer<typeof AwarenessVote>;

export type AwarenessDay = {
  /** WITA calendar day, YYYY-MM-DD. */
  day: string;
  total: number;
  counts: AwarenessCounts;
  /** Percent with one decimal, summing to exactly 100 (all 0 when total is 0). */
  shares: AwarenessCounts;
};

export type AwarenessTrend = {
  question: string;
  baseline: { year: 2022; shares: AwarenessCounts };
  /** Days with at least one answer in the last AWARENESS_TREND_DAYS, oldest first. */
  days: AwarenessDay[];
  /** All answers in those days together. */
  overall: Omit<AwarenessDay, 'day'>;
};

export const AWARENESS_QUESTION = 'Apakah Anda tahu Makaverse?';

const ZERO: AwarenessCounts = { know: 0, want: 0, notYet: 0 };

/**
 * Shares in percent with one decimal that sum to exactly 100: tenths by the largest-remainder method
 * (ties to the answer order). All zero when nothing was counted.
 */
export function sharesOf(counts: AwarenessCounts): AwarenessCounts {
  const total = AWARENESS_ANSWERS.reduce((s, a) => s + counts[a], 0);
  if (total === 0) return { ...ZERO };
  const exact = AWARENESS_ANSWERS.map((a) => (counts[a] * 1000) / total);
  const tenths = exact.map(Math.floor);
  let left = 1000 - tenths.reduce((s, t) => s + t, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    tenths[i] = (tenths[i] ?? 0) + 1;
    left -= 1;
  }
  const out = { ...ZERO };
  AWARENESS_ANSWERS.forEach((a, i) => {
    out[a] = (tenths[i] ?? 0) / 10;
  });
  return out;
}

/** The public trend from per-day counts (any order; unknown answers ignored). */
export function awarenessTrend(
  rows: ReadonlyArray<{ day: string; answer: string; count: number }>,
): AwarenessTrend {
  const byDay = new Map<string, AwarenessCounts>();
  const overall = { ...ZERO };
  for (const r of rows) {
    if (!(AWARENESS_ANSWERS as readonly string[]).includes(r.answer)) continue;
    const answer = r.answer as AwarenessAnswer;
    const counts = byDay.get(r.day) ?? { ...ZERO };
    counts[answer] += r.count;
    overall[answer] += r.count;
    byDay.set(r.day, counts);
  }
  const total = (c: AwarenessCounts) => c.know + c.want + c.notYet;
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, counts]) => ({ day, total: total(counts), counts, shares: sharesOf(counts) }));
  return {
    question: AWARENESS_QUESTION,
    baseline: { year: 2022, shares: AWARENESS_BASELINE_2022 },
    days,
    overall: { total: total(overall), counts: overall, shares: sharesOf(overall) },
  };
}

/** The WITA calendar day (YYYY-MM-DD) of an instant. */
export function witaDay(nowMs: number): string {
  return new Date(nowMs + 8 * 3_600_000).toISOString().slice(0, 10);
}
