// The REST reads of the world (client only): an organisation's detail, a KPI's history, the rapor.
// Same origin as the page in production; the game server's port in dev (like cityConnection.ts).
import type { HistoryResponse, OpdDetail, Rapor, RaporPeriod } from '../../shared/apiTypes.ts';

function apiBase(): string {
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
