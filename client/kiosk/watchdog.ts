// A kiosk's watchdog (client only): reloads the page when the world has not been ready for too long
// (a lost WebGL context, a load that never finished) or when the JS heap keeps growing (a leak over a
// day of visitors). The verdict is a pure function of the samples, tested beside it; the runner
// samples and reloads, and never in the middle of a visit for memory.

/** The world may take this long to become ready (first frame) before the page is reloaded. */
export const NOT_READY_RELOAD_MS = 3 * 60_000;
export const WATCHDOG_EVERY_MS = 15_000;
/** Heap samples kept (one per WATCHDOG_EVERY_MS: 30 min). */
const HEAP_SAMPLES = 120;
/** A heap this much above its lowest sample, and above HEAP_FLOOR_BYTES, counts as a leak. */
const HEAP_GROWTH = 2.5;
const HEAP_FLOOR_BYTES = 400 * 1024 * 1024;

export type WatchdogState = {
  /** When the world was last seen ready (or the watch started), epoch ms. */
  readySince: number;
  /** Used JS heap samples, bytes, oldest first. */
  heap: number[];
};

export type Sample = { nowMs: number; ready: boolean; heapBytes: number | null; visiting: boolean };

/** Folds one sample in; says whether to reload now and why. */
export function watch(
  state: WatchdogState,
  s: Sample,
): { state: WatchdogState; reload: 'not-ready' | 'memory' | null } {
  const readySince = s.ready ? s.nowMs : state.readySince;
  const heap = s.heapBytes === null ? state.heap : [...state.heap, s.heapBytes].slice(-HEAP_SAMPLES);
  const next = { readySince, heap };
  if (!s.ready && s.nowMs - state.readySince > NOT_READY_RELOAD_MS)
    return { state: next, reload: 'not-ready' };
  const lowest = Math.min(...heap);
  const latest = heap.at(-1) ?? 0;
  if (!s.visiting && heap.length >= 4 && latest > HEAP_FLOOR_BYTES && latest > lowest * HEAP_GROWTH)
    return { state: next, reload: 'memory' };
  return { state: next, reload: null };
}

/** Chromium's non-standard heap size, when available. */
function heapBytes(): number | null {
  const memory = (performance as { memory?: { usedJSHeapSize?: number } }).memory;
  return typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize : null;
}

/** Samples every WATCHDOG_EVERY_MS and calls `reload` on a verdict; returns the function that stops it. */
export function startWatchdog(
  probe: () => { ready: boolean; visiting: boolean },
  reload: (why: string) => void,
): () => void {
  let state: WatchdogState = { readySince: Date.now(), heap: [] };
  const timer = setInterval(() => {
    const result = watch(state, { nowMs: Date.now(), heapBytes: heapBytes(), ...probe() });
    state = result.state;
    if (result.reload) reload(result.reload);
  }, WATCHDOG_EVERY_MS);
  return () => clearInterval(timer);
}
