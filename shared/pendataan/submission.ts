// Checks one submission's answers against its form version: known fields only, each shown field
// ("show only if" holds) typed, required, in range, passing its constraint and NIK / No. KK check;
// answers to hidden fields are dropped. Pure; the field app and the server run the same rules.
import { type AnswerValue, compileExpr, type Expr, evalExpr } from './expr.ts';
import type { Field, FormDefinition } from './form.ts';
import { MAX_TEXT_CHARS } from './limits.ts';
import { checkKk, checkNik } from './nik.ts';

export type Answers = Record<string, AnswerValue>;
export type AnswerErrorCode =
  | 'unknown'
  | 'required'
  | 'type'
  | 'range'
  | 'choice'
  | 'constraint'
  | 'too-long'
  | 'nik'
  | 'kk';
export type AnswerError = { field: string; code: AnswerErrorCode; message: string };
export type SubmissionCheck = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The typed answer, or an error code when the raw value has the wrong shape for the field. */
function coerce(f: Field, raw: unknown): { value: AnswerValue } | { code: AnswerErrorCode; message: string } {
  const type = (message: string) => ({ code: 'type' as const, message });
  switch (f.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n)) return type('expected a number');
      if (f.type === 'integer' && !Number.isInteger(n)) return type('expected a whole number');
      if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
        return { code: 'range', message: `must be within ${f.min ?? '…'}–${f.max ?? '…'}` };
      return { value: n };
    }
    case 'text': {
      if (typeof raw !== 'string') return type('expected text');
      if (raw.length > MAX_TEXT_CHARS)
        return { code: 'too-long', message: `at most ${MAX_TEXT_CHARS} characters` };
      const value = raw.trim();
      if (f.check === 'nik' && !checkNik(value).ok)
        return { code: 'nik', message: 'NIK must be 16 digits of a Makassar resident (7371…)' };
      if (f.check === 'kk' && !checkKk(value).ok)
        return { code: 'kk', message: 'No. KK must be 16 digits issued in Makassar (7371…)' };
      return { value };
    }
    case 'select_one':
      if (typeof raw !== 'string') return type('expected one choice');
      return f.choices?.some((c) => c.value === raw)
        ? { value: raw }
        : { code: 'choice', message: 'not a choice' };
    case 'select_multiple': {
      if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string'))
        return type('expected a list of choices');
      const list = raw as string[];
      if (new Set(list).size !== list.length || !list.every((v) => f.choices?.some((c) => c.value === v)))
        return { code: 'choice', message: 'not a list of distinct choices' };
      return { value: list };
    }
    case 'yes_no':
      return typeof raw === 'boolean' ? { value: raw } : type('expected yes or no');
    case 'date':
      return typeof raw === 'string' && isDate(raw) ? { value: raw } : type('expected a date YYYY-MM-DD');
    case 'geopoint': {
      const p = raw as { lat?: unknown; lon?: unknown };
      const ok =
        typeof raw === 'object' &&
        raw !== null &&
        typeof p.lat === 'number' &&
        typeof p.lon === 'number' &&
        Math.abs(p.lat) <= 90 &&
        Math.abs(p.lon) <= 180;
      return ok ? { value: { lat: p.lat as number, lon: p.lon as number } } : type('expected {lat, lon}');
    }
    case 'note':
      return type('a note takes no answer');
  }
}

const compiledCache = new WeakMap<FormDefinition, Map<string, Expr | null>>();

/** Compiled relevant/constraint of a form, once per definition object. */
function expr(def: FormDefinition, src: string | undefined): Expr | null {
  if (src === undefined) return null;
  const cache = compiledCache.get(def) ?? new Map<string, Expr | null>();
  compiledCache.set(def, cache);
  if (!cache.has(src)) {
    const c = compileExpr(src);
    cache.set(src, c.ok ? c.expr : null);
  }
  return cache.get(src) ?? null;
}

/** Whether each field is shown, given the answers so far (fields in form order). */
export function isShown(def: FormDefinition, f: Field, answers: Answers): boolean {
  const rel = expr(def, f.relevant);
  return rel === null || evalExpr(rel, answers);
}

export function validateSubmission(def: FormDefinition, raw: unknown): SubmissionCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [{ field: '', code: 'type', message: 'answers must be an object' }] };
  const input = raw as Record<string, unknown>;
  const errors: AnswerError[] = [];
  const byName = new Set(def.fields.map((f) => f.name));
  for (const name of Object.keys(input))
    if (!byName.has(name)) errors.push({ field: name, code: 'unknown', message: 'not a field of this form' });
  const answers: Answers = {};
  for (const f of def.fields) {
    if (!isShown(def, f, answers) || f.type === 'note') continue;
    const v = input[f.name];
    if (isEmpty(v)) {
      if (f.required) errors.push({ field: f.name, code: 'required', message: 'an answer is required' });
      continue;
    }
    const typed = coerce(f, v);
    if ('code' in typed) {
      errors.push({ field: f.name, ...typed });
      continue;
    }
    const check = expr(def, f.constraint);
    if (check && !evalExpr(check, answers, typed.value)) {
      errors.push({
        field: f.name,
        code: 'constraint',
        message: f.constraintMessage ?? 'the answer fails the check',
      });
      continue;
    }
    answers[f.name] = typed.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}
