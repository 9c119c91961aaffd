// Keeps useRaporStore current (client only): the month's rapor (the wall shows it) on start and
// again just after the server's next hourly refresh (the rapor's `nextAt`); another period on request
// (the rapor panel).
import type { RaporPeriod } from '../../shared/apiTypes.ts';
import { useRaporStore } from '../stores/useRaporStore.ts';
import { fetchRapor } from './api.ts';

/** Fetch this long after `nextAt`, so the server has moved on; retry this soon after a failure. */
const AFTER_REFRESH_MS = 5_000;
const RETRY_MS = 60_000;

export function loadRapor(period: RaporPeriod): Promise<number | null> {
  return fetchRapor(period).then(
    (rapor) => {
      useRaporStore.getState().set(rapor);
      return rapor.nextAt;
    },
    () => null, // Unreachable: the last ranking stays; the next attempt tries again.
  );
}

export function startRaporFeed(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const load = async () => {
    const nextAt = await loadRapor('month');
    if (stopped) return;
    const wait =
      nextAt === null ? RETRY_MS : Math.max(AFTER_REFRESH_MS, nextAt - Date.now() + AFTER_REFRESH_MS);
    timer = setTimeout(() => void load(), wait);
  };
  void load();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
