// The public sessions list, read by one poller however many parts of the page show it (client only):
// the lobby, the city's sessions panel, the plaza's board, Lite and the kiosk's attract loop all
// follow the same feed (client/stores/useSessionsStore.ts). While anyone follows it, it is fetched
// every SESSIONS_REFRESH_MS; a new follower gets the cached list at once and a fetch when that list is
// older than SESSIONS_FRESH_MS. Nobody following: no timer, no request.
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { fetchSessions } from './api.ts';

export const SESSIONS_REFRESH_MS = 60_000;
/** A cached list younger than this is shown to a new follower without fetching again. */
export const SESSIONS_FRESH_MS = 10_000;

export type SessionsResult = { ok: true; sessions: SessionSummary[] } | { ok: false };

export type SessionsFeed = {
  /** Starts following (the first follower starts the poller); returns the function that stops. */
  follow(): () => void;
  /** Fetches now (a "try again", or a panel that must show what is current); joins a read under way. */
  refresh(): void;
};

export function createSessionsFeed(
  publish: (result: SessionsResult) => void,
  read: (signal: AbortSignal) => Promise<SessionSummary[]> = (signal) => fetchSessions(undefined, signal),
): SessionsFeed {
  let followers = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let inFlight: AbortController | null = null;
  let fetchedAt = Number.NEGATIVE_INFINITY;

  const refresh = () => {
    if (inFlight) return; // the read under way is as current, and will publish
    const abort = new AbortController();
    inFlight = abort;
    read(abort.signal).then(
      (sessions) => {
        if (abort.signal.aborted) return;
        inFlight = null;
        fetchedAt = Date.now();
        publish({ ok: true, sessions });
      },
      () => {
        if (abort.signal.aborted) return;
        inFlight = null;
        publish({ ok: false });
      },
    );
  };

  return {
    follow() {
      followers++;
      if (followers === 1) timer = setInterval(refresh, SESSIONS_REFRESH_MS);
      if (Date.now() - fetchedAt > SESSIONS_FRESH_MS) refresh();
      let following = true;
      return () => {
        if (!following) return;
        following = false;
        followers--;
        if (followers > 0) return;
        clearInterval(timer);
        timer = undefined;
        inFlight?.abort();
        inFlight = null;
      };
    },
    refresh,
  };
}
