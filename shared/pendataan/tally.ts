// Running tallies of accepted records: what each accepted record adds to its kelurahan, so KPI
// aggregates and open-data tables are read from a few precomputed rows instead of every record.
// A metric is one of:
//   `*`          records (n)
//   `num:<f>`    numeric answers of field f (n) and their sum (total)
//   `ans:<f>`    answered choice / yes-no field f (n)
//   `eq:<f>=<c>` records whose field f holds choice c (n; yes/no reads `yes` / `no`)
// Only fields that may be aggregated get metrics: not personal, numbers, choices and yes/no.
// Pure; runs on the server (review, migration backfill) and in tests.
import type { AnswerValue } from './expr.ts';
import type { FieldType, FormDefinition } from './form.ts';

export const RECORDS_METRIC = '*';
export type Cell = { n: number; total: number };
/** Metric → cell, for one region (or the sum of several). */
export type Tally = Record<string, Cell>;
/** One stored row: a kelurahan's cell of one metric. */
export type TallyRow = { kelurahan: string; metric: string } & Cell;

const NUMBERS: ReadonlySet<FieldType> = new Set(['integer', 'decimal']);
const CHOICES: ReadonlySet<FieldType> = new Set(['select_one', 'select_multiple', 'yes_no']);

export const numMetric = (field: string) => `num:${field}`;
export const ansMetric = (field: string) => `ans:${field}`;
export const eqMetric = (field: string, choice: string) => `eq:${field}=${choice}`;

/** The cells one accepted record adds, read with the definition of the version it was made with. */
export function recordCells(
  def: FormDefinition,
  answers: Readonly<Record<string, AnswerValue>>,
): Array<{ metric: string } & Cell> {
  const cells: Array<{ metric: string } & Cell> = [{ metric: RECORDS_METRIC, n: 1, total: 0 }];
  for (const f of def.fields) {
    if (f.personal) continue;
    const v = answers[f.name];
    if (NUMBERS.has(f.type) && typeof v === 'number' && Number.isFinite(v))
      cells.push({ metric: numMetric(f.name), n: 1, total: v });
    if (!CHOICES.has(f.type) || v === undefined) continue;
    const chosen = Array.isArray(v) ? v : typeof v === 'boolean' ? [v ? 'yes' : 'no'] : [String(v)];
    if (chosen.length === 0) continue;
    cells.push({ metric: ansMetric(f.name), n: 1, total: 0 });
    for (const c of new Set(chosen)) cells.push({ metric: eqMetric(f.name, c), n: 1, total: 0 });
  }
  return cells;
}

/** Adds cells into a tally (in place) and returns it. */
export function addCells(into: Tally, cells: ReadonlyArray<{ metric: string } & Cell>): Tally {
  for (const c of cells) {
    const held = into[c.metric];
    if (held) {
      held.n += c.n;
      held.total += c.total;
    } else into[c.metric] = { n: c.n, total: c.total };
  }
  return into;
}

/** Tallies per kelurahan of a set of records (the backfill, and tests comparing against records). */
export function tallyRecords(
  def: FormDefinition,
  records: ReadonlyArray<{ kelurahan: string; answers: Readonly<Record<string, AnswerValue>> }>,
): TallyRow[] {
  const byKelurahan = new Map<string, Tally>();
  for (const r of records) {
    const t = byKelurahan.get(r.kelurahan) ?? {};
    byKelurahan.set(r.kelurahan, addCells(t, recordCells(def, r.answers)));
  }
  return [...byKelurahan].flatMap(([kelurahan, t]) =>
    Object.entries(t).map(([metric, c]) => ({ kelurahan, metric, n: c.n, total: c.total })),
  );
}

/** Sums rows (of any regions) into one tally. */
export const sumRows = (rows: readonly TallyRow[]): Tally => addCells({}, rows);

/** A metric's count in a tally (0 when absent). */
export const countOf = (t: Tally, metric: string): number => t[metric]?.n ?? 0;
