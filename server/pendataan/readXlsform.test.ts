// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsform } from './readXlsform.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const KPIS = new Set(['kpm-pkh', 'penerima-bansos']);

describe('readXlsform (fixture workbooks)', () => {
  it('imports the household survey with choices, settings and aggregates', async () => {
    const r = await readXlsform(fixture('keluarga.xlsx'), KPIS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.form).toMatchObject({
      key: 'keluarga-bansos',
      unit: 'keluarga',
      title: 'Pendataan Keluarga Penerima Bantuan',
    });
    expect(r.form.fields.map((f) => f.name)).toEqual([
      'pengantar',
      'no_kk',
      'nik_kepala',
      'nama_kepala',
      'jumlah_anggota',
      'penghasilan',
      'terima_pkh',
      'jenis_bantuan',
      'kondisi_rumah',
      'tanggal',
      'lokasi',
    ]);
    expect(r.form.fields.find((f) => f.name === 'jenis_bantuan')?.relevant).toBe(
      "${terima_pkh} = 'ya' or ${jumlah_anggota} > 5",
    );
    expect(r.form.fields.filter((f) => f.personal).map((f) => f.name)).toEqual([
      'no_kk',
      'nik_kepala',
      'nama_kepala',
      'lokasi',
    ]);
    expect(r.form.aggregates).toEqual([
      { kpi: 'kpm-pkh', op: 'count', field: 'terima_pkh', choice: 'ya' },
      { kpi: 'penerima-bansos', op: 'sum', field: 'jumlah_anggota' },
    ]);
  });
  it('reports every problem of the broken workbook by sheet, row and column', async () => {
    const r = await readXlsform(fixture('broken.xlsx'), KPIS);
    expect(r.ok ? [] : r.errors.map((e) => `${e.sheet}!${e.row} ${e.column}`)).toEqual([
      'survey!3 A (type)',
      'survey!4 D (required)',
      'survey!5 A (type)',
      'survey!6 E (relevant)',
    ]);
  });
  it('refuses aggregates into KPIs the OPD does not have', async () => {
    const r = await readXlsform(fixture('keluarga.xlsx'), new Set(['kpm-pkh']));
    expect(r).toMatchObject({ ok: false, errors: [{ sheet: 'aggregates', row: 3, column: 'kpi' }] });
  });
  it('refuses bytes that are not a workbook', async () => {
    const r = await readXlsform(Buffer.from('nama,telepon\n'), KPIS);
    expect(r).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('not a readable .xlsx') }],
    });
  });
});
