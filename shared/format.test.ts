import { describe, expect, it } from 'vitest';
import { formatClock, formatFixed, formatNumber, formatShare, formatShortDate } from './format.ts';

describe('formatNumber', () => {
  it('uses Indonesian separators by default and English ones in English', () => {
    expect(formatNumber(97.8)).toBe('97,8');
    expect(formatNumber(4000)).toBe('4.000');
    expect(formatNumber(1234567.4)).toBe('1.234.567');
    expect(formatNumber(2.431)).toBe('2,43');
    expect(formatNumber(97.8, 'en')).toBe('97.8');
    expect(formatNumber(4000, 'en')).toBe('4,000');
  });

  it('gives rapor scores one fixed decimal and shares whole percentages', () => {
    expect(formatFixed(88.4, 1)).toBe('88,4');
    expect(formatFixed(90, 1)).toBe('90,0');
    expect(formatFixed(88.4, 1, 'en')).toBe('88.4');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.333, 'en')).toBe('33%');
  });
});

describe('dates and clock times', () => {
  it('writes WITA calendar days as short dates', () => {
    // 2 Dec 2026 17:00 UTC is already 3 Dec 01:00 in Makassar.
    expect(formatShortDate(Date.UTC(2026, 11, 2, 17))).toBe('3 Des');
    expect(formatShortDate(Date.UTC(2026, 10, 3, 2))).toBe('3 Nov');
    expect(formatShortDate(Date.UTC(2026, 4, 9, 2), 'en')).toBe('9 May');
    expect(formatShortDate(Date.UTC(2026, 4, 9, 2), 'id')).toBe('9 Mei');
  });

  it('writes 24-hour times: "06.29" in Indonesian, "06:29" in English, never AM/PM', () => {
    const at = Date.UTC(2026, 11, 3, 6, 29);
    expect(formatClock(at, 'id', 'UTC')).toBe('06.29');
    expect(formatClock(at, 'en', 'UTC')).toBe('06:29');
    expect(formatClock(Date.UTC(2026, 11, 3, 22, 5), 'id', 'Asia/Makassar')).toBe('06.05');
    expect(formatClock(Date.UTC(2026, 11, 3, 18, 0), 'id', 'UTC')).toBe('18.00');
  });
});
