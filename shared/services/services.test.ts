import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../registry.ts';
import { growthPct, parseVisitReport, witaDay, witaDays } from './analytics.ts';
import { SEED_SERVICES, seedServicesOf } from './seed.ts';
import { channelHref, EMPTY_SERVICE, parseServiceInput } from './service.ts';
import { type ServiceEntry, searchServices } from './serviceSearch.ts';

// In the order GET /api/services gives it: by organisation id (kecamatan such as "biringkanaya"
// before "disdukcapil").
const CATALOGUE: ServiceEntry[] = Object.entries(SEED_SERVICES)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .flatMap(([opdId, list]) => list.map((service) => ({ opdId, service })));
const first = (q: string) => {
  const hit = searchServices(CATALOGUE, q)[0];
  return hit && `${hit.opdId}: ${hit.service.name}`;
};

describe('searchServices', () => {
  it('leads "KTP" (ID) and "birth certificate" (EN) to Disdukcapil', () => {
    expect(first('KTP')).toBe('disdukcapil: Perekaman dan pencetakan KTP-el');
    expect(first('ktp-el')).toMatch(/^disdukcapil: .*KTP-el/);
    expect(first('birth certificate')).toBe('disdukcapil: Akta kelahiran');
    expect(first('akta kelahiran')).toBe('disdukcapil: Akta kelahiran');
    expect(first('Akte Kelahiran')).toBe('disdukcapil: Akta kelahiran');
  });

  it('finds the services residents ask for', () => {
    expect(first('izin usaha')).toMatch(/^dpmptsp: /);
    expect(first('sekolah')).toMatch(/^disdik: /);
    expect(first('school')).toMatch(/^disdik: /);
    expect(first('BPJS')).toMatch(/^(dinkes|dinsos|rsud-daya): /);
    expect(searchServices(CATALOGUE, 'bpjs').map((e) => e.opdId)).toContain('dinsos');
    expect(first('air mati')).toMatch(/^pdam: /);
  });

  it('finds nothing for nonsense or an empty query, and caps the list', () => {
    expect(searchServices(CATALOGUE, 'qwertyuiop')).toEqual([]);
    expect(searchServices(CATALOGUE, '   ')).toEqual([]);
    expect(searchServices(CATALOGUE, 'a').length).toBeLessThanOrEqual(8);
  });
});

describe('the seed', () => {
  it('belongs to known organisations, validates, and covers the main public services', () => {
    const known = new Set(REGISTRY.organisations.map((o) => o.id));
    for (const [id, list] of Object.entries(SEED_SERVICES)) {
      expect(known.has(id), id).toBe(true);
      expect(list.length, id).toBeGreaterThan(0);
      for (const s of list) expect(parseServiceInput(s), `${id} ${s.name}`).toMatchObject({ ok: true });
    }
    for (const id of ['disdukcapil', 'disdik', 'dinkes', 'dpmptsp', 'pdam', 'kec-mariso', 'bapenda'])
      expect(SEED_SERVICES[id]?.length, id).toBeGreaterThan(0);
    expect(seedServicesOf('disdukcapil').every((s) => !s.confirmed && s.id === 0)).toBe(true);
  });
});

describe('parseServiceInput', () => {
  const valid = { ...EMPTY_SERVICE, name: 'Akta kelahiran', requirements: ['KK'] };

  it('accepts a service and cleans its text', () => {
    const parsed = parseServiceInput({ ...valid, name: '  Akta\u202e  kelahiran ' });
    expect(parsed).toEqual({ ok: true, service: { ...valid, name: 'Akta kelahiran' } });
  });

  it('names the first bad field', () => {
    expect(parseServiceInput(null)).toMatchObject({ ok: false });
    expect(parseServiceInput({ ...valid, name: '' })).toEqual({ ok: false, field: 'name' });
    expect(parseServiceInput({ ...valid, extra: 1 })).toMatchObject({ ok: false });
    expect(parseServiceInput({ ...valid, online: { ...valid.online, url: 'http://x.id' } })).toEqual({
      ok: false,
      field: 'online.url',
    });
    expect(
      parseServiceInput({ ...valid, online: { ...valid.online, url: 'javascript:alert(1)' } }),
    ).toMatchObject({
      ok: false,
    });
    expect(parseServiceInput({ ...valid, online: { ...valid.online, whatsapp: '08-12' } })).toEqual({
      ok: false,
      field: 'online.whatsapp',
    });
    expect(parseServiceInput({ ...valid, requirements: Array(21).fill('x') })).toEqual({
      ok: false,
      field: 'requirements',
    });
  });

  it('builds hand-off links only for channels that are set', () => {
    const online = { url: 'https://oss.go.id', label: 'OSS', whatsapp: '+628111', phone: '(0411) 112' };
    expect(channelHref({ online }, 'url')).toBe('https://oss.go.id');
    expect(channelHref({ online }, 'whatsapp')).toBe('https://wa.me/628111');
    expect(channelHref({ online }, 'phone')).toBe('tel:0411112');
    expect(channelHref({ online: EMPTY_SERVICE.online }, 'url')).toBeNull();
  });
});

describe('visit reports', () => {
  const visitor = 'abcdefghijklmnop1234';
  it('accepts the events a browser sends and folds a missed search', () => {
    const parsed = parseVisitReport({
      visitor,
      events: [
        { type: 'open', opd: 'disdukcapil' },
        { type: 'dwell', opd: 'disdukcapil', seconds: 42 },
        { type: 'handoff', opd: 'dpmptsp', channel: 'url' },
        { type: 'search-miss', query: '  Surat IZIN Keramaian!! ' },
      ],
    });
    expect(parsed.ok && parsed.report.events[3]).toEqual({
      type: 'search-miss',
      query: 'surat izin keramaian',
    });
  });

  it('drops long digit runs (NIK, phone numbers) from a missed search', () => {
    const parsed = parseVisitReport({
      visitor,
      events: [{ type: 'search-miss', query: 'NIK 7371012345678901 hp 0812-3456-7890' }],
    });
    expect(parsed.ok && parsed.report.events[0]).toEqual({ type: 'search-miss', query: 'nik # hp # # #' });
  });

  it('refuses what is malformed, oversized or identifying', () => {
    const open = { type: 'open', opd: 'dinkes' };
    expect(parseVisitReport({ visitor: 'short', events: [open] })).toEqual({ ok: false, field: 'visitor' });
    expect(parseVisitReport({ visitor, events: [] })).toEqual({ ok: false, field: 'events' });
    expect(parseVisitReport({ visitor, events: Array(21).fill(open) })).toEqual({
      ok: false,
      field: 'events',
    });
    expect(parseVisitReport({ visitor, events: [{ ...open, ip: '1.2.3.4' }] })).toMatchObject({ ok: false });
    expect(
      parseVisitReport({ visitor, events: [{ type: 'dwell', opd: 'dinkes', seconds: 1e9 }] }),
    ).toMatchObject({
      ok: false,
    });
    expect(parseVisitReport({ visitor, events: [{ type: 'open', opd: '../x' }] })).toMatchObject({
      ok: false,
    });
    expect(parseVisitReport({ visitor, events: [{ type: 'search-miss', query: '!' }] })).toMatchObject({
      ok: false,
    });
    expect(parseVisitReport('x')).toMatchObject({ ok: false });
  });

  it('counts days in WITA and growth against a base', () => {
    expect(witaDay(Date.UTC(2026, 11, 3, 15, 59))).toBe('2026-12-03');
    expect(witaDay(Date.UTC(2026, 11, 3, 16, 0))).toBe('2026-12-04');
    expect(witaDays(Date.UTC(2026, 11, 3, 12), 3)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(growthPct(150, 100)).toBe(50);
    expect(growthPct(5, 0)).toBeNull();
  });
});
