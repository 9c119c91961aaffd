// Public pendataan data against a real server and SQLite file: anonymous aggregates carry no personal
// field and no cell under 5 records, the CSV carries its metadata, coverage is public, and form
// uploads report workbook errors by sheet, row and column while storing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageByOpd } from '../pendataan/coverage.ts';
import { type PendataanCity, startPendataanCity } from './pendataanTesting.ts';

let t: PendataanCity;
beforeAll(async () => {
  t = await startPendataanCity();
  // Six households in Bontorannu (RT 1 and 2), accepted; two practice records are never counted.
  await t.sync(
    t.phones.rt1,
    [1, 2, 3].map((i) => t.item(`open-rt1-000${i}`, t.household(i))),
  );
  await t.sync(
    t.phones.rt2,
    [4, 5, 6].map((i) => t.item(`open-rt2-000${i}`, t.household(i), { rt: 2 })),
  );
  await t.sync(t.phones.rt1, [t.item('open-practice1', t.household(7), { practice: true })]);
  for (const s of await t.city.app.store.pendataan.submissions.list(t.campaignId))
    await t.call('POST', `/api/staff/pendataan/dinsos/submissions/${s.id}/review`, t.tokens.ani, {
      decision: 'accept',
    });
}, 60_000);
afterAll(() => t.stop());

const PERSONAL = ['no_kk', 'nik_kepala', 'nama_kepala', 'lokasi', '7371010101', 'Kepala Keluarga', '0812'];

describe('pendataan open data', () => {
  it('serves kecamatan aggregates with no personal field', async () => {
    const res = await fetch(
      `${t.city.baseUrl}/api/pendataan/dinsos/keluarga-bansos/aggregates?level=kecamatan`,
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const p of PERSONAL) expect(text).not.toContain(p);
    const body = JSON.parse(text) as {
      rows: Array<{ code: string; records: number | null; values: Record<string, number | null> }>;
    };
    expect(body.rows).toHaveLength(15);
    expect(body.rows[0]).toMatchObject({
      code: '73.71.01',
      records: 6,
      values: { 'jumlah_anggota.sum': 24, 'terima_pkh=ya': null },
    });
  });

  it('hides every cell under 5 records', async () => {
    const res = await fetch(
      `${t.city.baseUrl}/api/pendataan/dinsos/keluarga-bansos/aggregates?level=kelurahan`,
    );
    const body = (await res.json()) as {
      rows: Array<{ records: number | null; values: Record<string, number | null> }>;
    };
    for (const row of body.rows) {
      if (row.records !== null && row.records !== 0) expect(row.records).toBeGreaterThanOrEqual(5);
      // Choice counts (`field=choice`) are cells of records too.
      for (const [id, v] of Object.entries(row.values))
        if (id.includes('=') && v !== null && v > 0) expect(v).toBeGreaterThanOrEqual(5);
    }
    expect(
      (await fetch(`${t.city.baseUrl}/api/pendataan/dinsos/keluarga-bansos/aggregates?level=rt`)).status,
    ).toBe(400);
  });

  it('offers a CSV with title, producer, period, definitions and region codes', async () => {
    const res = await fetch(
      `${t.city.baseUrl}/api/pendataan/dinsos/keluarga-bansos/aggregates.csv?level=kecamatan`,
    );
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    expect(text).toContain('# judul: Pendataan Keluarga Penerima Bantuan');
    expect(text).toContain('# produsen_data: Dinas Sosial');
    expect(text).toContain('# kode_wilayah: Kode wilayah administrasi pemerintahan, Kepmendagri');
    expect(text).toContain('73.71.01,Mariso,6,24,4,0,,,');
    for (const p of PERSONAL) expect(text).not.toContain(p);
  });

  it('shows public coverage by kecamatan, without phones or names', async () => {
    const res = await fetch(`${t.city.baseUrl}/api/pendataan/campaigns/${t.campaignId}/coverage`);
    const text = await res.text();
    expect(text).not.toContain('0812');
    expect(text).not.toContain('Daeng');
    const body = JSON.parse(text) as { regions: Array<{ code: string; rts: number; covered: number }> };
    expect(body.regions.find((r) => r.code === '73.71')).toMatchObject({ rts: 3, covered: 2 });
  });

  it('reports the broken workbook by sheet, row and column and stores nothing', async () => {
    const forms = (await t.city.app.store.pendataan.forms.list()).length;
    const xlsx = readFileSync(join(import.meta.dirname, '..', 'pendataan', 'fixtures', 'broken.xlsx'));
    const res = await t.send(
      'POST',
      '/api/staff/pendataan/dinsos/forms',
      t.tokens.ani,
      xlsx,
      'application/octet-stream',
    );
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as {
      errors: Array<{ sheet: string; row: number; column: string }>;
    };
    expect(errors.map((e) => `${e.sheet}!${e.row} ${e.column}`)).toEqual([
      'survey!3 A (type)',
      'survey!4 D (required)',
      'survey!5 A (type)',
      'survey!6 E (relevant)',
    ]);
    expect((await t.city.app.store.pendataan.forms.list()).length).toBe(forms);
  });

  it('makes a new version when a published form is uploaded again; old records keep theirs', async () => {
    const xlsx = readFileSync(join(import.meta.dirname, '..', 'pendataan', 'fixtures', 'keluarga.xlsx'));
    const res = await t.send(
      'POST',
      '/api/staff/pendataan/dinsos/forms',
      t.tokens.ani,
      xlsx,
      'application/octet-stream',
    );
    expect(await res.json()).toMatchObject({ version: 2, status: 'draft' });
    const records = await t.city.app.store.pendataan.submissions.list(t.campaignId, 'accepted');
    expect(new Set(records.map((r) => r.formId))).toEqual(new Set([t.formId]));
    // Surveyors offline with version 1 can still send it.
    const late = await t.sync(t.phones.rt1, [t.item('open-late-0001', t.household(8))]);
    expect(((await late.json()) as { results: Array<{ outcome: string }> }).results[0]?.outcome).toBe(
      'stored',
    );
  });

  it('shows the coverage of campaigns under way to anyone, as RT counts only', async () => {
    const res = await fetch(`${t.city.baseUrl}/api/pendataan/coverage`);
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const p of PERSONAL) expect(text).not.toContain(p);
    const body = JSON.parse(text) as {
      campaigns: Array<{ organisationId: string; city: { rts: number; covered: number } }>;
      byOpd: Record<string, number>;
      byKecamatan: Record<string, { rts: number; covered: number }>;
    };
    // The roster's RT heads: RT 1 and 2 of Bontorannu (both with accepted records) and RT 1 next door.
    expect(body.campaigns).toMatchObject([{ organisationId: 'dinsos', city: { rts: 3, covered: 2 } }]);
    expect(body.byOpd).toEqual({ dinsos: 0.667 });
    expect(body.byKecamatan).toEqual({ '73.71.01': { rts: 3, covered: 2 } });
    // The same share for the rapor, read straight from the store; none once the deadline has passed.
    expect(await coverageByOpd(t.city.app.store.pendataan, t.clock.now)).toEqual({ dinsos: 0.667 });
    expect(await coverageByOpd(t.city.app.store.pendataan, t.clock.now + 60 * 86_400_000)).toEqual({});
  });
});
