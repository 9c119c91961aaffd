// The REST reads of the world (client only): an organisation's detail, a KPI's history, the rapor,
// public sessions. Zod-free and small: the lobby uses it too.
// Same origin as the page in production; the game server's port in dev (like connectPlace.ts).
import type { HistoryResponse, OpdDetail, Rapor, RaporPeriod } from '../../shared/apiTypes.ts';
import type { SessionSummary, SessionWhen } from '../../shared/session/schedule.ts';

export function apiBase(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  if (configured) return `${configured}/api`;
  return import.meta.env.DEV ? `${location.protocol}//${location.hostname}:2567/api` : '/api';
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`${apiBase()}${path}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export function fetchOpd(id: string, signal?: AbortSignal): Promise<OpdDetail> {
  return getJson(`/opds/${encodeURIComponent(id)}`, signal);
}

/** Buckets of one KPI's history over [fromMs, toMs). */
export function fetchHistory(
  id: string,
  kpi: string,
  q: { fromMs: number; toMs: number; bucketMs: number },
  signal?: AbortSignal,
): Promise<HistoryResponse> {
  const query = new URLSearchParams({
    from: String(q.fromMs),
    to: String(q.toMs),
    bucket: String(q.bucketMs),
  });
  return getJson(`/opds/${encodeURIComponent(id)}/metrics/${encodeURIComponent(kpi)}?${query}`, signal);
}

export function fetchRapor(period: RaporPeriod, signal?: AbortSignal): Promise<Rapor> {
  return getJson(`/rapor?period=${period}`, signal);
}

/** Public sessions (live first, then upcoming, then past), optionally only one kind. */
export function fetchSessions(when?: SessionWhen, signal?: AbortSignal): Promise<SessionSummary[]> {
  return getJson(when ? `/sessions?when=${when}` : '/sessions', signal);
}

/** One session; invite-only sessions need their invite code. Rejects on 404. */
export function fetchSession(id: string, invite?: string, signal?: AbortSignal): Promise<SessionSummary> {
  const query = invite ? `?invite=${encodeURIComponent(invite)}` : '';
  return getJson(`/sessions/${encodeURIComponent(id)}${query}`, signal);
}

/** How many visitors are in the city now, across shards (the server's health report). */
export async function fetchCityVisitors(signal?: AbortSignal): Promise<number> {
  return (await getJson<{ visitors: number }>('/health', signal)).visitors;
}
