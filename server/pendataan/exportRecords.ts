// The raw export of a form's records for its owning OPD (CSV, one column per field, every version)
// and its data dictionary. NIK and No. KK appear in full here only: this is the restricted export.
// Runs on the server.
import type { AnswerValue } from '../../shared/pendataan/expr.ts';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import { csvText } from './csvOut.ts';
import type { Submission } from './submissionStore.ts';

function answerText(v: AnswerValue): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.join(' ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return `${v.lat} ${v.lon}`;
  return String(v);
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

export function recordsCsv(
  def: FormDefinition,
  records: readonly Submission[],
  versions: ReadonlyMap<number, number>,
): string {
  const fields = def.fields.filter((f) => f.type !== 'note');
  const header = [
    'id',
    'versi_form',
    'status',
    'kode_kelurahan',
    'rw',
    'rt',
    'dikirim',
    'diterima',
    'ditinjau',
    ...fields.map((f) => f.name),
  ];
  return csvText([
    header,
    ...records.map((r) => [
      r.id,
      versions.get(r.formId) ?? '',
      r.status,
      r.kelurahan,
      r.rw,
      r.rt,
      iso(r.submittedAt),
      iso(r.receivedAt),
      iso(r.reviewedAt),
      ...fields.map((f) => answerText(r.answers[f.name])),
    ]),
  ]);
}

export function dictionaryCsv(def: FormDefinition): string {
  return csvText([
    ['kolom', 'label', 'tipe', 'wajib', 'pribadi', 'pilihan', 'tampil_jika', 'batasan'],
    ...def.fields
      .filter((f) => f.type !== 'note')
      .map((f) => [
        f.name,
        f.label,
        f.type,
        f.required ? 'ya' : 'tidak',
        f.personal ? (f.check ?? 'ya') : 'tidak',
        (f.choices ?? []).map((c) => `${c.value}=${c.label}`).join('; '),
        f.relevant ?? '',
        f.constraint ?? '',
      ]),
  ]);
}
