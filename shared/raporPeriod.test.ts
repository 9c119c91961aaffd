import { describe, expect, it } from 'vitest';
import { currentRaporKey, keyWindow, parseRaporKey, raporKey } from './raporPeriod.ts';

/** 10:20 WITA on 12 June 2026. */
const NOW = Date.UTC(2026, 5, 12, 2, 20);

describe('rapor keys', () => {
  it('names a WITA month or year and parses back to the same period', () => {
    const june = parseRaporKey('2026-06');
    expect(june).toEqual({
      period: 'month',
      fromMs: Date.UTC(2026, 4, 31, 16),
      toMs: Date.UTC(2026, 5, 30, 16),
    });
    expect(raporKey('month', june?.fromMs ?? 0)).toBe('2026-06');
    expect(raporKey('year', parseRaporKey('2026')?.fromMs ?? 0)).toBe('2026');
    expect(currentRaporKey('month', NOW)).toBe('2026-06');
    // 00:30 WITA on 1 July: the first hour still shows June.
    expect(currentRaporKey('month', Date.UTC(2026, 5, 30, 16, 30))).toBe('2026-06');
  });

  it('refuses malformed keys', () => {
    for (const bad of ['2026-13', '2026-00', '26-06', '2026-6', '1999', '2026-06-01', '', 'month'])
      expect(parseRaporKey(bad)).toBeNull();
  });
});

describe('keyWindow', () => {
  it('covers the current period up to the last refresh, a past one in full, a future one not at all', () => {
    expect(keyWindow('2026-06', NOW)).toMatchObject({ state: 'current', dataToMs: Date.UTC(2026, 5, 12, 2) });
    const may = keyWindow('2026-05', NOW);
    expect(may).toMatchObject({ state: 'past', dataToMs: Date.UTC(2026, 4, 31, 16) });
    expect(may?.generatedAt).toBe(may?.toMs);
    expect(keyWindow('2026-07', NOW)?.state).toBe('future');
    expect(keyWindow('nope', NOW)).toBeNull();
  });
});
