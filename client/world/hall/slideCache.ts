// Slide pages for the hall's screen as textures (client only). The last SLIDE_CACHE_PAGES pages stay
// loaded, so flipping back is instant, and the screen asks for the next page ahead of time, so
// flipping forward usually is too. Evicted and cleared pages are disposed; clearSlides() when the
// hall is left. A page that failed to load is forgotten, so showing it again retries.
import { SRGBColorSpace, Texture } from 'three';
import { loadDeckPage } from '../../net/hallMedia.ts';

const SLIDE_CACHE_PAGES = 6;

export type SlidePage = {
  state: 'loading' | 'shown' | 'failed';
  texture: Texture | null;
  /** Width / height of the page image (1 until loaded). */
  aspect: number;
};
type Entry = SlidePage & { abort: AbortController; waiters: Set<() => void> };

const cache = new Map<string, Entry>();

function settle(key: string, e: Entry): void {
  if (e.state === 'failed') cache.delete(key);
  for (const w of e.waiters) w();
  e.waiters.clear();
}

/** Page `page` of a deck, loading it if needed; `onReady` is called once when it settles. Returns
 * the page and the function that stops waiting. */
export function slidePage(
  sessionId: string,
  deckId: string,
  page: number,
  onReady?: () => void,
): { page: SlidePage; stop: () => void } {
  const key = `${sessionId}/${deckId}/${page}`;
  let e = cache.get(key);
  if (e)
    cache.delete(key); // re-inserted below: most recently used last
  else {
    const entry: Entry = {
      state: 'loading',
      texture: null,
      aspect: 1,
      abort: new AbortController(),
      waiters: new Set(),
    };
    e = entry;
    loadDeckPage(sessionId, deckId, page, entry.abort.signal).then(
      (img) => {
        if (entry.abort.signal.aborted) return;
        const texture = new Texture(img);
        texture.colorSpace = SRGBColorSpace;
        texture.anisotropy = 4;
        texture.needsUpdate = true;
        Object.assign(entry, {
          state: 'shown',
          texture,
          aspect: img.naturalWidth / Math.max(1, img.naturalHeight),
        });
        settle(key, entry);
      },
      () => {
        if (entry.abort.signal.aborted) return;
        entry.state = 'failed';
        settle(key, entry);
      },
    );
  }
  cache.set(key, e);
  for (const [old, stale] of cache) {
    if (cache.size <= SLIDE_CACHE_PAGES) break;
    cache.delete(old);
    forget(stale);
  }
  const waiting = e;
  if (onReady && waiting.state === 'loading') waiting.waiters.add(onReady);
  return { page: waiting, stop: () => onReady && waiting.waiters.delete(onReady) };
}

function forget(e: Entry): void {
  e.abort.abort();
  e.texture?.dispose();
  e.waiters.clear();
}

/** Disposes every kept page (the hall is left). */
export function clearSlides(): void {
  for (const e of cache.values()) forget(e);
  cache.clear();
}
