// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
// The form designer's editable state and its conversion to and from a form definition (the shared
// model; the server validates the result with validateFormDefinition). "Show only if" is one simple
// comparison on an earlier field, written as the XLSForm expression the shared model reads; an
// expression the designer cannot show as one comparison is kept as it was. Pure; client only.
import type { CompareOp } from '../../shared/pendataan/expr.ts';
import type {
  Aggregate,
  AggregateOp,
  Choice,
  Field,
  FieldType,
  FormDefinition,
  Unit,
} from '../../shared/pendataan/form.ts';

export const SHOW_OPS: readonly CompareOp[] = ['=', '!=', '>', '>=', '<', '<='];
export type ShowIf = { on: string; op: CompareOp; value: string };
export type DraftField = {
  /** Everything of the field the designer does not edit (hint, English label, NIK/KK check…). */
  rest: Partial<Field>;
  name: string;
  type: FieldType;
  label: string;
  required: boolean;
  personal: boolean;
  min: string;
  max: string;
  constraint: string;
  /** One choice a line: `kode = Label`, or just a label (its code is made from it). */
  choices: string;
  showIf: ShowIf | null;
  /** A `relevant` the designer cannot show as one comparison, kept unchanged. */
  rawRelevant: string;
  /** A new question's column name follows its label until edited; a saved one's never changes by itself. */
  autoName: boolean;
};
export type Draft = {
  key: string;
  title: string;
  unit: Unit;
  fields: DraftField[];
  /** The figures the form feeds into the OPD's KPIs (FormAggregateEditor.tsx). */
  aggregates: Aggregate[];
};

export const slug = (s: string, sep = '_'): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^${sep}+|${sep}+$`, 'g'), '')
    .slice(0, 60);

export const newField = (index: number): DraftField => ({
  rest: {},
  name: `pertanyaan_${index + 1}`,
  type: 'text',
  label: '',
  required: false,
  personal: false,
  min: '',
  max: '',
  constraint: '',
  choices: '',
  showIf: null,
  rawRelevant: '',
  autoName: true,
});

export const emptyDraft = (): Draft => ({
  key: '',
  title: '',
  unit: 'keluarga',
  fields: [newField(0)],
  aggregates: [],
});

const CMP = /^\$\{([A-Za-z_]\w*)\}\s*(!=|>=|<=|=|>|<)\s*(?:'([^']*)'|(-?\d+(?:\.\d+)?))$/;
const SELECTED = /^selected\(\s*\$\{([A-Za-z_]\w*)\}\s*,\s*'([^']*)'\s*\)$/;

function readShowIf(src: string | undefined): { showIf: ShowIf | null; rawRelevant: string } {
  if (!src) return { showIf: null, rawRelevant: '' };
  const cmp = CMP.exec(src.trim());
  if (cmp)
    return {
      showIf: { on: cmp[1] ?? '', op: cmp[2] as CompareOp, value: cmp[3] ?? cmp[4] ?? '' },
      rawRelevant: '',
    };
  const sel = SELECTED.exec(src.trim());
  if (sel) return { showIf: { on: sel[1] ?? '', op: '=', value: sel[2] ?? '' }, rawRelevant: '' };
  return { showIf: null, rawRelevant: src };
}

/** A draft prefilled from a saved version ("Buat versi baru"). */
export function fromDefinition(def: FormDefinition): Draft {
  return {
    key: def.key,
    title: def.title,
    unit: def.unit,
    aggregates: def.aggregates,
    fields: def.fields.map((f) => {
      const { name, type, label, required, personal, min, max, constraint, choices, relevant, ...rest } = f;
      return {
        rest,
        name,
        type,
        label,
        required,
        personal,
        min: min === undefined ? '' : String(min),
        max: max === undefined ? '' : String(max),
        constraint: constraint ?? '',
        choices: (choices ?? [])
          .map((c) => (c.value === c.label ? c.label : `${c.value} = ${c.label}`))
          .join('\n'),
        ...readShowIf(relevant),
        autoName: false,
      };
    }),
  };
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;
/** Answers meaning "no" to a yes/no question, as a draft may hold them. */
const NO = /^(no|tidak|n|false|0)$/i;

function relevantOf(f: DraftField, fields: DraftField[]): string | undefined {
  if (!f.showIf) return f.rawRelevant.trim() || undefined;
  const { on, op, value } = f.showIf;
  const target = fields.find((o) => o.name === on);
  if (target?.type === 'select_multiple' && op === '=') return `selected(\${${on}}, '${value}')`;
  const numeric = (target?.type === 'integer' || target?.type === 'decimal') && NUMERIC.test(value);
  // A yes/no answer reads 'yes' / 'no' in expressions; the editor offers only those two.
  const text = target?.type === 'yes_no' ? (NO.test(value.trim()) ? 'no' : 'yes') : value;
  return `\${${on}} ${op} ${numeric ? value : `'${text}'`}`;
}

/** A question's choices as its lines read (`kode = Label`, or a label whose code is made from it). */
export function choicesOf(f: DraftField): Choice[] {
  return f.choices
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [code, ...label] = line.split('=');
      return label.length > 0
        ? { value: (code ?? '').trim(), label: label.join('=').trim() }
        : { value: slug(line) || line, label: line };
    });
}

const NUMBER_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'decimal']);
const ANSWER_TYPES: ReadonlySet<FieldType> = new Set(['select_one', 'select_multiple', 'yes_no']);

/** The questions a booth figure may use: never a personal one; numbers for sum and mean, else answers. */
export const figureFields = (op: AggregateOp, fields: readonly DraftField[]): DraftField[] =>
  fields.filter(
    (f) =>
      !f.personal &&
      f.name.trim() !== '' &&
      (op === 'sum' || op === 'mean' ? NUMBER_TYPES : ANSWER_TYPES).has(f.type),
  );

/** The answer codes of a question a figure may count or share (`yes` / `no` for yes/no). */
const answerCodes = (f: DraftField | undefined): string[] =>
  !f ? [] : f.type === 'yes_no' ? ['yes', 'no'] : choicesOf(f).map((c) => c.value);

/**
 * A figure after its operation or question changed: keeps the question and answer only while they
 * still fit, takes the first fitting question where one is needed (every operation but a count of
 * all records) and the first answer where one is needed (share, and a count with a question).
 */
export function fitFigure(a: Aggregate, fields: readonly DraftField[]): Aggregate {
  const fitting = figureFields(a.op, fields);
  const out: Aggregate = { kpi: a.kpi, op: a.op };
  const field = fitting.some((f) => f.name === a.field)
    ? a.field
    : a.op === 'count'
      ? undefined
      : fitting[0]?.name;
  if (field === undefined) return out;
  out.field = field;
  if (a.op === 'share' || a.op === 'count') {
    const codes = answerCodes(fields.find((f) => f.name === field));
    const choice = a.choice !== undefined && codes.includes(a.choice) ? a.choice : codes[0];
    if (choice !== undefined) out.choice = choice;
  }
  return out;
}

const number = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/** The definition to send; the server's shared validation decides whether it is acceptable. */
export function toDefinition(d: Draft): FormDefinition {
  const fields = d.fields.map((f): Field => {
    const out: Field = {
      ...f.rest,
      name: f.name.trim(),
      type: f.type,
      label: f.label.trim(),
      required: f.required,
      personal: f.personal,
    };
    if (f.type === 'select_one' || f.type === 'select_multiple') out.choices = choicesOf(f);
    if (f.type === 'integer' || f.type === 'decimal') {
      const min = number(f.min);
      const max = number(f.max);
      if (min !== undefined) out.min = min;
      if (max !== undefined) out.max = max;
    }
    if (f.constraint.trim()) out.constraint = f.constraint.trim();
    const relevant = relevantOf(f, d.fields);
    if (relevant) out.relevant = relevant;
    return out;
  });
  return { key: d.key.trim(), title: d.title.trim(), unit: d.unit, fields, aggregates: d.aggregates };
}
