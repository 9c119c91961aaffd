import { describe, expect, it } from 'vitest';
import { kpiLabel, kpiUnit } from './kpiNames.ts';
import { REGISTRY } from './registry.ts';

describe('KPI names in English', () => {
  it('translates every label and unit of the registry', () => {
    const kpis = REGISTRY.organisations.flatMap((o) => o.kpis);
    const untranslated = kpis.filter(
      (k) => kpiLabel(k.label, 'en') === k.label && k.label !== 'Bed occupancy rate',
    );
    expect(untranslated.map((k) => k.label)).toEqual([]);
    for (const k of kpis) expect(kpiUnit(k.unit, 'en'), k.unit).toBeTruthy();
    expect(kpiUnit('orang/hari', 'en')).toBe('people/day');
    expect(kpiLabel('Antrean saat ini', 'en')).toBe('Current queue');
  });

  it('keeps the Indonesian text in Indonesian', () => {
    expect(kpiLabel('Antrean saat ini', 'id')).toBe('Antrean saat ini');
    expect(kpiUnit('orang/hari', 'id')).toBe('orang/hari');
  });
});
