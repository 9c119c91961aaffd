import { describe, expect, it } from 'vitest';
import { aggregateValue, kpiValues, openTable } from './aggregate.ts';
import type { FormDefinition } from './form.ts';
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
    expect(kpiValues(FORM, records)).toEqual([
      { kpi: 'kpm-pkh', value: 2 },
      { kpi: 'jiwa', value: 9 },
      { kpi: 'rata', value: 3 },
      { kpi: 'share', value: 66.67 },
      { kpi: 'semua', value: 3 },
    ]);
  });
  it('gives no mean or share of nothing', () => {
    expect(aggregateValue({ kpi: 'x', op: 'mean', field: 'anggota' }, [])).toBeNull();
    expect(kpiValues(FORM, []).map((v) => v.kpi)).toEqual(['kpm-pkh', 'jiwa', 'semua']);
  });
});

describe('openTable', () => {
  const records = [
    ...Array.from({ length: 6 }, (_, i) => rec('73.71.01.1001', 2, i < 3 ? 'ya' : 'tidak')),
    ...Array.from({ length: 6 }, () => rec('73.71.01.1002', 1, 'ya')),
    ...Array.from({ length: 4 }, () => rec('73.71.02.1001', 5, 'ya')),
  ];
  it('never shows a personal field', () => {
    const rows = openTable(FORM, records, REGIONS, 'kecamatan');
    const columns = Object.keys(rows[0]?.values ?? {});
    expect(columns).toEqual(['anggota.sum', 'anggota.mean', 'pkh=ya', 'pkh=tidak']);
    expect(JSON.stringify(rows)).not.toContain('7371011708900001');
  });
  it('hides regions and choice counts under 5 records', () => {
    const kec = openTable(FORM, records, REGIONS, 'kecamatan');
    expect(kec).toHaveLength(15);
    expect(kec[0]).toMatchObject({
      code: '73.71.01',
      records: 12,
      values: { 'anggota.sum': 18, 'pkh=ya': 9, 'pkh=tidak': null },
    });
    expect(kec[1]).toMatchObject({
      code: '73.71.02',
      records: null,
      values: { 'anggota.sum': null, 'pkh=ya': null },
    });
    expect(kec[2]).toMatchObject({ records: 0 });
    const kel = openTable(FORM, records, REGIONS, 'kelurahan');
    expect(kel.find((r) => r.code === '73.71.01.1001')?.values).toMatchObject({
      'pkh=ya': null,
      'pkh=tidak': null,
      'anggota.sum': 12,
    });
    const city = openTable(FORM, records, REGIONS, 'kota');
    expect(city).toEqual([expect.objectContaining({ code: '73.71', records: 16 })]);
  });
});
