// GET /api/rapor: the rapor kinerja of a period, as residents may see it. `?period=month|year`
// (default month) is the current WITA calendar period, `?month=YYYY-MM` any month up to the current
// one. Before the mayor's office releases the period it names nobody (ranks, grades and scores only;
// server/rapor/draft.ts `anonymised`); once released it is the frozen rapor with names, notes, the
// per-KPI explanation and readiness. Drafts are computed once per hourly refresh (raporService), so
// the ranking cannot change in between. Runs on the server.
import type { Request, Response } from 'express';
import { RAPOR_PERIODS, type RaporPeriod } from '../../shared/apiTypes.ts';
import { currentRaporKey } from '../../shared/raporPeriod.ts';
import type { RaporService } from '../rapor/raporService.ts';

const REFUSALS = {
  'bad-key': 'month must be YYYY-MM',
  future: 'month has not started yet',
  released: 'already released',
} as const;

export function raporHandler(service: Pick<RaporService, 'publicRapor'>, now: () => number = Date.now) {
  return async (req: Request, res: Response) => {
    const { period, month } = req.query;
    if (period !== undefined && month !== undefined) {
      res.status(400).json({ error: 'give either period or month', field: 'month' });
      return;
    }
    if (month !== undefined && (typeof month !== 'string' || !/^\d{4}-\d{2}$/.test(month))) {
      res.status(400).json({ error: REFUSALS['bad-key'], field: 'month' });
      return;
    }
    const p = period ?? 'month';
    if (typeof p !== 'string' || !RAPOR_PERIODS.includes(p as RaporPeriod)) {
      res.status(400).json({ error: 'period must be "month" or "year"', field: 'period' });
      return;
    }
    const key = month ?? currentRaporKey(p as RaporPeriod, now());
    const rapor = await service.publicRapor(key);
    if (typeof rapor === 'string') {
      res.status(400).json({ error: REFUSALS[rapor], field: 'month' });
      return;
    }
    // Revalidated on every use: a release must reach residents at once.
    res.set('Cache-Control', 'no-cache').json(rapor);
  };
}
