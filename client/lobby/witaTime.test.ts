import { describe, expect, it } from 'vitest';
import { formatWitaSpan, msToWitaInput, witaInputToMs } from './witaTime.ts';

describe('WITA times', () => {
  it('reads a datetime-local value as UTC+8 whatever the machine zone is', () => {
    expect(witaInputToMs('2026-11-28T09:00')).toBe(Date.UTC(2026, 10, 28, 1, 0));
    // Just after midnight WITA is still the previous day in UTC.
    expect(witaInputToMs('2026-01-01T00:30')).toBe(Date.UTC(2025, 11, 31, 16, 30));
  });

  it('round-trips epoch ms through the input value', () => {
    const ms = Date.UTC(2026, 5, 1, 23, 45);
    expect(msToWitaInput(ms)).toBe('2026-06-02T07:45');
    expect(witaInputToMs(msToWitaInput(ms))).toBe(ms);
  });

  it('rejects values that are not a real date and time', () => {
    for (const bad of ['', '2026-11-28', '2026-02-31T10:00', '2026-13-01T10:00', '2026-11-28T24:00', 'x'])
      expect(witaInputToMs(bad)).toBeNull();
  });

  it('formats a span in WITA, with the end day only when it differs', () => {
    const start = Date.UTC(2026, 10, 28, 1, 0);
    const sameDay = formatWitaSpan(start, start + 2 * 3_600_000, 'id');
    expect(sameDay).toMatch(/28 Nov 2026, 09[.:]00–11[.:]00 WITA$/);
    const overnight = formatWitaSpan(start + 14 * 3_600_000, start + 17 * 3_600_000, 'en');
    expect(overnight).toMatch(/28 Nov 2026, 23:00–.*29 Nov 2026 02:00 WITA$/);
  });
});
