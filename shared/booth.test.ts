import { describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES, headlineFigures, liveHeadlineFigures, seedFigures } from './booth.ts';
import { formatNumber } from './format.ts';
import { findOrganisation, type Organisation, REGISTRY } from './registry.ts';

const kpi = (id: string, typical: number) => ({
  id,
  label: `Label ${id}`,
  unit: 'unit',
  typical,
  basis: 'estimate',
});

const org = (kpiCount: number): Organisation => ({
  id: 'contoh',
  name: 'Organisasi Contoh',
  abbreviation: 'Contoh',
  category: 'penunjang',
  kpis: Array.from({ length: kpiCount }, (_, i) => kpi(`k${i}`, i * 10)),
});

describe('seedFigures', () => {
  it('shows every KPI at its typical value, in registry order, flagged as simulated', () => {
    const setda = findOrganisation(REGISTRY, 'setda');
    expect(setda).toBeDefined();
    if (!setda) return;
    const figures = seedFigures(setda);
    expect(figures.map((f) => f.kpi)).toEqual(setda.kpis.map((k) => k.id));
    figures.forEach((f, i) => {
      const k = setda.kpis[i];
      expect(f).toEqual({ kpi: k?.id, label: k?.label, value: k?.typical, unit: k?.unit, simulated: true });
    });
  });

  it('flags every seed figure of every organisation as simulated', () => {
    const all = REGISTRY.organisations.flatMap(seedFigures);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((f) => f.simulated)).toBe(true);
  });

  it('gives no figures for an organisation without KPIs', () => {
    expect(seedFigures(org(0))).toEqual([]);
  });
});

describe('headlineFigures', () => {
  it.each([0, 1, 2, 3, 4, 10])('shows at most three of %i KPIs, the first ones', (n) => {
    const o = org(n);
    const headline = headlineFigures(o);
    expect(headline).toHaveLength(Math.min(n, HEADLINE_FIGURES));
    expect(headline).toEqual(seedFigures(o).slice(0, HEADLINE_FIGURES));
  });

  it('never shows more than three for any registered organisation', () => {
    expect(HEADLINE_FIGURES).toBe(3);
    for (const o of REGISTRY.organisations) {
      expect(headlineFigures(o).length, o.id).toBeLessThanOrEqual(3);
    }
  });
});

describe('formatNumber (shared/format.ts) on booth figures', () => {
  it('uses a dot between thousands and a comma before decimals', () => {
    expect(formatNumber(4000)).toBe('4.000');
    expect(formatNumber(67.4)).toBe('67,4');
    expect(formatNumber(5060)).toBe('5.060');
    expect(formatNumber(1_234_567)).toBe('1.234.567');
  });

  it('shows fewer decimals the larger the value', () => {
    expect(formatNumber(7.25831)).toBe('7,26');
    expect(formatNumber(12.345)).toBe('12,3');
    expect(formatNumber(123.456)).toBe('123');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(0)).toBe('0');
  });

  it('drops trailing zeros and formats negative values alike', () => {
    expect(formatNumber(70)).toBe('70');
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatNumber(-1500)).toBe('-1.500');
    expect(formatNumber(-67.4)).toBe('-67,4');
  });

  it('formats every seed value of the registry with Indonesian separators only', () => {
    for (const f of REGISTRY.organisations.flatMap(seedFigures)) {
      const text = formatNumber(f.value);
      expect(text, `${f.kpi} ${f.value}`).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
    }
  });
});

describe('liveHeadlineFigures', () => {
  it('uses the live value where there is one and the seed elsewhere', () => {
    const o = org(5);
    const figures = liveHeadlineFigures(o, {
      k1: { value: 7.5, simulated: false },
      k4: { value: 99, simulated: false },
    });
    expect(figures.map((f) => [f.kpi, f.value, f.simulated])).toEqual([
      ['k0', 0, true],
      ['k1', 7.5, false],
      ['k2', 20, true],
    ]);
  });

  it('keeps a simulated live value marked simulated, and falls back to the seeds without data', () => {
    const o = org(3);
    expect(liveHeadlineFigures(o, { k0: { value: 3, simulated: true } })[0]).toMatchObject({
      value: 3,
      simulated: true,
    });
    expect(liveHeadlineFigures(o, undefined)).toEqual(headlineFigures(o));
  });
});
