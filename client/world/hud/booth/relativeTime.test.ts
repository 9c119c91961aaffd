import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

const NOW = Date.UTC(2026, 10, 27, 12);

describe('relativeTime', () => {
  it('picks the largest fitting unit, in the visitor language', () => {
    expect(relativeTime(NOW - 5 * 60_000, NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime(NOW - 3 * 3_600_000, NOW, 'id')).toBe('3 jam yang lalu');
    expect(relativeTime(NOW - 86_400_000, NOW, 'en')).toBe('yesterday');
    expect(relativeTime(NOW - 20 * 86_400_000, NOW, 'id')).toBe('20 hari yang lalu');
    expect(relativeTime(NOW - 400 * 86_400_000, NOW, 'en')).toBe('last year');
  });

  it('says "now" for the current moment', () => {
    expect(relativeTime(NOW, NOW, 'en')).toBe('now');
    expect(relativeTime(NOW, NOW, 'id')).toBe('sekarang');
  });
});
