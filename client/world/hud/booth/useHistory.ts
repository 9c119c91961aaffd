// A KPI's history for the booth panel (client only): HISTORY_DAYS of daily buckets up to the end of
// today (or of the day of `latestAt`, the newest value's time), fetched again when `latestAt`
// changes (a new live value arrived for that KPI), never on a timer.
import { useEffect, useState } from 'react';
import type { HistoryResponse } from '../../../../shared/apiTypes.ts';
import { fetchHistory } from '../../../net/api.ts';

export const HISTORY_DAYS = 30;
const DAY_MS = 86_400_000;

export function useHistory(id: string, kpi: string, latestAt: number): HistoryResponse | null {
  const [history, setHistory] = useState<HistoryResponse | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    // Whole days in UTC+8 (WITA) so a bucket is one local day; the current day is included.
    const wita = 8 * 3_600_000;
    const toMs = Math.ceil((Math.max(Date.now(), latestAt + 1) + wita) / DAY_MS) * DAY_MS - wita;
    const fromMs = toMs - HISTORY_DAYS * DAY_MS;
    fetchHistory(id, kpi, { fromMs, toMs, bucketMs: DAY_MS }, abort.signal).then(setHistory, () => {
      // Aborted, or the server is unreachable: the panel shows the latest value without a chart.
    });
    return () => abort.abort();
  }, [id, kpi, latestAt]);
  return history;
}
