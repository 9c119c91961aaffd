import { describe, expect, it } from 'vitest';
import { REJOIN_MAX_MS, rejoinDelayMs } from './rejoin.ts';

describe('rejoinDelayMs', () => {
  it('backs off from one second, doubling, and keeps trying at the cap', () => {
    expect([0, 1, 2, 3, 4].map(rejoinDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(rejoinDelayMs(5)).toBe(REJOIN_MAX_MS);
    expect(rejoinDelayMs(500)).toBe(REJOIN_MAX_MS);
    expect(rejoinDelayMs(-1)).toBe(1000);
  });
});
