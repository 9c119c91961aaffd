// The draft of a period's rapor: every organisation scored by shared/rapor.ts from the mean of each
// KPI's points in the period (up to the last hourly refresh for the current period), with the figures
// behind each grade (per KPI) and the Makaverse readiness beside it; and the anonymous public view of
// a rapor not yet released. Pure. Runs on the server.
import type { Rapor, RaporEntry, RaporKpi, RaporPeriod } from '../../shared/apiTypes.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { ACHIEVEMENT_CAP, rankOrganisations, STALE_AFTER_MS, scoreOrganisation } from '../../shared/rapor.ts';
import { currentRaporKey, type KeyWindow, keyWindow } from '../../shared/raporPeriod.ts';
import { computeReadiness, type ReadinessInput } from '../../shared/readiness.ts';
import type { Registry } from '../../shared/registry.ts';
import type { PeriodSummary } from '../store/metricStore.ts';

/** What readiness needs beyond the rapor's own KPI figures, per organisation id. */
export type ReadinessFacts = Omit<ReadinessInput, 'gradedKpis' | 'realFreshKpis'>;
export const NO_FACTS: ReadinessFacts = {
  profileFields: 0,
  services: null,
  sessionsHeld: 0,
  questionsAsked: 0,
  questionsAnswered: 0,
  pendataanCoverage: null,
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The rapor of window `w` from each KPI's period summary (keyed by organisation id; must cover
 * w.fromMs … w.dataToMs) and, when given, each organisation's readiness facts. Not released, no notes.
 */
export function draftRapor(
  registry: Registry,
  summaries: Readonly<Record<string, readonly PeriodSummary[]>>,
  w: KeyWindow,
  facts?: Readonly<Record<string, ReadinessFacts>>,
): Rapor {
  const scores = registry.organisations.map((o) => {
    const byKpi = new Map((summaries[o.id] ?? []).map((v) => [v.kpi, v]));
    const inputs = o.kpis.map((k) => {
      const v = byKpi.get(k.id);
      const inWindow = v && v.lastAt >= w.fromMs && v.lastAt < w.dataToMs;
      return {
        rules: kpiRules(k),
        latest: inWindow ? { value: v.mean, at: v.lastAt, simulated: v.simulated } : null,
      };
    });
    const s = scoreOrganisation({ kpis: inputs, nowMs: w.generatedAt, staleAfterMs: STALE_AFTER_MS });
    const kpis: RaporKpi[] = o.kpis.map((k, i) => {
      const input = inputs[i];
      const graded = s.achievement[i] !== null;
      const latest = input?.latest ?? null;
      const a = s.achievement[i];
      return {
        id: k.id,
        label: k.label,
        unit: k.unit,
        direction: input?.rules.direction ?? 'neutral',
        target: input?.rules.target ?? null,
        weight: graded ? 1 : 0,
        graded,
        value: latest ? latest.value : null,
        achievement: graded && latest && a !== null && a !== undefined ? round3(a * ACHIEVEMENT_CAP) : null,
        freshness: graded ? (s.freshness[i] ?? null) : null,
        lastAt: latest ? latest.at : null,
        data: latest ? (latest.simulated ? 'simulated' : 'collected') : 'none',
      };
    });
    const realFreshKpis = kpis.filter((k) => k.graded && k.data === 'collected' && k.freshness === 1).length;
    const entry = {
      id: o.id,
      name: o.name,
      abbreviation: o.abbreviation,
      category: o.category,
      score: s.score,
      grade: s.grade,
      simulatedShare: round3(s.simulatedShare),
      counted: s.counted,
      withData: s.achievement.filter((a, i) => a !== null && inputs[i]?.latest).length,
      simulatedOnly: s.simulatedOnly,
      kpis,
      readiness: computeReadiness({ ...(facts?.[o.id] ?? NO_FACTS), gradedKpis: s.counted, realFreshKpis }),
      note: null,
    };
    return entry;
  });
  return {
    period: w.period,
    from: w.fromMs,
    to: w.toMs,
    generatedAt: w.generatedAt,
    nextAt: w.nextAt,
    staleAfterMs: STALE_AFTER_MS,
    organisations: rankOrganisations(scores),
    key: w.key,
    released: false,
    releasedAt: null,
  };
}

/** The current period's draft at `nowMs` (what GET /api/rapor?period= computes before release). */
export function buildRapor(
  registry: Registry,
  summaries: Readonly<Record<string, readonly PeriodSummary[]>>,
  period: RaporPeriod,
  nowMs: number,
  facts?: Readonly<Record<string, ReadinessFacts>>,
): Rapor {
  const w = keyWindow(currentRaporKey(period, nowMs), nowMs);
  if (!w) throw new Error('unreachable: a current key always parses');
  return draftRapor(registry, summaries, w, facts);
}

/** An entry that names nobody: its position stands in for its id. */
function hiddenEntry(o: RaporEntry, position: number): RaporEntry {
  return {
    id: `anon-${position}`,
    name: '',
    abbreviation: '',
    category: '',
    score: o.score,
    grade: o.grade,
    rank: o.rank,
    best: o.best,
    worst: o.worst,
    simulatedShare: o.simulatedShare,
    counted: o.counted,
    withData: o.withData,
    simulatedOnly: o.simulatedOnly ?? false,
    hidden: true,
  };
}

/**
 * A rapor as the public may see it before release: ranks, grades and scores without any name, KPI or
 * note. `keep` names one organisation whose own entry stays whole (its staff reading the draft).
 */
export function anonymised(rapor: Rapor, keep?: string): Rapor {
  return {
    ...rapor,
    organisations: rapor.organisations.map((o, i) => (o.id === keep ? o : hiddenEntry(o, i + 1))),
  };
}
