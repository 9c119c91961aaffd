// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
import { describe, expect, it } from 'vitest';
import { parseXlsform, type SheetRows } from './xlsform.ts';

const workbook = (survey: string[][], extra: SheetRows[] = []): SheetRows[] => [
  { sheet: 'survey', data: survey },
  {
    sheet: 'choices',
    data: [
      ['list_name', 'name', 'label'],
      ['yt', 'ya', 'Ya'],
      ['yt', 'tidak', 'Tidak'],
    ],
  },
  {
    sheet: 'settings',
    data: [
      ['form_title', 'form_id', 'unit'],
      ['Uji', 'uji', 'rumah_tangga'],
    ],
  },
  ...extra,
];
const HEADER = ['type', 'name', 'label', 'required', 'relevant', 'constraint', 'personal'];

describe('parseXlsform', () => {
  it('reads the supported subset into a definition', () => {
    const r = parseXlsform(
      workbook([
        HEADER,
        ['today', 'hari', '', '', '', '', ''],
        ['text', 'no_kk', 'No. KK', 'yes', '', '', 'kk'],
        ['integer', 'umur', 'Umur', 'yes', '', '. >= 0 and . <= 120', ''],
        ['select_one yt', 'sekolah', 'Sekolah?', 'no', '${umur} >= 7 and ${umur} <= 18', '', ''],
        ['select_multiple yt', 'multi', 'Multi', '', "${sekolah} = 'ya' or ${umur} > 60", '', ''],
        ['decimal', 'tinggi', 'Tinggi', 'no', '', '', ''],
        ['date', 'tgl', 'Tanggal', 'no', '', '', ''],
        ['geopoint', 'lokasi', 'Lokasi', 'no', '', '', 'yes'],
        ['note', 'catatan', 'Terima kasih', '', '', '', ''],
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.form.key).toBe('uji');
    expect(r.form.unit).toBe('rumah_tangga');
    expect(r.form.fields.map((f) => f.type)).toEqual([
      'text',
      'integer',
      'select_one',
      'select_multiple',
      'decimal',
      'date',
      'geopoint',
      'note',
    ]);
    expect(r.form.fields[0]).toMatchObject({ personal: true, check: 'kk', required: true });
    expect(r.form.fields[2]?.choices).toEqual([
      { value: 'ya', label: 'Ya' },
      { value: 'tidak', label: 'Tidak' },
    ]);
    expect(r.form.fields[6]?.personal).toBe(true);
  });
  it('names the sheet, row and column of what it cannot take', () => {
    const r = parseXlsform(
      workbook([
        HEADER,
        ['begin_group', 'g', '', '', '', '', ''],
        ['select_one warna', 'w', 'W', '', '', '', ''],
        ['integer', 'a', 'A', 'mungkin', '', '', ''],
        ['integer', 'b', 'B', '', '${c} > 1', '', ''],
        ['integer', 'c', 'C', '', '', '. >', ''],
        ['text', 'd', 'D', '', '', '', 'rahasia'],
        ['integer', 'a', 'A lagi', '', '', '', ''],
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.sheet}!${e.row} ${e.column}`)).toEqual([
      'survey!2 A (type)',
      'survey!3 A (type)',
      'survey!4 D (required)',
      'survey!5 E (relevant)',
      'survey!6 F (constraint)',
      'survey!7 G (personal)',
      'survey!8 B (name)',
    ]);
  });
  it('reports a missing survey sheet or type column, and bad settings and aggregates', () => {
    expect(parseXlsform([{ sheet: 'Sheet1', data: [] }])).toMatchObject({
      ok: false,
      errors: [{ sheet: 'survey', row: 0 }],
    });
    expect(parseXlsform([{ sheet: 'survey', data: [['name']] }])).toMatchObject({
      ok: false,
      errors: [{ row: 1, column: 'type' }],
    });
    const noId = parseXlsform([
      {
        sheet: 'survey',
        data: [
          ['type', 'name'],
          ['integer', 'a'],
        ],
      },
    ]);
    expect(noId).toMatchObject({ ok: false, errors: [{ column: 'form_id' }, { column: 'form_title' }] });
    const badAgg = parseXlsform(
      workbook(
        [HEADER, ['integer', 'a', 'A', '', '', '', '']],
        [
          {
            sheet: 'aggregates',
            data: [
              ['kpi', 'op', 'field'],
              ['k', 'median', 'a'],
              ['k', 'sum', 'zz'],
            ],
          },
        ],
      ),
    );
    expect(badAgg.ok ? [] : badAgg.errors.map((e) => `${e.sheet}!${e.row} ${e.column}`)).toEqual([
      'aggregates!2 op',
    ]);
    const missingField = parseXlsform(
      workbook(
        [HEADER, ['integer', 'a', 'A', '', '', '', '']],
        [
          {
            sheet: 'aggregates',
            data: [
              ['kpi', 'op', 'field'],
              ['k', 'sum', 'zz'],
            ],
          },
        ],
      ),
    );
    expect(missingField.ok ? [] : missingField.errors.map((e) => `${e.sheet}!${e.row} ${e.message}`)).toEqual(
      ['aggregates!2 sum needs an existing field'],
    );
  });
});
