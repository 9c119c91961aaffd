import { describe, expect, it } from 'vitest';
import { NOT_READY_RELOAD_MS, type Sample, type WatchdogState, watch } from './watchdog.ts';

const MB = 1024 * 1024;

function run(samples: Sample[]): Array<string | null> {
  let state: WatchdogState = { readySince: 0, heap: [] };
  return samples.map((s) => {
    const r = watch(state, s);
    state = r.state;
    return r.reload;
  });
}

describe('kiosk watchdog', () => {
  it('reloads once the world has not been ready for too long, not before', () => {
    const sample = (nowMs: number, ready: boolean): Sample => ({
      nowMs,
      ready,
      heapBytes: null,
      visiting: false,
    });
    expect(run([sample(1000, false), sample(NOT_READY_RELOAD_MS, false)])).toEqual([null, null]);
    expect(run([sample(1000, false), sample(NOT_READY_RELOAD_MS + 1, false)])).toEqual([null, 'not-ready']);
    // Ready in between restarts the clock.
    expect(run([sample(60_000, true), sample(NOT_READY_RELOAD_MS + 1, false)])).toEqual([null, null]);
  });

  it('reloads on a heap that keeps growing, but not during a visit, nor on a small or steady heap', () => {
    const grow = (visiting: boolean) =>
      [200, 300, 420, 520].map((mb, i): Sample => ({ nowMs: i, ready: true, heapBytes: mb * MB, visiting }));
    expect(run(grow(false)).at(-1)).toBe('memory');
    expect(run(grow(true)).at(-1)).toBeNull();
    const steady = [450, 460, 455, 470].map(
      (mb, i): Sample => ({ nowMs: i, ready: true, heapBytes: mb * MB, visiting: false }),
    );
    expect(run(steady)).toEqual([null, null, null, null]);
    const small = [50, 100, 150, 200].map(
      (mb, i): Sample => ({ nowMs: i, ready: true, heapBytes: mb * MB, visiting: false }),
    );
    expect(run(small)).toEqual([null, null, null, null]);
  });
});
