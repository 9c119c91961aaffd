import { describe, expect, it } from 'vitest';
import { aggregateValue, kpiValues, type OpenRow, openTable } from './aggregate.ts';
import type { FormDefinition } from './form.ts';
import { sumRows, tallyRecords } from './tally.ts';
import { REGIONS } from './wilayah.ts';

const FORM: FormDefinition = {
  key: 'k',
  title: 'K',
  unit: 'keluarga',
  fields: [
    { name: 'nik', type: 'text', label: 'NIK', required: false, personal: true, check: 'nik' },
    { name: 'nama', type: 'text', label: 'Nama', required: false, personal: true },
    { name: 'anggota', type: 'integer', label: 'Anggota', required: false, personal: false },
    {
      name: 'pkh',
      type: 'select_one',
      label: 'PKH',
      required: false,
      personal: false,
      choices: [
        { value: 'ya', label: 'Ya' },
        { value: 'tidak', label: 'Tidak' },
      ],
    },
  ],
  aggregates: [
    { kpi: 'kpm-pkh', op: 'count', field: 'pkh', choice: 'ya' },
    { kpi: 'jiwa', op: 'sum', field: 'anggota' },
    { kpi: 'rata', op: 'mean', field: 'anggota' },
    { kpi: 'share', op: 'share', field: 'pkh', choice: 'ya' },
    { kpi: 'semua', op: 'count' },
  ],
};
const rec = (kelurahan: string, anggota: number, pkh: string) => ({
  kelurahan,
  answers: { nik: '7371011708900001', nama: 'X', anggota, pkh },
});

describe('aggregates', () => {
  it('counts, sums, averages and shares', () => {
    const records = [
      rec('73.71.01.1001', 4, 'ya'),
      rec('73.71.01.1001', 2, 'tidak'),
      rec('73.71.01.1002', 3, 'ya'),
    ];
    expect(kpiValues(FORM, sumRows(tallyRecords(FORM, records)))).toEqual([
      { kpi: 'kpm-pkh', value: 2 },
      { kpi: 'jiwa', value: 9 },
      { kpi: 'rata', value: 3 },
      { kpi: 'share', value: 66.67 },
      { kpi: 'semua', value: 3 },
    ]);
  });
  it('gives no mean or share of nothing', () => {
    expect(aggregateValue({ kpi: 'x', op: 'mean', field: 'anggota' }, {})).toBeNull();
    expect(kpiValues(FORM, {}).map((v) => v.kpi)).toEqual(['kpm-pkh', 'jiwa', 'semua']);
  });
});

describe('openTable', () => {
  const records = [
    ...Array.from({ length: 12 }, (_, i) => rec('73.71.01.1001', 2, i < 9 ? 'ya' : 'tidak')),
    ...Array.from({ length: 4 }, () => rec('73.71.02.1001', 5, 'ya')),
    ...Array.from({ length: 6 }, () => rec('73.71.03.1001', 1, 'ya')),
    ...Array.from({ length: 20 }, (_, i) => rec('73.71.04.1001', 3, i < 10 ? 'ya' : 'tidak')),
  ];
  const tallies = tallyRecords(FORM, records);
  it('never shows a personal field', () => {
    const rows = openTable(FORM, tallies, REGIONS, 'kecamatan');
    const columns = Object.keys(rows[0]?.values ?? {});
    expect(columns).toEqual(['anggota.sum', 'anggota.mean', 'pkh=ya', 'pkh=tidak']);
    expect(JSON.stringify(rows)).not.toContain('7371011708900001');
    expect(tallies.some((t) => t.metric.includes('nik') || t.metric.includes('nama'))).toBe(false);
  });
  it('hides regions and choice counts under 5 records, and their complements', () => {
    const kec = openTable(FORM, tallies, REGIONS, 'kecamatan');
    expect(kec).toHaveLength(15);
    // 73.71.02 has 4 records (primary); 73.71.03, the smallest other, goes with it (complementary).
    expect(kec[1]).toMatchObject({ code: '73.71.02', records: null, values: { 'anggota.sum': null } });
    expect(kec[2]).toMatchObject({ code: '73.71.03', records: null, values: { 'pkh=ya': null } });
    // 73.71.01: 'tidak' 3 is small; 'ya' 9 would give it away (12 − 9), so it goes too.
    expect(kec[0]).toMatchObject({
      code: '73.71.01',
      records: 12,
      values: { 'anggota.sum': 24, 'pkh=ya': null, 'pkh=tidak': null },
    });
    expect(kec[3]).toMatchObject({ records: 20, values: { 'pkh=ya': 10, 'pkh=tidak': 10 } });
    expect(kec[4]).toMatchObject({ records: 0 });
    const city = openTable(FORM, tallies, REGIONS, 'kota');
    expect(city).toEqual([expect.objectContaining({ code: '73.71', records: 42 })]);
  });
  it('never leaves a lone hidden figure that a published total would give back', () => {
    // The kecamatan rows add up to the city's (all visible here); choices of one row add up.
    for (const level of ['kecamatan'] as const) {
      const rows = openTable(FORM, tallies, REGIONS, level);
      const parentOf = new Map(REGIONS.map((r) => [r.code, r.parent]));
      const groups = new Map<string, OpenRow[]>();
      for (const r of rows) {
        const p = parentOf.get(r.code) ?? '';
        groups.set(p, [...(groups.get(p) ?? []), r]);
      }
      for (const group of groups.values()) {
        expect(group.filter((r) => r.records === null).length).not.toBe(1);
        for (const col of ['pkh=ya', 'pkh=tidak']) {
          const lone = group.filter((r) => r.records !== 0 && r.values[col] === null).length;
          expect(lone).not.toBe(1);
        }
      }
      for (const r of rows)
        if (r.records)
          expect([r.values['pkh=ya'], r.values['pkh=tidak']].filter((v) => v === null).length).not.toBe(1);
    }
  });
});
