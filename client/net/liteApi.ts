// The reads Makaverse Lite needs besides client/net/api.ts (client only, zod-free): the number of
// visitors in the city now (GET /api/health) and the address of a slide page image (for <img>, so
// the browser loads and caches it like any picture; the deck list itself is for hosts only).
import { apiBase } from './api.ts';

/** Connected visitors across the city's shards, as /api/health counts them. */
export async function fetchVisitorCount(signal?: AbortSignal): Promise<number> {
  const res = await fetch(`${apiBase()}/health`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /health: ${res.status}`);
  const body = (await res.json()) as { visitors?: unknown };
  if (typeof body.visitors !== 'number') throw new Error('GET /health: no visitor count');
  return body.visitors;
}

/** A deck page's image address (`page` 0-based). */
export function deckPageUrl(sessionId: string, deckId: string, page: number): string {
  const path = [sessionId, 'decks', deckId, String(page)].map(encodeURIComponent).join('/');
  return `${apiBase()}/sessions/${path}`;
}
