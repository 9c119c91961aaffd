// Pendataan forms: the definition an OPD publishes (fields, "show only if", checks, personal flags,
// the aggregates that feed its KPIs) and its structural check. Submissions are validated against a
// definition by validateSubmission (submission.ts). Pure; runs on server and client.
import { z } from 'zod';
import { compileExpr } from './expr.ts';

export const FIELD_TYPES = [
  'integer',
  'decimal',
  'text',
  'select_one',
  'select_multiple',
  'yes_no',
  'date',
  'geopoint',
  'note',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The unit of record: what one submission describes. */
export const UNITS = ['keluarga', 'rumah_tangga', 'bangunan', 'usaha', 'fasilitas', 'rt'] as const;
export type Unit = (typeof UNITS)[number];

export const AGGREGATE_OPS = ['count', 'sum', 'mean', 'share'] as const;
export type AggregateOp = (typeof AGGREGATE_OPS)[number];

export const MAX_FIELDS = 300;
export const MAX_CHOICES = 500;
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const FORM_KEY = /^[a-z0-9][a-z0-9_-]{1,63}$/;

const Choice = z.strictObject({ value: z.string().min(1).max(64), label: z.string().max(300) });
export type Choice = z.infer<typeof Choice>;

const Field = z.strictObject({
  name: z.string().regex(FIELD_NAME),
  type: z.enum(FIELD_TYPES),
  label: z.string().max(500),
  labelEn: z.string().max(500).optional(),
  hint: z.string().max(500).optional(),
  required: z.boolean(),
  choices: z.array(Choice).max(MAX_CHOICES).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** XLSForm constraint, `.` is the answer itself. */
  constraint: z.string().max(500).optional(),
  constraintMessage: z.string().max(300).optional(),
  /** XLSForm relevant: the field is shown and checked only when this holds. */
  relevant: z.string().max(500).optional(),
  /** A personal field (UU PDP): never leaves the owning OPD. */
  personal: z.boolean(),
  /** Number checks: NIK or No. KK (both personal; the first `kk` field is the household key). */
  check: z.enum(['nik', 'kk']).optional(),
});
export type Field = z.infer<typeof Field>;

const Aggregate = z.strictObject({
  /** The KPI of the owning OPD this aggregate feeds. */
  kpi: z.string().min(1).max(64),
  op: z.enum(AGGREGATE_OPS),
  /** The field summed / averaged / whose choice is counted or shared; none to count every record. */
  field: z.string().optional(),
  /** For share: the choice whose share (0–100 %) of answered records is taken; for count: the
   *  choice a record must have to be counted. */
  choice: z.string().optional(),
});
export type Aggregate = z.infer<typeof Aggregate>;

export const FormDefinition = z.strictObject({
  key: z.string().regex(FORM_KEY),
  title: z.string().min(1).max(200),
  unit: z.enum(UNITS),
  fields: z.array(Field).min(1).max(MAX_FIELDS),
  aggregates: z.array(Aggregate).max(50),
});
export type FormDefinition = z.infer<typeof FormDefinition>;

export type DefinitionError = { field: string; message: string };

const SELECTS: ReadonlySet<FieldType> = new Set(['select_one', 'select_multiple']);
const NUMERIC: ReadonlySet<FieldType> = new Set(['integer', 'decimal']);

/** Structural rules beyond the shape: unique names, choices, expressions, aggregate targets. */
export function checkDefinition(def: FormDefinition, kpis?: ReadonlySet<string>): DefinitionError[] {
  const errors: DefinitionError[] = [];
  const seen = new Map<string, Field>();
  for (const f of def.fields) {
    const bad = (message: string) => errors.push({ field: f.name, message });
    if (seen.has(f.name)) bad(`the name "${f.name}" is used twice`);
    if (SELECTS.has(f.type) && (f.choices ?? []).length === 0) bad('a choice field needs choices');
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) bad('min is above max');
    if (f.check && f.type !== 'text') bad('NIK / No. KK checks apply to text fields');
    if (f.check && !f.personal) bad('NIK and No. KK are personal fields');
    for (const [what, src] of [
      ['relevant', f.relevant],
      ['constraint', f.constraint],
    ] as const) {
      if (src === undefined) continue;
      const compiled = compileExpr(src);
      if (!compiled.ok) bad(`${what}: ${compiled.message}`);
      else {
        const unknown = compiled.refs.find((r) => !seen.has(r) && !(what === 'constraint' && r === f.name));
        if (unknown) bad(`${what} refers to "${unknown}", which is not an earlier field`);
      }
    }
    seen.set(f.name, f);
  }
  def.aggregates.forEach((a, i) => {
    const bad = (message: string) => errors.push({ field: `aggregates.${i}`, message });
    const f = a.field === undefined ? undefined : seen.get(a.field);
    if (kpis && !kpis.has(a.kpi)) bad(`unknown KPI "${a.kpi}" for this OPD`);
    if ((a.op !== 'count' || a.field !== undefined) && !f) bad(`${a.op} needs an existing field`);
    if (f?.personal) bad(`aggregates may not use the personal field "${f.name}"`);
    if ((a.op === 'sum' || a.op === 'mean') && f && !NUMERIC.has(f.type)) bad(`${a.op} needs a number field`);
    if (a.op === 'share' || (a.op === 'count' && f)) {
      if (f && !SELECTS.has(f.type) && f.type !== 'yes_no') bad('share needs a choice or yes/no field');
      else if (f?.type !== 'yes_no' && !f?.choices?.some((c) => c.value === a.choice))
        bad(`share needs one of the field's choices, not "${a.choice ?? ''}"`);
    }
  });
  return errors;
}

/** The first No. KK field: submissions of one form sharing its value are flagged as likely duplicates. */
export const householdKeyField = (def: FormDefinition): Field | undefined =>
  def.fields.find((f) => f.check === 'kk');

/** Fields that may appear in public aggregates: not personal, not notes, not free text. */
export const publicFields = (def: FormDefinition): Field[] =>
  def.fields.filter((f) => !f.personal && f.type !== 'note' && f.type !== 'text' && f.type !== 'geopoint');
