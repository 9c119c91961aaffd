import { describe, expect, it } from 'vitest';
import { isValueInRange, type KpiRuleInput, kpiRules, valueProblem } from './kpi.ts';
import { REGISTRY } from './registry.ts';

const kpi = (over: Partial<KpiRuleInput> = {}): KpiRuleInput => ({
  id: 'contoh',
  label: 'Layanan contoh',
  unit: 'layanan/hari',
  typical: 40,
  basis: 'estimate',
  ...over,
});

const ALL = REGISTRY.organisations.flatMap((o) =>
  o.kpis.map((k) => ({ org: o.id, kpi: k, rules: kpiRules(k) })),
);
const rulesOf = (org: string, id: string) => ALL.find((e) => e.org === org && e.kpi.id === id)?.rules;
const idsWith = (direction: string) =>
  [...new Set(ALL.filter((e) => e.rules.direction === direction).map((e) => e.kpi.id))].sort();

describe('kpiRules over the whole registry', () => {
  it('gives every KPI of every organisation a rule', () => {
    const count = REGISTRY.organisations.reduce((n, o) => n + o.kpis.length, 0);
    expect(ALL.length).toBe(count);
    expect(ALL.length).toBeGreaterThan(150);
    for (const { rules } of ALL) {
      expect(['higher', 'lower', 'neutral']).toContain(rules.direction);
      expect(rules.min).toBeLessThan(rules.max);
    }
  });

  it('knows the direction of well-known KPIs', () => {
    expect(rulesOf('dinkes', 'prevalensi-stunting')?.direction).toBe('lower');
    expect(rulesOf('dinkes', 'kasus-dbd')?.direction).toBe('lower');
    expect(rulesOf('setda', 'serapan-apbd')?.direction).toBe('higher');
    expect(rulesOf('kec-mariso', 'luas')?.direction).toBe('neutral');
    expect(rulesOf('disdukcapil', 'jumlah-kk')?.direction).toBe('neutral');
    expect(rulesOf('disperkim', 'rtlh-diperbaiki')?.direction).toBe('higher');
    expect(rulesOf('damkar', 'penyelamatan')?.direction).toBe('higher');
    expect(rulesOf('dp3a', 'shelter-warga')?.direction).toBe('higher');
    expect(rulesOf('disdag', 'pasar-dipantau')?.direction).toBe('higher');
  });

  it('classifies exactly these KPIs as lower-is-better', () => {
    expect(idsWith('lower')).toEqual([
      ...['aduan-drainase', 'aduan-lontara', 'aduan-pju', 'aduan-whistleblower', 'antrean'],
      ...['bidang-belum-sertifikat', 'inflasi-yoy', 'ispu-karebosi', 'kasus-dbd', 'kasus-kekerasan'],
      ...['kasus-stunting', 'kawasan-kumuh', 'kebakaran', 'kemiskinan', 'nrw', 'pengungsi-banjir'],
      ...[
        'posko-pengungsian',
        'prevalensi-stunting',
        'sampah-tpa',
        'tinggi-genangan',
        'tpt',
        'waktu-tanggap',
      ],
    ]);
  });

  it('classifies exactly these KPIs as neutral (descriptive, not graded), with no target', () => {
    expect(idsWith('neutral')).toEqual([
      ...['anggaran', 'anggota-dprd', 'harga-beras-medium', 'harga-beras-premium', 'harga-cabai-rawit'],
      ...['harga-daging-sapi', 'harga-telur', 'jumlah-asn', 'jumlah-kk', 'kecamatan', 'kelembapan'],
      ...['kelurahan', 'luas', 'pagu', 'pagu-belanja-apbd', 'rt', 'rw', 'suhu-udara', 'target-pendapatan'],
      ...['tutupan-awan'],
    ]);
    for (const { rules } of ALL.filter((e) => e.rules.direction === 'neutral'))
      expect(rules.target).toBeNull();
  });

  it('uses the typical seed as the provisional target of graded KPIs', () => {
    for (const { kpi: k, rules } of ALL.filter((e) => e.rules.direction !== 'neutral')) {
      expect(rules.target).toBe(k.typical);
    }
  });

  it('accepts every typical value within its own range', () => {
    const outside = ALL.filter((e) => !isValueInRange(e.rules, e.kpi.typical)).map((e) => e.kpi.id);
    expect(outside).toEqual([]);
  });
});

describe('kpiRules ranges', () => {
  it('bounds percentages to [0, 100] and percentages of a target to [0, 200]', () => {
    expect(kpiRules(kpi({ unit: '%' }))).toMatchObject({ min: 0, max: 100 });
    expect(kpiRules(kpi({ unit: '% luas kota' }))).toMatchObject({ min: 0, max: 100 });
    expect(kpiRules(kpi({ unit: '% target' }))).toMatchObject({ min: 0, max: 200 });
    expect(kpiRules(kpi({ label: 'Suhu udara', unit: '°C' }))).toMatchObject({ min: -10, max: 50 });
    expect(kpiRules(kpi({ label: 'Kelembapan udara', unit: '%' }))).toMatchObject({ direction: 'neutral' });
    expect(rulesOf('pd-bpr', 'capaian-setoran')).toMatchObject({ min: 0, max: 200 });
  });

  it('lets rates of change be negative', () => {
    expect(rulesOf('bappeda', 'pertumbuhan-ekonomi')).toMatchObject({ min: -100, max: 100 });
    expect(rulesOf('disdag', 'inflasi-yoy')).toMatchObject({ direction: 'lower', min: -100, max: 100 });
  });

  it('bounds indices to [0, 100]', () => {
    expect(rulesOf('bappeda', 'ipm')).toMatchObject({ direction: 'higher', min: 0, max: 100 });
    expect(rulesOf('bag-organisasi', 'ikm')).toMatchObject({ min: 0, max: 100 });
  });

  it('bounds counts to 50 × typical, at least 1000', () => {
    expect(kpiRules(kpi({ typical: 10 }))).toMatchObject({ min: 0, max: 1000 });
    expect(kpiRules(kpi({ typical: 3500 }))).toMatchObject({ min: 0, max: 175000 });
  });
});

describe('kpiRules overrides and rejection', () => {
  it('lets explicit fields override every derived default', () => {
    const rules = kpiRules(kpi({ label: 'Kasus DBD', direction: 'higher', target: 7, min: 1, max: 9 }));
    expect(rules).toEqual({ direction: 'higher', target: 7, min: 1, max: 9, integer: true });
    expect(kpiRules(kpi({ integer: false })).integer).toBe(false);
    expect(kpiRules(kpi({ label: 'Jumlah KK', direction: 'lower' }))).toMatchObject({ target: 40 });
    expect(kpiRules(kpi({ target: null })).target).toBeNull();
    expect(kpiRules(kpi({ direction: 'neutral' })).target).toBeNull();
  });

  it('rejects an override whose min is above its max', () => {
    expect(() => kpiRules(kpi({ min: 10, max: 5 }))).toThrow(RangeError);
  });

  it('treats durations as lower-is-better', () => {
    expect(kpiRules(kpi({ label: 'Lama proses izin', unit: 'hari' })).direction).toBe('lower');
    expect(kpiRules(kpi({ label: 'Izin diterbitkan', unit: 'izin/hari' })).direction).toBe('higher');
  });

  it('rejects values outside the range and non-finite values', () => {
    const rules = kpiRules(kpi({ unit: '%' }));
    expect(isValueInRange(rules, 0)).toBe(true);
    expect(isValueInRange(rules, 100)).toBe(true);
    expect(isValueInRange(rules, 100.1)).toBe(false);
    expect(isValueInRange(rules, -1)).toBe(false);
    expect(isValueInRange(rules, Number.NaN)).toBe(false);
    expect(isValueInRange(rules, Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('whole numbers: the unit decides', () => {
  it('counts people and things in whole numbers, measures in decimals', () => {
    expect(rulesOf('disdukcapil', 'antrean')?.integer).toBe(true);
    expect(rulesOf('dinkes', 'puskesmas')?.integer).toBe(true);
    expect(rulesOf('dinkes', 'kasus-dbd')?.integer).toBe(true);
    expect(rulesOf('setda', 'serapan-apbd')?.integer).toBe(false);
    expect(rulesOf('setda', 'pagu-belanja-apbd')?.integer).toBe(false);
    expect(rulesOf('dlh', 'sampah-tpa')?.integer).toBe(false);
    expect(rulesOf('damkar', 'waktu-tanggap')?.integer).toBe(false);
    expect(rulesOf('kec-mariso', 'luas')?.integer).toBe(false);
  });

  it('names the problem: out of range before fraction of a count', () => {
    const queue = kpiRules(kpi({ label: 'Antrean saat ini', unit: 'orang', typical: 30 }));
    expect(valueProblem(queue, 42)).toBeNull();
    expect(valueProblem(queue, 42.5)).toMatch(/42\.5 must be a whole number/);
    expect(valueProblem(queue, -1)).toMatch(/outside/);
    expect(valueProblem(kpiRules(kpi({ unit: '%' })), 42.5)).toBeNull();
  });
});
