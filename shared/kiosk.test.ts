import { describe, expect, it } from 'vitest';
import {
  KIOSK_OFFLINE_AFTER_MS,
  kioskOnline,
  kioskVisitorName,
  parseKioskReport,
  parseKioskSettings,
} from './kiosk.ts';
import { cleanName } from './text.ts';

const ORGS = new Set(['disdukcapil', 'dinkes']);
const good = {
  name: ' Kios  Losari ',
  location: 'Anjungan Losari',
  language: 'id',
  idleSeconds: 90,
  start: 'plaza',
};

describe('parseKioskSettings', () => {
  it('accepts good settings, tidied', () => {
    expect(parseKioskSettings(good, ORGS)).toEqual({
      ok: true,
      value: {
        name: 'Kios Losari',
        location: 'Anjungan Losari',
        language: 'id',
        idleSeconds: 90,
        start: 'plaza',
      },
    });
    const atBooth = parseKioskSettings({ ...good, start: { booth: 'dinkes' } }, ORGS);
    expect(atBooth.ok && atBooth.value.start).toEqual({ booth: 'dinkes' });
  });

  it.each([
    [null, 'body'],
    [[], 'body'],
    [{ ...good, name: '' }, 'name'],
    [{ ...good, name: 'x'.repeat(61) }, 'name'],
    [{ ...good, name: 'a\u0000b' }, 'name'],
    [{ ...good, location: 3 }, 'location'],
    [{ ...good, language: 'fr' }, 'language'],
    [{ ...good, idleSeconds: 29 }, 'idleSeconds'],
    [{ ...good, idleSeconds: 3601 }, 'idleSeconds'],
    [{ ...good, idleSeconds: 90.5 }, 'idleSeconds'],
    [{ ...good, idleSeconds: '90' }, 'idleSeconds'],
    [{ ...good, start: { booth: 'nowhere' } }, 'start'],
    [{ ...good, start: 'hall' }, 'start'],
  ])('refuses %j (field %s)', (body, field) => {
    expect(parseKioskSettings(body, ORGS)).toEqual({ ok: false, field });
  });
});

describe('parseKioskReport', () => {
  const report = { version: '0.1.0', ready: true, connection: 'connected', visiting: false };
  it('accepts a report and refuses a bad one', () => {
    expect(parseKioskReport(report)).toEqual({ ok: true, value: report });
    expect(parseKioskReport({ ...report, connection: 'on' })).toEqual({ ok: false, field: 'connection' });
    expect(parseKioskReport({ ...report, version: 'v'.repeat(41) })).toEqual({ ok: false, field: 'version' });
    expect(parseKioskReport({ ...report, ready: 'yes' })).toEqual({ ok: false, field: 'ready' });
    expect(parseKioskReport('x')).toEqual({ ok: false, field: 'body' });
  });
});

describe('kioskOnline', () => {
  it('is online until the heartbeat is overdue', () => {
    expect(kioskOnline(null, 1000)).toBe(false);
    expect(kioskOnline(1000, 1000 + KIOSK_OFFLINE_AFTER_MS)).toBe(true);
    expect(kioskOnline(1000, 1001 + KIOSK_OFFLINE_AFTER_MS)).toBe(false);
  });
});

describe('kioskVisitorName', () => {
  it('names visitors after places of Makassar, always a valid city name', () => {
    expect(kioskVisitorName(0, 0.11)).toBe('Tamu Losari 11');
    for (const a of [0, 0.2, 0.5, 0.99, 0.999999, 1, -1])
      for (const b of [0, 0.5, 0.999999, 1, -1]) {
        const name = kioskVisitorName(a, b);
        expect(name).toMatch(/^Tamu [A-Za-z -]+ \d{1,2}$/);
        expect(cleanName(name)).toEqual({ ok: true, name });
      }
  });
});
