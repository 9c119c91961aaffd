import { describe, expect, it } from 'vitest';
import {
  FRAME_SAMPLES,
  FRAME_WARMUP,
  forcedTier,
  LOW_TIER_FRAME_MS,
  MIN_SAMPLES,
  PROBE_MAX_MS,
  tierFromFrameTimes,
} from './renderTier.ts';

const frames = (warmupMs: number, ms: number, n = FRAME_SAMPLES) => [
  ...Array<number>(FRAME_WARMUP).fill(warmupMs),
  ...Array<number>(n).fill(ms),
];

describe('render tier', () => {
  it('is forced by ?tier=low and ?tier=high and measured otherwise', () => {
    expect(forcedTier('?tier=low')).toBe('low');
    expect(forcedTier('?view=overview&tier=high')).toBe('high');
    expect(forcedTier('')).toBeNull();
    expect(forcedTier('?tier=phone')).toBeNull();
    expect(forcedTier('?tier=LOW')).toBeNull();
  });

  it('waits for the warm-up and enough measured frames', () => {
    expect(tierFromFrameTimes([])).toBeNull();
    expect(tierFromFrameTimes(frames(500, 16, FRAME_SAMPLES - 1))).toBeNull();
  });

  it('decides early on a very slow machine, once a few frames span the probe time', () => {
    const slow = PROBE_MAX_MS / MIN_SAMPLES + 1;
    expect(tierFromFrameTimes(frames(16, slow, MIN_SAMPLES - 1))).toBeNull();
    expect(tierFromFrameTimes(frames(16, slow, MIN_SAMPLES))).toBe('low');
    expect(tierFromFrameTimes(frames(16, 30, MIN_SAMPLES * 2))).toBeNull();
  });

  it('ignores a slow warm-up: a fast machine stays high', () => {
    expect(tierFromFrameTimes(frames(900, 16))).toBe('high');
  });

  it('chooses low when the median frame is slower than 25 fps', () => {
    expect(tierFromFrameTimes(frames(16, 250))).toBe('low');
    expect(tierFromFrameTimes(frames(16, LOW_TIER_FRAME_MS + 1))).toBe('low');
    expect(tierFromFrameTimes(frames(16, LOW_TIER_FRAME_MS))).toBe('high');
  });

  it('is decided by the median, not by a few hitches', () => {
    const t = frames(16, 16);
    for (let i = FRAME_WARMUP; i < FRAME_WARMUP + FRAME_SAMPLES / 2 - 1; i++) t[i] = 400;
    expect(tierFromFrameTimes(t)).toBe('high');
    t[FRAME_WARMUP + FRAME_SAMPLES / 2] = 400;
    t[FRAME_WARMUP + FRAME_SAMPLES / 2 + 1] = 400;
    expect(tierFromFrameTimes(t)).toBe('low');
  });

  it('ignores garbage frame times', () => {
    const t = frames(16, 100);
    t.splice(FRAME_WARMUP, 0, Number.NaN, -5, Number.POSITIVE_INFINITY);
    expect(tierFromFrameTimes(t)).toBe('low');
    expect(tierFromFrameTimes(frames(16, Number.NaN))).toBeNull();
  });
});
