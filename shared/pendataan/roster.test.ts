import { describe, expect, it } from 'vitest';
import { parseRoster } from './roster.ts';

const HEADER = 'nama,telepon,kode_kelurahan,rw,rt,peran';

describe('parseRoster', () => {
  it('reads RT and RW heads, in any column order, with a BOM and CRLF', () => {
    const r = parseRoster(
      `\uFEFFperan,nama,telepon,kode_kelurahan,rw,rt\r\nketua_rt,"Daeng Tata, S.Pd",0812-3456-7890,73.71.01.1001,1,2\r\nketua_rw,Bu Rahma,+6281234567891,73.71.01.1001,1,\r\n`,
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        {
          name: 'Daeng Tata, S.Pd',
          phone: '081234567890',
          kelurahan: '73.71.01.1001',
          rw: 1,
          rt: 2,
          role: 'ketua_rt',
        },
        {
          name: 'Bu Rahma',
          phone: '+6281234567891',
          kelurahan: '73.71.01.1001',
          rw: 1,
          rt: 0,
          role: 'ketua_rw',
        },
      ],
    });
  });
  it('reports every bad line by its number and returns no rows', () => {
    const r = parseRoster(
      [
        HEADER,
        'Andi,081234567890,73.71.01.1001,1,1,ketua_rt',
        'Budi,081234567890,73.71.99.1001,1,2,ketua_rt',
        '',
        'Citra,12345,73.71.01.1001,1,3,ketua_rt',
        'Dedi,081234567890,73.71.01,1,4,ketua_rt',
        'Evi,081234567890,73.71.01.1001,1,1,ketua_rt',
        'Fajar,081234567890,73.71.01.1001,x,5,lurah',
        'Gita,081234567890,73.71.01.1001,2,3,ketua_rw',
        'Hadi,081234567890',
      ].join('\n'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([3, 5, 6, 7, 8, 9, 10]);
    expect(r.errors[0]?.message).toContain('unknown kelurahan code "73.71.99.1001"');
    expect(r.errors[2]?.message).toContain('is a kecamatan');
    expect(r.errors[3]?.message).toBe('the same ketua_rt slot as line 2');
  });
  it('refuses a wrong header and an empty file', () => {
    expect(parseRoster('name,phone\nA,0812')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseRoster(`${HEADER}\n`)).toMatchObject({
      ok: false,
      errors: [{ line: 0, message: 'no surveyors in the file' }],
    });
  });
});
