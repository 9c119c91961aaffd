import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { createRetrySchedule, REJOIN_MAX_MS, rejoinDelayMs } from './rejoin.ts';

describe('rejoinDelayMs', () => {
  it('backs off from one second, doubling, and keeps trying at the cap', () => {
    expect([0, 1, 2, 3].map(rejoinDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(rejoinDelayMs(4)).toBe(REJOIN_MAX_MS);
    expect(rejoinDelayMs(500)).toBe(REJOIN_MAX_MS);
    expect(rejoinDelayMs(-1)).toBe(1000);
  });
});

describe('createRetrySchedule', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('plans each attempt later than the last, publishes when, and starts over once connected', () => {
    const retry = createRetrySchedule();
    const attempt = vi.fn();
    retry.later(attempt);
    expect(useConnectionStore.getState().retryAt).toBe(1_001_000);
    vi.advanceTimersByTime(999);
    expect(attempt).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(useConnectionStore.getState().retryAt).toBeNull();
    retry.later(attempt);
    expect(useConnectionStore.getState().retryAt).toBe(Date.now() + 2000);
    retry.succeeded();
    expect(useConnectionStore.getState().retryAt).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(attempt).toHaveBeenCalledTimes(1); // a success forgets the planned attempt
    retry.later(attempt);
    expect(useConnectionStore.getState().retryAt).toBe(Date.now() + 1000);
  });

  it('runs the planned attempt at once on request, and only once', () => {
    const retry = createRetrySchedule();
    const attempt = vi.fn();
    expect(retry.now()).toBe(false);
    retry.later(attempt);
    expect(retry.now()).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(attempt).toHaveBeenCalledTimes(1);
    retry.later(attempt);
    retry.cancel();
    vi.advanceTimersByTime(60_000);
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
