// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
// The form designer's JSON route (POST /api/staff/pendataan/:org/forms, application/json) against a real
// server and SQLite file: a good definition is saved as a draft, a bad one is refused naming the field
// with nothing stored, another OPD's staff get 403, and the saved form equals what the equivalent
// XLSForm upload produces.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import { type PendataanCity, startPendataanCity } from './pendataanTesting.ts';

let t: PendataanCity;
beforeAll(async () => {
  t = await startPendataanCity();
}, 60_000);
afterAll(() => t.stop());

const URL = '/api/staff/pendataan/dinsos/forms';
const rumah = (key: string): FormDefinition => ({
  key,
  title: 'Kondisi Rumah',
  unit: 'bangunan',
  fields: [
    {
      name: 'atap',
      type: 'select_one',
      label: 'Jenis atap',
      required: true,
      personal: false,
      choices: [
        { value: 'seng', label: 'Seng' },
        { value: 'genteng', label: 'Genteng' },
      ],
    },
    {
      name: 'penghuni',
      type: 'integer',
      label: 'Jumlah penghuni',
      required: false,
      personal: false,
      constraint: '. >= 1 and . <= 40',
      relevant: "${atap} = 'seng'",
    },
  ],
  aggregates: [],
});
const postJson = (token: string, body: unknown) =>
  t.send('POST', URL, token, JSON.stringify(body), 'application/json');
const rows = (data: string[][]): SheetData => data.map((r) => r.map((v) => (v === '' ? null : { value: v })));

describe('form designer JSON route', () => {
  it('saves a good definition as a draft, audited', async () => {
    const res = await postJson(t.tokens.ani, rumah('rumah-a'));
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { status: string; version: number; definition: FormDefinition };
    expect(saved).toMatchObject({ status: 'draft', version: 1, key: 'rumah-a' });
    expect(saved.definition).toEqual(rumah('rumah-a'));
    expect((await t.audit()).some((a) => a.action === 'pendataan.form.save')).toBe(true);
  });

  it('refuses a bad field with 400 naming it, storing nothing', async () => {
    const before = await t.counts();
    const badMin = rumah('rumah-b');
    badMin.fields[1] = { ...badMin.fields[1], min: 10, max: 2 } as FormDefinition['fields'][number];
    const later = rumah('rumah-c');
    later.fields[0] = { ...later.fields[0], relevant: '${penghuni} > 1' } as FormDefinition['fields'][number];
    const noLabel = { ...rumah('rumah-d'), fields: [{ ...rumah('x').fields[0], label: 7 }] };
    for (const [body, field] of [
      [badMin, 'fields.1'],
      [later, 'fields.0'],
      [noLabel, 'fields.0.label'],
      [{ ...rumah('rumah-e'), title: '' }, 'title'],
    ] as const) {
      const res = await postJson(t.tokens.ani, body);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { field: string; errors: Array<{ field: string }> };
      expect(json.field).toBe(field);
      expect(json.errors[0]?.field).toBe(field);
    }
    expect(await t.counts()).toEqual(before);
  });

  it("refuses another OPD's staff with 403, storing nothing", async () => {
    const before = await t.counts();
    expect((await postJson(t.tokens.budi, rumah('rumah-f'))).status).toBe(403);
    expect(await t.counts()).toEqual(before);
  });

  it('saves the same definition as the equivalent XLSForm upload', async () => {
    const xlsx = await writeXlsxFile([
      {
        sheet: 'survey',
        data: rows([
          ['type', 'name', 'label', 'required', 'constraint', 'relevant'],
          ['select_one atap', 'atap', 'Jenis atap', 'yes', '', ''],
          ['integer', 'penghuni', 'Jumlah penghuni', 'no', '. >= 1 and . <= 40', "${atap} = 'seng'"],
        ]),
      },
      {
        sheet: 'choices',
        data: rows([
          ['list_name', 'name', 'label'],
          ['atap', 'seng', 'Seng'],
          ['atap', 'genteng', 'Genteng'],
        ]),
      },
      {
        sheet: 'settings',
        data: rows([
          ['form_title', 'form_id', 'unit'],
          ['Kondisi Rumah', 'rumah-x', 'bangunan'],
        ]),
      },
    ]).toBuffer();
    const uploaded = await t.send('POST', URL, t.tokens.ani, xlsx, 'application/octet-stream');
    expect(uploaded.status).toBe(201);
    const fromSheet = ((await uploaded.json()) as { definition: FormDefinition }).definition;
    const designed = await postJson(t.tokens.ani, rumah('rumah-y'));
    const fromJson = ((await designed.json()) as { definition: FormDefinition }).definition;
    expect({ ...fromJson, key: 'rumah-x' }).toEqual(fromSheet);
  });

  it('makes a new draft version of a published form; the published one stays unchanged', async () => {
    const first = (await (await postJson(t.tokens.ani, rumah('rumah-v'))).json()) as { id: number };
    expect((await t.call('POST', `${URL}/${first.id}/publish`, t.tokens.ani)).status).toBe(200);
    const next = { ...rumah('rumah-v'), title: 'Kondisi Rumah 2' };
    const second = (await (await postJson(t.tokens.ani, next)).json()) as { version: number; status: string };
    expect(second).toMatchObject({ version: 2, status: 'draft' });
    const list = (await (await t.call('GET', URL, t.tokens.ani)).json()) as {
      forms: Array<{ id: number; status: string; title: string }>;
    };
    expect(list.forms.find((f) => f.id === first.id)).toMatchObject({
      status: 'published',
      title: 'Kondisi Rumah',
    });
  });
});
