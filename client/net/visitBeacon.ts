// Visit events for the city's analytics (client only, issue 12): booth panel opens, time spent,
// hand-offs to an organisation's channel, searches with no result. Batched and sent to
// POST /api/analytics/events a few seconds later, or at once when the page is hidden. The visitor
// token is random, made here and kept in this browser; the server stores only a digest of it salted
// for the day, and forgets that at day end. Nothing else about the visitor is sent.
import {
  MAX_DWELL_S,
  MAX_EVENTS_PER_REPORT,
  MAX_MISS_QUERY_CHARS,
  type VisitEvent,
} from '../../shared/services/analytics.ts';
import type { HandoffChannel } from '../../shared/services/service.ts';
import { apiBase } from './api.ts';

const TOKEN_KEY = 'makaverse.visitor';
const FLUSH_AFTER_MS = 3000;

let queue: VisitEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let token: string | undefined;

function visitorToken(): string {
  if (token) return token;
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const fresh = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
  try {
    token = localStorage.getItem(TOKEN_KEY) ?? fresh;
    localStorage.setItem(TOKEN_KEY, token);
  } catch {
    token = fresh;
  }
  return token;
}

/** Sends what is queued; `leaving` uses sendBeacon, which outlives the page. */
function flush(leaving = false): void {
  clearTimeout(timer);
  timer = undefined;
  while (queue.length > 0) {
    const events = queue.slice(0, MAX_EVENTS_PER_REPORT);
    queue = queue.slice(MAX_EVENTS_PER_REPORT);
    const body = JSON.stringify({ visitor: visitorToken(), events });
    const url = `${apiBase()}/analytics/events`;
    if (leaving && navigator.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) continue;
    fetch(url, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body,
    }).catch(() => {
      // Analytics never get in a visitor's way: a lost report is lost.
    });
  }
}

function enqueue(event: VisitEvent): void {
  queue.push(event);
  if (queue.length >= MAX_EVENTS_PER_REPORT) flush();
  else timer ??= setTimeout(flush, FLUSH_AFTER_MS);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => flush(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush(true);
  });
}

export const visitBeacon = {
  boothOpened: (opd: string) => enqueue({ type: 'open', opd }),
  /** Time the booth panel was open; under a second is not sent. */
  boothClosed: (opd: string, openMs: number) => {
    const seconds = Math.min(MAX_DWELL_S, Math.round(openMs / 1000));
    if (seconds >= 1) enqueue({ type: 'dwell', opd, seconds });
  },
  handedOff: (opd: string, channel: HandoffChannel) => {
    enqueue({ type: 'handoff', opd, channel });
    // The resident may now leave the page: send at once.
    flush(true);
  },
  searchFoundNothing: (query: string) => {
    const trimmed = query.trim().slice(0, MAX_MISS_QUERY_CHARS);
    if (trimmed.length >= 2) enqueue({ type: 'search-miss', query: trimmed });
  },
  /** Sends what is queued now (tests, and before the lobby is left). */
  flush: () => flush(),
};
