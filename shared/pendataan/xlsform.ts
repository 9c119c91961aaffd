// XLSForm (the survey/choices sheets of ODK and KoboToolbox) → a form definition, or errors naming the
// sheet, row (as the spreadsheet numbers it) and column. The subset:
//   survey: type (integer, decimal, text, select_one <list>, select_multiple <list>, date, geopoint,
//           note; start/end/today are ignored), name, label (or label::…(id) / label::…(en)), hint,
//           required (yes/no), constraint, constraint_message, relevant, personal (yes | nik | kk);
//   choices: list_name, name, label;  settings: form_title, form_id, unit;
//   aggregates (our addition): kpi, op (count|sum|mean|share), field, choice.
// Pure: takes sheets already read as rows of cells. Runs on server and client.
import { compileExpr } from './expr.ts';
import { type Aggregate, type Choice, checkDefinition, type Field, FormDefinition } from './form.ts';

export type Cell = string | number | boolean | Date | null | undefined;
export type SheetRows = { sheet: string; data: Cell[][] };
export type XlsformError = { sheet: string; row: number; column: string; message: string };
export type XlsformResult = { ok: true; form: FormDefinition } | { ok: false; errors: XlsformError[] };

const IGNORED_TYPES = new Set(['start', 'end', 'today']);
const PLAIN_TYPES = new Set(['integer', 'decimal', 'text', 'date', 'geopoint', 'note']);

const letter = (i: number): string =>
  (i >= 26 ? letter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const text = (c: Cell): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

type Table = {
  sheet: string;
  /** Header name → column index. */
  cols: Map<string, number>;
  rows: Array<{ row: number; get(col: string): string }>;
  /** `B (label)`: the column's letter and header, for messages. */
  where(col: string): string;
};

function table(s: SheetRows): Table {
  const header = (s.data[0] ?? []).map((c) => text(c).toLowerCase());
  const cols = new Map(header.map((h, i) => [h, i] as const).filter(([h]) => h !== ''));
  const rows = s.data
    .slice(1)
    .map((cells, i) => ({ row: i + 2, get: (col: string) => text(cells[cols.get(col) ?? -1]) }))
    .filter((r) => [...cols.keys()].some((c) => r.get(c) !== ''));
  return { sheet: s.sheet, cols, rows, where: (col) => `${letter(cols.get(col) ?? header.length)} (${col})` };
}

/** The first header matching: exact `name`, or `name::…(lang)` / `name::lang`. */
function langColumn(t: Table, name: string, lang: string): string | undefined {
  return [...t.cols.keys()].find(
    (h) => h === `${name}::${lang}` || (h.startsWith(`${name}::`) && h.endsWith(`(${lang})`)),
  );
}

function flag(value: string): boolean | undefined {
  const v = value.toLowerCase();
  if (['yes', 'true', '1', 'ya'].includes(v)) return true;
  if (['', 'no', 'false', '0', 'tidak'].includes(v)) return false;
  return undefined;
}

export function parseXlsform(sheets: readonly SheetRows[]): XlsformResult {
  const errors: XlsformError[] = [];
  const find = (name: string) => sheets.find((s) => s.sheet.trim().toLowerCase() === name);
  const surveySheet = find('survey');
  if (!surveySheet)
    return {
      ok: false,
      errors: [{ sheet: 'survey', row: 0, column: '', message: 'the workbook has no "survey" sheet' }],
    };
  const survey = table(surveySheet);
  for (const col of ['type', 'name'])
    if (!survey.cols.has(col))
      errors.push({ sheet: 'survey', row: 1, column: col, message: `missing column "${col}"` });
  if (errors.length > 0) return { ok: false, errors };

  const choices = new Map<string, Choice[]>();
  const choicesSheet = find('choices');
  if (choicesSheet) {
    const t = table(choicesSheet);
    const label = t.cols.has('label') ? 'label' : langColumn(t, 'label', 'id');
    for (const r of t.rows) {
      const list = r.get('list_name');
      const value = r.get('name');
      if (!list || !value) {
        errors.push({
          sheet: t.sheet,
          row: r.row,
          column: t.where(list ? 'name' : 'list_name'),
          message: 'list_name and name are required',
        });
        continue;
      }
      choices.set(list, [
        ...(choices.get(list) ?? []),
        { value, label: label ? r.get(label) || value : value },
      ]);
    }
  }

  const label = survey.cols.has('label') ? 'label' : langColumn(survey, 'label', 'id');
  const labelEn = langColumn(survey, 'label', 'en');
  const fields: Field[] = [];
  const rowOf = new Map<string, number>();
  for (const r of survey.rows) {
    const bad = (col: string, message: string) =>
      errors.push({ sheet: survey.sheet, row: r.row, column: survey.where(col), message });
    const [kind = '', list, ...rest] = r.get('type').split(/\s+/);
    if (IGNORED_TYPES.has(kind)) continue;
    const isSelect = kind === 'select_one' || kind === 'select_multiple';
    if (!PLAIN_TYPES.has(kind) && !isSelect) {
      bad(
        'type',
        `type "${r.get('type')}" is not supported (supported: integer, decimal, text, select_one, select_multiple, date, geopoint, note)`,
      );
      continue;
    }
    if (isSelect && (!list || rest.length > 0 || !choices.has(list))) {
      bad('type', list ? `no choices list "${list}" in the choices sheet` : `${kind} needs a list name`);
      continue;
    }
    const name = r.get('name');
    const required = flag(r.get('required'));
    if (required === undefined) bad('required', `required must be yes or no, not "${r.get('required')}"`);
    const personal = r.get('personal').toLowerCase();
    if (!['', 'no', 'yes', 'nik', 'kk'].includes(personal))
      bad('personal', `personal must be yes, nik or kk, not "${personal}"`);
    for (const col of ['relevant', 'constraint']) {
      const src = r.get(col);
      if (!src) continue;
      const compiled = compileExpr(src);
      if (!compiled.ok) bad(col, `cannot read the expression: ${compiled.message}`);
      else {
        const unknown = compiled.refs.find(
          (ref) => !rowOf.has(ref) && !(col === 'constraint' && ref === name),
        );
        if (unknown) bad(col, `refers to "\${${unknown}}", which is not an earlier question`);
      }
    }
    const field: Field = {
      name,
      type: kind as Field['type'],
      label: (label && r.get(label)) || name,
      required: required ?? false,
      personal: personal === 'yes' || personal === 'nik' || personal === 'kk',
    };
    if (labelEn && r.get(labelEn)) field.labelEn = r.get(labelEn);
    if (r.get('hint')) field.hint = r.get('hint');
    if (isSelect && list) field.choices = choices.get(list);
    if (r.get('constraint')) field.constraint = r.get('constraint');
    if (r.get('constraint_message')) field.constraintMessage = r.get('constraint_message');
    if (r.get('relevant')) field.relevant = r.get('relevant');
    if (personal === 'nik' || personal === 'kk') field.check = personal;
    if (rowOf.has(name)) bad('name', `the name "${name}" is used twice`);
    rowOf.set(name, r.row);
    fields.push(field);
  }

  const aggregates: Aggregate[] = [];
  const aggRow: number[] = [];
  const aggSheet = find('aggregates');
  if (aggSheet) {
    const t = table(aggSheet);
    for (const r of t.rows) {
      const a: Aggregate = { kpi: r.get('kpi'), op: r.get('op') as Aggregate['op'] };
      if (r.get('field')) a.field = r.get('field');
      if (r.get('choice')) a.choice = r.get('choice');
      aggregates.push(a);
      aggRow.push(r.row);
    }
  }

  const settingsSheet = find('settings');
  const settings = settingsSheet ? table(settingsSheet) : undefined;
  const setting = (col: string) => settings?.rows[0]?.get(col) ?? '';
  const candidate = {
    key: setting('form_id').toLowerCase(),
    title: setting('form_title'),
    unit: setting('unit') || 'keluarga',
    fields,
    aggregates,
  };
  if (errors.length > 0) return { ok: false, errors };
  const shaped = FormDefinition.safeParse(candidate);
  if (!shaped.success) {
    return {
      ok: false,
      errors: shaped.error.issues
        .slice(0, 20)
        .map((issue) => locate(issue.path.map(String), issue.message, rowOf, aggRow, fields)),
    };
  }
  const semantic = checkDefinition(shaped.data);
  if (semantic.length > 0)
    return {
      ok: false,
      errors: semantic.map((e) => locate(e.field.split('.'), e.message, rowOf, aggRow, fields)),
    };
  return { ok: true, form: shaped.data };
}

/** Maps a path in the definition back to the sheet cell it came from. */
function locate(
  path: string[],
  message: string,
  rowOf: Map<string, number>,
  aggRow: number[],
  fields: Field[],
): XlsformError {
  const [top, index, prop] = path;
  if (top === 'fields' || (top !== undefined && rowOf.has(top))) {
    const name = top === 'fields' ? fields[Number(index)]?.name : top;
    return {
      sheet: 'survey',
      row: rowOf.get(name ?? '') ?? 0,
      column: top === 'fields' ? (prop ?? '') : 'name',
      message,
    };
  }
  if (top === 'aggregates')
    return { sheet: 'aggregates', row: aggRow[Number(index)] ?? 0, column: prop ?? '', message };
  if (top === 'key')
    return {
      sheet: 'settings',
      row: 2,
      column: 'form_id',
      message: 'form_id is required: 2–64 lowercase letters, digits, - or _',
    };
  if (top === 'title')
    return { sheet: 'settings', row: 2, column: 'form_title', message: 'form_title is required' };
  return { sheet: 'settings', row: 2, column: top ?? '', message };
}
