// What collected records add up to: the form's KPI aggregates (count, sum, mean, share of a choice),
// and the public open-data table by region with small cells suppressed and no personal field.
// Pure; runs on the server (KPI ingest, open data) and the client.
import { type Aggregate, type FormDefinition, publicFields } from './form.ts';
import {
  ansMetric,
  countOf,
  eqMetric,
  numMetric,
  RECORDS_METRIC,
  sumRows,
  type Tally,
  type TallyRow,
} from './tally.ts';
import { kecamatanOf, type Region, type RegionLevel } from './wilayah.ts';

/** Cells (records of a region, or of one choice) under this many are hidden in public output. */
export const MIN_PUBLIC_CELL = 5;

const round = (n: number) => Math.round(n * 100) / 100;

/** One aggregate read from a tally; null when it has nothing to stand on (a mean or share of no answers). */
export function aggregateValue(a: Aggregate, t: Tally): number | null {
  const field = a.field ?? '';
  switch (a.op) {
    case 'count':
      return a.field === undefined
        ? countOf(t, RECORDS_METRIC)
        : a.choice === undefined
          ? 0
          : countOf(t, eqMetric(field, a.choice));
    case 'sum':
      return round(t[numMetric(field)]?.total ?? 0);
    case 'mean': {
      const c = t[numMetric(field)];
      return !c || c.n === 0 ? null : round(c.total / c.n);
    }
    case 'share': {
      const answered = countOf(t, ansMetric(field));
      const hit = a.choice === undefined ? 0 : countOf(t, eqMetric(field, a.choice));
      return answered === 0 ? null : round((hit / answered) * 100);
    }
  }
}

/** The KPI points a form's accepted records (summed in one tally) give: one per aggregate with a value. */
export function kpiValues(def: FormDefinition, t: Tally): Array<{ kpi: string; value: number }> {
  return def.aggregates.flatMap((a) => {
    const value = aggregateValue(a, t);
    return value === null ? [] : [{ kpi: a.kpi, value }];
  });
}

/** A public column: `<field>.sum`, `<field>.mean` for numbers, `<field>=<choice>` counts for choices. */
export type OpenColumn = { id: string; field: string; label: string; kind: 'sum' | 'mean' | 'count' };
export type OpenRow = {
  code: string;
  name: string;
  records: number | null;
  values: Record<string, number | null>;
};

export function openColumns(def: FormDefinition): OpenColumn[] {
  return publicFields(def).flatMap((f): OpenColumn[] => {
    if (f.type === 'integer' || f.type === 'decimal')
      return [
        { id: `${f.name}.sum`, field: f.name, label: `${f.label} (jumlah)`, kind: 'sum' },
        { id: `${f.name}.mean`, field: f.name, label: `${f.label} (rata-rata)`, kind: 'mean' },
      ];
    const choices =
      f.type === 'yes_no'
        ? [
            { value: 'yes', label: 'Ya' },
            { value: 'no', label: 'Tidak' },
          ]
        : (f.choices ?? []);
    if (f.type === 'date') return [];
    return choices.map((c) => ({
      id: `${f.name}=${c.value}`,
      field: f.name,
      label: `${f.label}: ${c.label}`,
      kind: 'count',
    }));
  });
}

/** One public column of a region's tally (the same figures aggregateValue gives). */
function columnValue(c: OpenColumn, t: Tally): number | null {
  if (c.kind === 'count') return countOf(t, eqMetric(c.field, c.id.slice(c.field.length + 1)));
  const cell = t[numMetric(c.field)];
  if (c.kind === 'sum') return round(cell?.total ?? 0);
  return !cell || cell.n === 0 ? null : round(cell.total / cell.n);
}

/**
 * Accepted records per region of `level` (every region of that level appears), with each public
 * column, from kelurahan tallies. Primary suppression: a region under MIN_PUBLIC_CELL records shows
 * only that it is small (records null, every value null); a choice count from 1 to MIN_PUBLIC_CELL − 1
 * is null. Complementary suppression, repeated until nothing changes, so no hidden figure can be
 * recovered by subtraction: among regions sharing a parent (whose total is published one level up)
 * and within a single-choice field of one region (its choices add up), a lone hidden figure takes the
 * smallest visible one of the same group down with it.
 */
export function openTable(
  def: FormDefinition,
  tallies: readonly TallyRow[],
  regions: readonly Region[],
  level: RegionLevel,
): OpenRow[] {
  const columns = openColumns(def);
  const city = regions.find((r) => r.level === 'kota')?.code ?? '';
  const regionOf = (kelurahan: string) =>
    level === 'kota' ? city : level === 'kecamatan' ? kecamatanOf(kelurahan) : kelurahan;
  const byRegion = new Map<string, TallyRow[]>();
  for (const row of tallies) {
    const code = regionOf(row.kelurahan);
    const list = byRegion.get(code);
    if (list) list.push(row);
    else byRegion.set(code, [row]);
  }
  const rows = regions
    .filter((r) => r.level === level)
    .map((region) => {
      const t = sumRows(byRegion.get(region.code) ?? []);
      const records = countOf(t, RECORDS_METRIC);
      const values: Record<string, number | null> = {};
      for (const c of columns) values[c.id] = records === 0 ? null : columnValue(c, t);
      return { region, records, values };
    });
  const hidden = suppress(def, columns, rows, level);
  return rows.map(({ region, records, values }) => {
    const rowHidden = hidden.has(region.code);
    const shown: Record<string, number | null> = {};
    for (const c of columns)
      shown[c.id] = rowHidden || hidden.has(`${region.code}\t${c.id}`) ? null : (values[c.id] ?? null);
    return { code: region.code, name: region.name, records: rowHidden ? null : records, values: shown };
  });
}

type RawRow = { region: Region; records: number; values: Record<string, number | null> };

/** Keys of hidden figures: a region code (its whole row) or `<code>\t<column id>`. */
function suppress(
  def: FormDefinition,
  columns: readonly OpenColumn[],
  rows: readonly RawRow[],
  level: RegionLevel,
): Set<string> {
  const hidden = new Set<string>();
  const small = (n: number) => n > 0 && n < MIN_PUBLIC_CELL;
  const countColumns = columns.filter((c) => c.kind === 'count');
  for (const r of rows) {
    if (small(r.records)) hidden.add(r.region.code);
    for (const c of countColumns) if (small(r.values[c.id] ?? 0)) hidden.add(`${r.region.code}\t${c.id}`);
  }
  // Rows whose sum is published one level up: siblings under the same parent.
  const siblings = new Map<string, RawRow[]>();
  if (level !== 'kota')
    for (const r of rows) {
      const parent = r.region.parent ?? '';
      siblings.set(parent, [...(siblings.get(parent) ?? []), r]);
    }
  const singleChoice = def.fields.filter(
    (f) => !f.personal && (f.type === 'select_one' || f.type === 'yes_no'),
  );
  const cellKey = (r: RawRow, c: OpenColumn) => `${r.region.code}\t${c.id}`;
  const isHidden = (r: RawRow, c?: OpenColumn) =>
    hidden.has(r.region.code) || (c !== undefined && hidden.has(cellKey(r, c)));
  /** When exactly one figure of a group is hidden, hides the smallest visible one; true if it did. */
  const protect = <T>(
    group: readonly T[],
    hiddenOf: (x: T) => boolean,
    size: (x: T) => number,
    hide: (x: T) => void,
  ) => {
    if (group.filter(hiddenOf).length !== 1) return false;
    const visible = group.filter((x) => !hiddenOf(x)).sort((a, b) => size(a) - size(b));
    const pick = visible.find((x) => size(x) > 0) ?? visible[0];
    if (pick === undefined) return false;
    hide(pick);
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of siblings.values()) {
      changed =
        protect(
          group,
          (r) => isHidden(r),
          (r) => r.records,
          (r) => hidden.add(r.region.code),
        ) || changed;
      for (const c of countColumns)
        changed =
          protect(
            group.filter((r) => r.records > 0),
            (r) => isHidden(r, c),
            (r) => r.values[c.id] ?? 0,
            (r) => hidden.add(cellKey(r, c)),
          ) || changed;
    }
    for (const r of rows) {
      if (isHidden(r)) continue;
      for (const f of singleChoice) {
        const cols = countColumns.filter((c) => c.field === f.name);
        changed =
          protect(
            cols,
            (c) => isHidden(r, c),
            (c) => r.values[c.id] ?? 0,
            (c) => hidden.add(cellKey(r, c)),
          ) || changed;
      }
    }
  }
  return hidden;
}
