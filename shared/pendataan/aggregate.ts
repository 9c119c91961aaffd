// What collected records add up to: the form's KPI aggregates (count, sum, mean, share of a choice),
// and the public open-data table by region with small cells suppressed and no personal field.
// Pure; runs on the server (KPI ingest, open data) and the client.
import type { AnswerValue } from './expr.ts';
import { type Aggregate, type FormDefinition, publicFields } from './form.ts';
import { kecamatanOf, type Region, type RegionLevel } from './wilayah.ts';

/** Cells (records of a region, or of one choice) under this many are hidden in public output. */
export const MIN_PUBLIC_CELL = 5;

export type RecordAnswers = { kelurahan: string; answers: Readonly<Record<string, AnswerValue>> };

const has = (v: AnswerValue, choice: string | undefined): boolean => {
  if (Array.isArray(v)) return choice !== undefined && v.includes(choice);
  if (typeof v === 'boolean') return (v ? 'yes' : 'no') === choice;
  return v !== undefined && String(v) === choice;
};
const answered = (v: AnswerValue) => v !== undefined && !(Array.isArray(v) && v.length === 0);
const round = (n: number) => Math.round(n * 100) / 100;

/** One aggregate over records; null when it has nothing to stand on (a mean or share of no answers). */
export function aggregateValue(a: Aggregate, records: readonly RecordAnswers[]): number | null {
  const values = a.field === undefined ? [] : records.map((r) => r.answers[a.field ?? '']).filter(answered);
  switch (a.op) {
    case 'count':
      return a.field === undefined ? records.length : values.filter((v) => has(v, a.choice)).length;
    case 'sum':
      return round(values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0));
    case 'mean': {
      const nums = values.filter((v): v is number => typeof v === 'number');
      return nums.length === 0 ? null : round(nums.reduce((s, v) => s + v, 0) / nums.length);
    }
    case 'share':
      return values.length === 0
        ? null
        : round((values.filter((v) => has(v, a.choice)).length / values.length) * 100);
  }
}

/** The KPI points a form's accepted records give: one per aggregate that has a value. */
export function kpiValues(
  def: FormDefinition,
  records: readonly RecordAnswers[],
): Array<{ kpi: string; value: number }> {
  return def.aggregates.flatMap((a) => {
    const value = aggregateValue(a, records);
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

/** One public column over a group in a single pass (the same figures aggregateValue gives). */
function columnValue(c: OpenColumn, group: readonly RecordAnswers[]): number | null {
  const choice = c.kind === 'count' ? c.id.slice(c.field.length + 1) : undefined;
  let n = 0;
  let sum = 0;
  for (const r of group) {
    const v = r.answers[c.field];
    if (choice !== undefined) n += has(v, choice) ? 1 : 0;
    else if (typeof v === 'number') {
      n++;
      sum += v;
    }
  }
  if (choice !== undefined) return n;
  return c.kind === 'sum' ? round(sum) : n === 0 ? null : round(sum / n);
}

/**
 * Records per region of `level` (every region of that level appears), with each public column.
 * A region under MIN_PUBLIC_CELL records shows nothing but that it is small (records null); a choice
 * count under MIN_PUBLIC_CELL (and above 0) is null.
 */
export function openTable(
  def: FormDefinition,
  records: readonly RecordAnswers[],
  regions: readonly Region[],
  level: RegionLevel,
): OpenRow[] {
  const columns = openColumns(def);
  const city = regions.find((r) => r.level === 'kota')?.code ?? '';
  const regionOf = (kelurahan: string) =>
    level === 'kota' ? city : level === 'kecamatan' ? kecamatanOf(kelurahan) : kelurahan;
  const groups = new Map<string, RecordAnswers[]>();
  for (const r of records) {
    const code = regionOf(r.kelurahan);
    const group = groups.get(code);
    if (group) group.push(r);
    else groups.set(code, [r]);
  }
  return regions
    .filter((r) => r.level === level)
    .map((region) => {
      const group = groups.get(region.code) ?? [];
      const small = group.length > 0 && group.length < MIN_PUBLIC_CELL;
      const values: Record<string, number | null> = {};
      for (const c of columns) {
        const v = small || group.length === 0 ? null : columnValue(c, group);
        values[c.id] = c.kind === 'count' && v !== null && v > 0 && v < MIN_PUBLIC_CELL ? null : v;
      }
      return { code: region.code, name: region.name, records: small ? null : group.length, values };
    });
}
