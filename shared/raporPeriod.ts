// Rapor periods by key — `YYYY-MM` a WITA calendar month, `YYYY` a year — and what a period's rapor
// covers at a given time: the current period up to the last hourly refresh (as raporWindow), a past
// one in full (frozen: nothing can change it any more), a future one not at all. Pure; runs on server
// and client.
import type { RaporPeriod } from './apiTypes.ts';
import { RAPOR_REFRESH_MS, raporWindow, WITA_OFFSET_MS } from './rapor.ts';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR_KEY = /^(\d{4})$/;

/** The key of the period starting at `fromMs` (a WITA month or year start). */
export function raporKey(period: RaporPeriod, fromMs: number): string {
  const local = new Date(fromMs + WITA_OFFSET_MS);
  const year = String(local.getUTCFullYear()).padStart(4, '0');
  return period === 'year' ? year : `${year}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The period a key names as [fromMs, toMs), or null when the key is malformed (or before 2000). */
export function parseRaporKey(key: string): { period: RaporPeriod; fromMs: number; toMs: number } | null {
  const month = MONTH_KEY.exec(key);
  const year = month ? month[1] : YEAR_KEY.exec(key)?.[1];
  if (year === undefined || Number(year) < 2000) return null;
  const y = Number(year);
  if (month) {
    const m = Number(month[2]) - 1;
    return {
      period: 'month',
      fromMs: Date.UTC(y, m, 1) - WITA_OFFSET_MS,
      toMs: Date.UTC(y, m + 1, 1) - WITA_OFFSET_MS,
    };
  }
  return {
    period: 'year',
    fromMs: Date.UTC(y, 0, 1) - WITA_OFFSET_MS,
    toMs: Date.UTC(y + 1, 0, 1) - WITA_OFFSET_MS,
  };
}

export type KeyWindow = {
  key: string;
  period: RaporPeriod;
  fromMs: number;
  toMs: number;
  /** The data it is computed from ends here (exclusive). */
  dataToMs: number;
  /** The instant it is scored at (freshness) and shows as "diperbarui". */
  generatedAt: number;
  nextAt: number;
  state: 'current' | 'past' | 'future';
};

/** What the rapor of `key` covers at `nowMs`; null for a malformed key. */
export function keyWindow(key: string, nowMs: number): KeyWindow | null {
  const parsed = parseRaporKey(key);
  if (!parsed) return null;
  const current = raporWindow(parsed.period, nowMs);
  const state =
    parsed.fromMs === current.fromMs ? 'current' : parsed.fromMs < current.fromMs ? 'past' : 'future';
  const dataToMs = state === 'current' ? current.dataToMs : state === 'past' ? parsed.toMs : parsed.fromMs;
  return {
    key,
    ...parsed,
    dataToMs,
    generatedAt: state === 'current' ? current.refreshedAt : dataToMs,
    nextAt: current.refreshedAt + RAPOR_REFRESH_MS,
    state,
  };
}

/** The key of the period's current rapor at `nowMs` (in the first hour of a period: the one just ended). */
export function currentRaporKey(period: RaporPeriod, nowMs: number): string {
  return raporKey(period, raporWindow(period, nowMs).fromMs);
}
