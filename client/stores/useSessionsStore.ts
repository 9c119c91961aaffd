// The public sessions list, one cached copy for the whole page (client only), fed by the one poller
// of client/net/sessionsFeed.ts while some part shows it. `sessions` is the last list read (null
// before the first answer); `failed` says the latest read failed (the last list stays shown).
// Components follow it with useSessions(), which starts and stops the poller with them.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { createSessionsFeed } from '../net/sessionsFeed.ts';

type Sessions = {
  sessions: SessionSummary[] | null;
  failed: boolean;
  /** Follows the feed (polled while followed); returns the function that stops following. */
  follow: () => () => void;
  /** Reads the list again now. */
  refresh: () => void;
};

const feed = createSessionsFeed((result) =>
  useSessionsStore.setState(result.ok ? { sessions: result.sessions, failed: false } : { failed: true }),
);

export const useSessionsStore = create<Sessions>()(() => ({
  sessions: null,
  failed: false,
  follow: () => feed.follow(),
  refresh: () => feed.refresh(),
}));

/** The sessions list while the calling component is shown (it follows the feed meanwhile). */
export function useSessions(): { sessions: SessionSummary[] | null; failed: boolean } {
  useEffect(() => useSessionsStore.getState().follow(), []);
  const sessions = useSessionsStore((s) => s.sessions);
  const failed = useSessionsStore((s) => s.failed);
  return { sessions, failed };
}
