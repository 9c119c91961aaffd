// The surveyor roster CSV: header `nama,telepon,kode_kelurahan,rw,rt,peran` (any column order),
// `peran` = ketua_rt | ketua_rw (an RW head leaves `rt` empty), the kelurahan by its Kemendagri code.
// Every bad line is reported by its line number; a file with any error imports nothing.
// Pure; runs on the server (console upload, admin CLI) and the client (preview).
import { parseCsvRecords } from '../csv.ts';
import { findRegion, isKelurahan } from './wilayah.ts';

export const SURVEYOR_ROLES = ['ketua_rt', 'ketua_rw'] as const;
export type SurveyorRole = (typeof SURVEYOR_ROLES)[number];
export const ROSTER_COLUMNS = ['nama', 'telepon', 'kode_kelurahan', 'rw', 'rt', 'peran'] as const;
export const MAX_ROSTER_ROWS = 10_000;

/** One surveyor; `rt` is 0 for an RW head. */
export type RosterRow = {
  name: string;
  phone: string;
  kelurahan: string;
  rw: number;
  rt: number;
  role: SurveyorRole;
};
export type RosterError = { line: number; message: string };
export type RosterResult = { ok: true; rows: RosterRow[] } | { ok: false; errors: RosterError[] };

const PHONE = /^(\+62|62|0)8\d{7,12}$/;
const NUMBER = /^\d{1,3}$/;

/** `0812-3456-7890` → `081234567890`; undefined when not an Indonesian mobile number. */
export function normalisePhone(raw: string): string | undefined {
  const s = raw.replace(/[\s().-]/g, '');
  return PHONE.test(s) ? s : undefined;
}

export function slotKey(r: Pick<RosterRow, 'kelurahan' | 'rw' | 'rt' | 'role'>): string {
  return `${r.kelurahan}/${r.rw}/${r.rt}/${r.role}`;
}

export function parseRoster(text: string): RosterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: RosterError[] = [];
  const header = parseCsvRecords(lines[0] ?? '');
  const columns = 'records' in header ? (header.records[0] ?? []).map((h) => h.trim().toLowerCase()) : [];
  const missing = ROSTER_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message: `the header must name ${ROSTER_COLUMNS.join(',')} (missing ${missing.join(', ')})`,
        },
      ],
    };
  if (lines.length - 1 > MAX_ROSTER_ROWS)
    return { ok: false, errors: [{ line: 0, message: `at most ${MAX_ROSTER_ROWS} rows per file` }] };
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text.trim() === '') return;
    const parsed = parseCsvRecords(text);
    const cells = 'records' in parsed ? (parsed.records[0] ?? []) : undefined;
    if (!cells || cells.length !== columns.length) {
      errors.push({ line, message: `expected ${columns.length} fields separated by commas` });
      return;
    }
    const get = (c: string) => (cells[columns.indexOf(c)] ?? '').trim();
    const problems: string[] = [];
    const name = get('nama');
    if (name === '' || name.length > 100) problems.push('nama is required (at most 100 characters)');
    const phone = normalisePhone(get('telepon'));
    if (!phone) problems.push(`telepon "${get('telepon')}" is not a mobile number (08…)`);
    const kelurahan = get('kode_kelurahan');
    if (!isKelurahan(kelurahan))
      problems.push(
        findRegion(kelurahan)
          ? `${kelurahan} is a kecamatan, not a kelurahan`
          : `unknown kelurahan code "${kelurahan}"`,
      );
    const role = get('peran') as SurveyorRole;
    if (!SURVEYOR_ROLES.includes(role))
      problems.push(`peran must be ketua_rt or ketua_rw, not "${get('peran')}"`);
    const rw = NUMBER.test(get('rw')) ? Number(get('rw')) : 0;
    if (rw < 1) problems.push(`rw must be a number from 1, not "${get('rw')}"`);
    const rtText = get('rt');
    const rt = role === 'ketua_rw' && rtText === '' ? 0 : NUMBER.test(rtText) ? Number(rtText) : -1;
    if (role === 'ketua_rt' && rt < 1) problems.push(`rt must be a number from 1, not "${rtText}"`);
    if (role === 'ketua_rw' && rt !== 0) problems.push('an RW head (ketua_rw) leaves rt empty');
    if (problems.length > 0) {
      errors.push({ line, message: problems.join('; ') });
      return;
    }
    const row: RosterRow = { name, phone: phone ?? '', kelurahan, rw, rt, role };
    const earlier = seen.get(slotKey(row));
    if (earlier !== undefined) {
      errors.push({ line, message: `the same ${role} slot as line ${earlier}` });
      return;
    }
    seen.set(slotKey(row), line);
    rows.push(row);
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 200) };
  if (rows.length === 0) return { ok: false, errors: [{ line: 0, message: 'no surveyors in the file' }] };
  return { ok: true, rows };
}
