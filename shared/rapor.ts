// Rapor kinerja: the report-card score of one organisation, the ranking of all of them and the
// reporting period. Pure (the caller passes the time), runs on server and client.
/*
 * Stability
 * ---------
 * A report card must not reshuffle with every live value. The rapor is refreshed on a schedule,
 * once every RAPOR_REFRESH_MS (on the hour), and computed only from the data before that refresh
 * time: each KPI is scored on the MEAN of its points in the period so far (real points when it has
 * any, else simulated ones), its freshness on its newest point. Between two refreshes nothing can
 * change it — the simulator rewrites only the current hour's point, which lies after the refresh
 * time. The period is the calendar month or year (WITA) that the refresh time falls in, so in the
 * first hour of a month the rapor still shows the month just ended.
 */
/*
 * Score formula
 * -------------
 * A KPI is scored when it is not neutral, has a target above 0 and a weight above 0 (default 1).
 * Neutral KPIs (budget ceilings, areas, household counts, prices…) are shown but ignored here.
 * For each scored KPI with latest value v and target t:
 *   achievement  a = v / t   when higher is better,
 *                a = t / v   when lower is better (v ≤ 0 counts as full achievement),
 *                then clamped to [0, ACHIEVEMENT_CAP = 1.2], so no KPI can dominate, and divided by
 *                the cap: a ∈ [0, 1]; exactly on target gives 1 / 1.2 ≈ 0.833.
 *   freshness    f = 1 while the latest point is younger than staleAfterMs, falling linearly to 0.5
 *                at 4 × staleAfterMs and staying 0.5 after that.
 *   A KPI without data (or with a non-finite value) counts as a = 0: missing data lowers the score.
 *   contribution = weight × a × f
 * score = 100 × Σ contributions / Σ weights, rounded to one decimal.
 * Grade (of the rounded score): A ≥ 80 (every KPI on target with fresh data scores 83.3),
 * B ≥ 65, C ≥ 50, D ≥ 35, else E.
 * An organisation without any scored KPI gets score null and grade '—'.
 * simulatedShare = Σ weights of scored KPIs whose latest point is simulated / Σ weights.
 * Simulated-only cap: an organisation whose graded data is all simulated (at least one scored KPI has
 * data and none of it is collected) gets at most SIMULATED_ONLY_BEST_GRADE (B), whatever its score:
 * an A must rest on real figures. `simulatedOnly` says the cap applies.
 */
import type { KpiRules } from './kpi.ts';

export const ACHIEVEMENT_CAP = 1.2;
/** Best grade for an organisation whose graded data is all simulated (see "Simulated-only cap"). */
export const SIMULATED_ONLY_BEST_GRADE = 'B';
/** Freshness reached at STALE_FLOOR_AT × staleAfterMs and kept afterwards. */
const FRESHNESS_FLOOR = 0.5;
const STALE_FLOOR_AT = 4;
/** Lowest score for each grade, best first. */
export const GRADE_THRESHOLDS = [
  { grade: 'A', min: 80 },
  { grade: 'B', min: 65 },
  { grade: 'C', min: 50 },
  { grade: 'D', min: 35 },
] as const;
/**
 * Data older than this (7 days) is stale: the rapor's freshness starts falling and the booth panel
 * shows a stale badge. One week: a KPI reported at least weekly is never stale.
 */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** The rapor is recomputed once an hour, on the hour (WITA hours start with UTC hours). */
export const RAPOR_REFRESH_MS = 60 * 60 * 1000;
/** WITA, Makassar's time zone: UTC+8 all year (no daylight saving). */
export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | '—';
export type DataPoint = { value: number; at: number; simulated: boolean };
export type KpiScoreInput = { rules: KpiRules; weight?: number; latest: DataPoint | null };
export type ScoreInput = { kpis: KpiScoreInput[]; nowMs: number; staleAfterMs: number };
export type OrganisationScore = {
  /** 0–100 with one decimal; null when no KPI is scored. */
  score: number | null;
  grade: Grade;
  /** Per input KPI, in input order: normalised achievement 0..1, null when the KPI is not scored. */
  achievement: Array<number | null>;
  /** Per input KPI: freshness 0.5..1, null when the KPI is not scored or has no data. */
  freshness: Array<number | null>;
  /** Share (0..1) of the scored weight whose latest point is simulated. */
  simulatedShare: number;
  /** Number of scored KPIs. */
  counted: number;
  /** True when scored KPIs have data and all of it is simulated: the grade is capped at B. */
  simulatedOnly: boolean;
};

export function gradeFor(score: number | null): Grade {
  if (score === null) return '—';
  return GRADE_THRESHOLDS.find((t) => score >= t.min)?.grade ?? 'E';
}

function achievementOf(rules: KpiRules, target: number, value: number): number {
  const raw = rules.direction === 'lower' ? (value <= 0 ? ACHIEVEMENT_CAP : target / value) : value / target;
  return Math.min(Math.max(raw, 0), ACHIEVEMENT_CAP) / ACHIEVEMENT_CAP;
}

function freshnessOf(ageMs: number, staleAfterMs: number): number {
  if (ageMs <= staleAfterMs) return 1;
  const progress = Math.min((ageMs - staleAfterMs) / ((STALE_FLOOR_AT - 1) * staleAfterMs), 1);
  return 1 - (1 - FRESHNESS_FLOOR) * progress;
}

/** Scores one organisation. Throws RangeError on a negative or non-finite weight or time. */
export function scoreOrganisation(input: ScoreInput): OrganisationScore {
  const { nowMs, staleAfterMs } = input;
  if (!Number.isFinite(nowMs)) throw new RangeError('nowMs must be finite');
  if (!(staleAfterMs > 0 && Number.isFinite(staleAfterMs))) throw new RangeError('staleAfterMs must be > 0');
  const achievement: Array<number | null> = [];
  const freshness: Array<number | null> = [];
  let weights = 0;
  let total = 0;
  let simulatedWeight = 0;
  let realWeight = 0;
  let counted = 0;
  for (const kpi of input.kpis) {
    const weight = kpi.weight ?? 1;
    if (!(weight >= 0 && Number.isFinite(weight))) throw new RangeError(`invalid weight ${weight}`);
    const target = kpi.rules.target;
    const latest = kpi.latest;
    if (kpi.rules.direction === 'neutral' || target === null || !(target > 0) || weight === 0) {
      achievement.push(null);
      freshness.push(null);
      continue;
    }
    counted += 1;
    weights += weight;
    if (latest === null || !Number.isFinite(latest.value)) {
      achievement.push(0);
      freshness.push(null);
      continue;
    }
    const a = achievementOf(kpi.rules, target, latest.value);
    const f = freshnessOf(nowMs - latest.at, staleAfterMs);
    achievement.push(a);
    freshness.push(f);
    total += weight * a * f;
    if (latest.simulated) simulatedWeight += weight;
    else realWeight += weight;
  }
  const score = counted === 0 ? null : Math.round((1000 * total) / weights) / 10;
  const simulatedShare = weights === 0 ? 0 : simulatedWeight / weights;
  const simulatedOnly = simulatedWeight > 0 && realWeight === 0;
  const uncapped = gradeFor(score);
  const grade = simulatedOnly && uncapped === 'A' ? SIMULATED_ONLY_BEST_GRADE : uncapped;
  return { score, grade, achievement, freshness, simulatedShare, counted, simulatedOnly };
}

export type Ranked<T> = T & { rank: number | null; best: boolean; worst: boolean };

/**
 * Orders organisations by score, best first; equal scores share a rank (1, 1, 3) and are ordered by
 * id; unscored organisations (score null) come last with rank null. `best` marks every organisation
 * at the top score; `worst` every one at the lowest score, only when that differs from the top.
 */
export function rankOrganisations<T extends { id: string; score: number | null }>(
  scores: readonly T[],
): Array<Ranked<T>> {
  const sorted = [...scores].sort(
    (a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const ranked = sorted.filter((s) => s.score !== null);
  const top = ranked[0]?.score ?? null;
  const bottom = ranked[ranked.length - 1]?.score ?? null;
  let rank = 0;
  return sorted.map((s, i) => {
    if (s.score === null) return { ...s, rank: null, best: false, worst: false };
    if (i === 0 || sorted[i - 1]?.score !== s.score) rank = i + 1;
    return { ...s, rank, best: s.score === top, worst: s.score === bottom && bottom !== top };
  });
}

/**
 * The current calendar month or year in WITA as a half-open interval [fromMs, toMs) of epoch ms.
 * Date.UTC is used only as calendar arithmetic on the WITA-shifted time: no clock, no time-zone data.
 */
export function periodWindow(period: 'month' | 'year', nowMs: number): { fromMs: number; toMs: number } {
  if (!Number.isFinite(nowMs)) throw new RangeError('nowMs must be finite');
  const local = new Date(nowMs + WITA_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = period === 'month' ? local.getUTCMonth() : 0;
  const next = period === 'month' ? month + 1 : 12;
  return {
    fromMs: Date.UTC(year, month, 1) - WITA_OFFSET_MS,
    toMs: Date.UTC(year, next, 1) - WITA_OFFSET_MS,
  };
}

/**
 * What the rapor at `nowMs` covers: `refreshedAt` (the last refresh time, on the hour) and `nextAt`
 * (the next), the period [fromMs, toMs) that the instant before `refreshedAt` falls in, and
 * `dataToMs`, the end of the data it is computed from (the refresh time, or the period's end).
 */
export function raporWindow(
  period: 'month' | 'year',
  nowMs: number,
): { fromMs: number; toMs: number; dataToMs: number; refreshedAt: number; nextAt: number } {
  if (!Number.isFinite(nowMs)) throw new RangeError('nowMs must be finite');
  const refreshedAt = Math.floor(nowMs / RAPOR_REFRESH_MS) * RAPOR_REFRESH_MS;
  const { fromMs, toMs } = periodWindow(period, refreshedAt - 1);
  return {
    fromMs,
    toMs,
    dataToMs: Math.min(toMs, refreshedAt),
    refreshedAt,
    nextAt: refreshedAt + RAPOR_REFRESH_MS,
  };
}
