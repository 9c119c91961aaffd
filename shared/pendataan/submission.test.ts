// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
import { describe, expect, it } from 'vitest';
import { checkDefinition, type FormDefinition } from './form.ts';
import { MAX_TEXT_CHARS } from './limits.ts';
import { validateSubmission } from './submission.ts';

const FORM: FormDefinition = {
  key: 'keluarga',
  title: 'Keluarga',
  unit: 'keluarga',
  fields: [
    { name: 'info', type: 'note', label: 'Isi dengan benar', required: false, personal: false },
    { name: 'no_kk', type: 'text', label: 'No. KK', required: true, personal: true, check: 'kk' },
    { name: 'nik', type: 'text', label: 'NIK', required: false, personal: true, check: 'nik' },
    { name: 'anggota', type: 'integer', label: 'Anggota', required: true, personal: false, min: 1, max: 30 },
    {
      name: 'penghasilan',
      type: 'decimal',
      label: 'Penghasilan',
      required: false,
      personal: false,
      constraint: '. >= 0',
      constraintMessage: 'Tidak boleh negatif',
    },
    {
      name: 'pkh',
      type: 'select_one',
      label: 'PKH',
      required: true,
      personal: false,
      choices: [
        { value: 'ya', label: 'Ya' },
        { value: 'tidak', label: 'Tidak' },
      ],
    },
    {
      name: 'bantuan',
      type: 'select_multiple',
      label: 'Bantuan',
      required: true,
      personal: false,
      relevant: "${pkh} = 'ya'",
      choices: [
        { value: 'bpnt', label: 'BPNT' },
        { value: 'pip', label: 'PIP' },
      ],
    },
    { name: 'listrik', type: 'yes_no', label: 'Listrik', required: false, personal: false },
    { name: 'tanggal', type: 'date', label: 'Tanggal', required: false, personal: false },
    { name: 'lokasi', type: 'geopoint', label: 'Lokasi', required: false, personal: true },
  ],
  aggregates: [{ kpi: 'kpm-pkh', op: 'count', field: 'pkh', choice: 'ya' }],
};
const OK = { no_kk: '7371010101200001', anggota: 4, pkh: 'ya', bantuan: ['bpnt'] };
const codes = (raw: unknown) => {
  const r = validateSubmission(FORM, raw);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('validateSubmission', () => {
  it('accepts a complete household with every field type', () => {
    const r = validateSubmission(FORM, {
      ...OK,
      nik: '7371011708900001',
      penghasilan: '2.5',
      listrik: true,
      tanggal: '2027-03-01',
      lokasi: { lat: -5.14, lon: 119.42 },
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.answers.penghasilan).toBe(2.5);
  });
  it('requires shown required fields, and only those', () => {
    expect(codes({ no_kk: '7371010101200001', anggota: 4, pkh: 'ya' })).toEqual(['bantuan:required']);
    expect(codes({ no_kk: '7371010101200001', anggota: 4, pkh: 'tidak' })).toEqual([]);
    expect(codes({})).toEqual(['no_kk:required', 'anggota:required', 'pkh:required']);
  });
  it('drops answers to fields hidden by "show only if"', () => {
    const r = validateSubmission(FORM, { ...OK, pkh: 'tidak', bantuan: ['pip'] });
    expect(r.ok && 'bantuan' in r.answers).toBe(false);
  });
  it('rejects out-of-range, wrong types, unknown choices and failing constraints', () => {
    expect(codes({ ...OK, anggota: 31 })).toEqual(['anggota:range']);
    expect(codes({ ...OK, anggota: 2.5 })).toEqual(['anggota:type']);
    expect(codes({ ...OK, anggota: 'empat' })).toEqual(['anggota:type']);
    expect(codes({ ...OK, pkh: 'mungkin' })).toEqual(['pkh:choice']);
    expect(codes({ ...OK, bantuan: ['bpnt', 'bpnt'] })).toEqual(['bantuan:choice']);
    expect(codes({ ...OK, bantuan: 'bpnt' })).toEqual(['bantuan:type']);
    expect(codes({ ...OK, penghasilan: -1 })).toEqual(['penghasilan:constraint']);
    expect(codes({ ...OK, listrik: 'ya' })).toEqual(['listrik:type']);
    expect(codes({ ...OK, tanggal: '2027-02-30' })).toEqual(['tanggal:type']);
    expect(codes({ ...OK, lokasi: { lat: 100, lon: 0 } })).toEqual(['lokasi:type']);
  });
  it('checks NIK and No. KK', () => {
    expect(codes({ ...OK, nik: '3171011708900001' })).toEqual(['nik:nik']);
    expect(codes({ ...OK, nik: '73710117089000' })).toEqual(['nik:nik']);
    expect(codes({ ...OK, no_kk: '1234567890123456' })).toEqual(['no_kk:kk']);
  });
  it('rejects unknown fields, answers to notes, overlong text and non-objects', () => {
    expect(codes({ ...OK, extra: 1 })).toEqual(['extra:unknown']);
    expect(codes({ ...OK, info: 'x' })).toEqual([]);
    expect(codes({ ...OK, no_kk: 'x'.repeat(MAX_TEXT_CHARS + 1) })).toEqual(['no_kk:too-long']);
    expect(codes([OK])).toEqual([':type']);
    expect(codes(null)).toEqual([':type']);
  });
});

describe('checkDefinition', () => {
  it('accepts the sample form and its KPI', () => {
    expect(checkDefinition(FORM, new Set(['kpm-pkh']))).toEqual([]);
  });
  it('rejects duplicate names, later references, unknown KPIs and personal aggregates', () => {
    const bad: FormDefinition = {
      ...FORM,
      fields: [
        ...FORM.fields,
        {
          name: 'pkh',
          type: 'integer',
          label: 'x',
          required: false,
          personal: false,
          relevant: '${nanti} = 1',
        },
      ],
      aggregates: [
        { kpi: 'unknown', op: 'count' },
        { kpi: 'kpm-pkh', op: 'sum', field: 'nik' },
        { kpi: 'kpm-pkh', op: 'share', field: 'bantuan', choice: 'mungkin' },
      ],
    };
    const messages = checkDefinition(bad, new Set(['kpm-pkh'])).map((e) => `${e.field}: ${e.message}`);
    expect(messages).toEqual([
      'pkh: the name "pkh" is used twice',
      'pkh: relevant refers to "nanti", which is not an earlier field',
      'aggregates.0: unknown KPI "unknown" for this OPD',
      'aggregates.1: aggregates may not use the personal field "nik"',
      'aggregates.1: sum needs a number field',
      'aggregates.2: share needs one of the field\'s choices, not "mungkin"',
    ]);
  });
});
