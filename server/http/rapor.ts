// GET /api/rapor?period=month|year: the rapor kinerja of every organisation for the current period
// (WITA calendar), scored by shared/rapor.ts from each KPI's rules and its latest point inside the
// period window; a KPI whose latest point is older than the window counts as missing. Runs on the server.
import type { Request, Response } from 'express';
import { RAPOR_PERIODS, type Rapor, type RaporPeriod } from '../../shared/apiTypes.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { periodWindow, rankOrganisations, STALE_AFTER_MS, scoreOrganisation } from '../../shared/rapor.ts';
import type { Registry } from '../../shared/registry.ts';
import type { LiveValue } from '../live/liveBus.ts';
import type { MetricStore } from '../store/metricStore.ts';

/** The report card from the latest values (keyed by organisation id) at `nowMs`. Pure. */
export function buildRapor(
  registry: Registry,
  latest: Readonly<Record<string, readonly LiveValue[]>>,
  period: RaporPeriod,
  nowMs: number,
): Rapor {
  const { fromMs, toMs } = periodWindow(period, nowMs);
  const scores = registry.organisations.map((o) => {
    const byKpi = new Map((latest[o.id] ?? []).map((v) => [v.kpi, v]));
    const kpis = o.kpis.map((k) => {
      const v = byKpi.get(k.id);
      const inWindow = v && v.at >= fromMs && v.at < toMs;
      return {
        rules: kpiRules(k),
        latest: inWindow ? { value: v.value, at: v.at, simulated: v.simulated } : null,
      };
    });
    const s = scoreOrganisation({ kpis, nowMs, staleAfterMs: STALE_AFTER_MS });
    return {
      id: o.id,
      name: o.name,
      abbreviation: o.abbreviation,
      category: o.category,
      score: s.score,
      grade: s.grade,
      simulatedShare: Math.round(s.simulatedShare * 1000) / 1000,
      counted: s.counted,
      withData: s.achievement.filter((a, i) => a !== null && kpis[i]?.latest).length,
    };
  });
  return {
    period,
    from: fromMs,
    to: toMs,
    generatedAt: nowMs,
    staleAfterMs: STALE_AFTER_MS,
    organisations: rankOrganisations(scores),
  };
}

export function raporHandler(registry: Registry, metrics: Pick<MetricStore, 'latestAll'>) {
  return async (req: Request, res: Response) => {
    const period = req.query.period ?? 'month';
    if (typeof period !== 'string' || !RAPOR_PERIODS.includes(period as RaporPeriod)) {
      res.status(400).json({ error: 'period must be "month" or "year"', field: 'period' });
      return;
    }
    const rapor = buildRapor(registry, await metrics.latestAll(), period as RaporPeriod, Date.now());
    res.set('Cache-Control', 'no-cache').json(rapor);
  };
}
