// GET /api/rapor?period=month|year: the rapor kinerja of every organisation for the current period
// (WITA calendar), scored by shared/rapor.ts from each KPI's rules and the mean of its points in the
// period up to the last hourly refresh (raporWindow). A rapor is computed once per refresh and period
// and served from memory until the next one, so its ranking cannot change in between. Runs on the server.
import type { Request, Response } from 'express';
import { RAPOR_PERIODS, type Rapor, type RaporPeriod } from '../../shared/apiTypes.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { rankOrganisations, raporWindow, STALE_AFTER_MS, scoreOrganisation } from '../../shared/rapor.ts';
import type { Registry } from '../../shared/registry.ts';
import type { MetricStore, PeriodSummary } from '../store/metricStore.ts';

/**
 * The report card at `nowMs` from each KPI's period summary (keyed by organisation id), which must
 * cover raporWindow(period, nowMs).fromMs … dataToMs. Pure.
 */
export function buildRapor(
  registry: Registry,
  summaries: Readonly<Record<string, readonly PeriodSummary[]>>,
  period: RaporPeriod,
  nowMs: number,
): Rapor {
  const { fromMs, toMs, dataToMs, refreshedAt, nextAt } = raporWindow(period, nowMs);
  const scores = registry.organisations.map((o) => {
    const byKpi = new Map((summaries[o.id] ?? []).map((v) => [v.kpi, v]));
    const kpis = o.kpis.map((k) => {
      const v = byKpi.get(k.id);
      const inWindow = v && v.lastAt >= fromMs && v.lastAt < dataToMs;
      return {
        rules: kpiRules(k),
        latest: inWindow ? { value: v.mean, at: v.lastAt, simulated: v.simulated } : null,
      };
    });
    const s = scoreOrganisation({ kpis, nowMs: refreshedAt, staleAfterMs: STALE_AFTER_MS });
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
    generatedAt: refreshedAt,
    nextAt,
    staleAfterMs: STALE_AFTER_MS,
    organisations: rankOrganisations(scores),
  };
}

export function raporHandler(
  registry: Registry,
  metrics: Pick<MetricStore, 'periodSummary'>,
  now: () => number = Date.now,
) {
  /** The rapor of each period for its refresh time; recomputed when the refresh time moves on. */
  const cache = new Map<RaporPeriod, Promise<Rapor>>();
  return async (req: Request, res: Response) => {
    const period = req.query.period ?? 'month';
    if (typeof period !== 'string' || !RAPOR_PERIODS.includes(period as RaporPeriod)) {
      res.status(400).json({ error: 'period must be "month" or "year"', field: 'period' });
      return;
    }
    const p = period as RaporPeriod;
    const nowMs = now();
    const window = raporWindow(p, nowMs);
    let rapor = cache.get(p);
    if (!rapor || (await rapor.catch(() => null))?.generatedAt !== window.refreshedAt) {
      rapor = metrics
        .periodSummary(window.fromMs, window.dataToMs)
        .then((summaries) => buildRapor(registry, summaries, p, nowMs));
      cache.set(p, rapor);
      rapor.catch(() => cache.delete(p));
    }
    const body = await rapor;
    const maxAge = Math.max(0, Math.floor((body.nextAt - nowMs) / 1000));
    res.set('Cache-Control', `public, max-age=${Math.min(maxAge, 60)}`).json(body);
  };
}
