// What Lite's home page shows of the public sessions (client only, pure): every live one, then the
// next upcoming ones by start time. Past sessions are left to the sessions page.
import type { SessionSummary } from '../../shared/session/schedule.ts';

/** Upcoming sessions shown on the home page besides the live ones. */
export const NEXT_SESSIONS_SHOWN = 3;

export function sessionsNowAndNext(
  sessions: readonly SessionSummary[],
  nextShown = NEXT_SESSIONS_SHOWN,
): { now: SessionSummary[]; next: SessionSummary[] } {
  const byStart = (a: SessionSummary, b: SessionSummary) =>
    a.startsAt - b.startsAt || a.id.localeCompare(b.id);
  return {
    now: sessions.filter((s) => s.when === 'live').sort(byStart),
    next: sessions
      .filter((s) => s.when === 'upcoming')
      .sort(byStart)
      .slice(0, Math.max(0, nextShown)),
  };
}
