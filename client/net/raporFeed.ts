// Keeps useRaporStore current (client only): the month's rapor (the wall shows it) on start and
// every RAPOR_REFRESH_MS; another period on request (the rapor panel).
import type { RaporPeriod } from '../../shared/apiTypes.ts';
import { useRaporStore } from '../stores/useRaporStore.ts';
import { fetchRapor } from './api.ts';

/** Scores move with live data, but a minute is fresh enough for a ranking. */
const RAPOR_REFRESH_MS = 60_000;

export function loadRapor(period: RaporPeriod): Promise<void> {
  return fetchRapor(period).then(useRaporStore.getState().set, () => {
    // Unreachable: the last ranking stays; the next refresh tries again.
  });
}

export function startRaporFeed(): () => void {
  void loadRapor('month');
  const timer = setInterval(() => void loadRapor('month'), RAPOR_REFRESH_MS);
  return () => clearInterval(timer);
}
