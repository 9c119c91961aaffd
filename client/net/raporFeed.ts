// Keeps useRaporStore current (client only): the month's rapor (the wall shows it) on start and
// again just after the server's next hourly refresh (the rapor's `nextAt`) — every few minutes while
// it is not released yet, so the mayor's release reaches the wall soon; another period on request
// (the rapor panel).
import type { RaporPeriod } from '../../shared/apiTypes.ts';
import { useRaporStore } from '../stores/useRaporStore.ts';
import { fetchRapor } from './api.ts';

/** Fetch this long after `nextAt`, so the server has moved on; retry this soon after a failure. */
const AFTER_REFRESH_MS = 5_000;
const RETRY_MS = 60_000;
/** While the month is unreleased: look again this often for the release. */
const RELEASE_CHECK_MS = 5 * 60_000;

/** Fetches a period's rapor into the store; resolves with when to look again (epoch ms), or null. */
export function loadRapor(period: RaporPeriod): Promise<number | null> {
  return fetchRapor(period).then(
    (rapor) => {
      useRaporStore.getState().set(rapor);
      return rapor.released === false ? Math.min(rapor.nextAt, Date.now() + RELEASE_CHECK_MS) : rapor.nextAt;
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
