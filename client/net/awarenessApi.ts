// The awareness tracker's calls (client only): the public trend and this visitor's one answer.
import type { AwarenessAnswer, AwarenessTrend } from '../../shared/awareness.ts';
import { apiBase } from './api.ts';

export async function fetchAwareness(signal?: AbortSignal): Promise<AwarenessTrend> {
  const res = await fetch(`${apiBase()}/awareness`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /awareness: ${res.status}`);
  return (await res.json()) as AwarenessTrend;
}

/** Sends the answer; resolves true when it is recorded or this visitor had already answered. */
export async function sendAwareness(visitorId: string, answer: AwarenessAnswer): Promise<boolean> {
  const res = await fetch(`${apiBase()}/awareness`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ visitorId, answer }),
  });
  return res.status === 201 || res.status === 409;
}
