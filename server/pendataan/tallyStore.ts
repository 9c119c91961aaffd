// Precomputed counts the public and staff views read (table shapes in tables.ts, migration
// 014_pendataan_aggregates): tallies of accepted records per kelurahan and metric, and records per RT
// of each campaign. Written only inside the transaction that stores a record or its review, so they
// always agree with the records. Runs on the server.
import type { Kysely } from 'kysely';
import type { RtCount } from '../../shared/pendataan/progress.ts';
import { RECORDS_METRIC, type TallyRow } from '../../shared/pendataan/tally.ts';
import type { Tables } from '../db/tables.ts';

export type TallyInsert = TallyRow & { organisationId: string; formKey: string; at: number };
export type RtDelta = {
  campaignId: number;
  kelurahan: string;
  rw: number;
  rt: number;
  records: number;
  accepted: number;
};

/** Rows per statement: 8 parameters each stays far below either database's limit. */
const CHUNK = 500;

const chunks = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/** Adds cells to the tallies (merged first: one statement may touch a row only once). */
export async function writeTallies(db: Kysely<Tables>, cells: readonly TallyInsert[]): Promise<void> {
  const merged = new Map<string, TallyInsert & { first: number; last: number }>();
  for (const c of cells) {
    const key = `${c.organisationId}\t${c.formKey}\t${c.kelurahan}\t${c.metric}`;
    const held = merged.get(key);
    if (!held) merged.set(key, { ...c, first: c.at, last: c.at });
    else {
      held.n += c.n;
      held.total += c.total;
      held.first = Math.min(held.first, c.at);
      held.last = Math.max(held.last, c.at);
    }
  }
  for (const part of chunks([...merged.values()]))
    await db
      .insertInto('pendataan_tallies')
      .values(
        part.map((c) => ({
          organisation_id: c.organisationId,
          form_key: c.formKey,
          kelurahan_code: c.kelurahan,
          metric: c.metric,
          n: c.n,
          total: c.total,
          first_at: c.metric === RECORDS_METRIC ? c.first : null,
          last_at: c.metric === RECORDS_METRIC ? c.last : null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'form_key', 'kelurahan_code', 'metric']).doUpdateSet((eb) => ({
          n: eb('pendataan_tallies.n', '+', eb.ref('excluded.n')),
          total: eb('pendataan_tallies.total', '+', eb.ref('excluded.total')),
          first_at: eb
            .case()
            .when('excluded.first_at', '<', eb.ref('pendataan_tallies.first_at'))
            .then(eb.ref('excluded.first_at'))
            .else(eb.ref('pendataan_tallies.first_at'))
            .end(),
          last_at: eb
            .case()
            .when('excluded.last_at', '>', eb.ref('pendataan_tallies.last_at'))
            .then(eb.ref('excluded.last_at'))
            .else(eb.ref('pendataan_tallies.last_at'))
            .end(),
        })),
      )
      .execute();
}

/** Adds to the record and acceptance counts of RTs (merged first, like writeTallies). */
export async function bumpRtCounts(db: Kysely<Tables>, deltas: readonly RtDelta[]): Promise<void> {
  const merged = new Map<string, RtDelta>();
  for (const d of deltas) {
    const key = `${d.campaignId}\t${d.kelurahan}\t${d.rw}\t${d.rt}`;
    const held = merged.get(key);
    if (!held) merged.set(key, { ...d });
    else {
      held.records += d.records;
      held.accepted += d.accepted;
    }
  }
  for (const part of chunks([...merged.values()]))
    await db
      .insertInto('pendataan_rt_counts')
      .values(
        part.map((d) => ({
          campaign_id: d.campaignId,
          kelurahan_code: d.kelurahan,
          rw: d.rw,
          rt: d.rt,
          records: d.records,
          accepted: d.accepted,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['campaign_id', 'kelurahan_code', 'rw', 'rt']).doUpdateSet((eb) => ({
          records: eb('pendataan_rt_counts.records', '+', eb.ref('excluded.records')),
          accepted: eb('pendataan_rt_counts.accepted', '+', eb.ref('excluded.accepted')),
        })),
      )
      .execute();
}

/** A form's tallies per kelurahan (every version), and the span of its accepted records' times. */
export async function readTallies(
  db: Kysely<Tables>,
  organisationId: string,
  formKey: string,
): Promise<{ rows: TallyRow[]; period: { from: number; to: number } | null }> {
  const found = await db
    .selectFrom('pendataan_tallies')
    .select(['kelurahan_code', 'metric', 'n', 'total', 'first_at', 'last_at'])
    .where('organisation_id', '=', organisationId)
    .where('form_key', '=', formKey)
    .execute();
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  const rows = found.map((r) => {
    if (r.first_at !== null) from = Math.min(from, Number(r.first_at));
    if (r.last_at !== null) to = Math.max(to, Number(r.last_at));
    return { kelurahan: r.kelurahan_code, metric: r.metric, n: Number(r.n), total: Number(r.total) };
  });
  return { rows, period: Number.isFinite(from) ? { from, to } : null };
}

/** Records (not rejected) and accepted records per RT of a campaign. */
export async function readRtCounts(db: Kysely<Tables>, campaignId: number): Promise<RtCount[]> {
  const found = await db
    .selectFrom('pendataan_rt_counts')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .execute();
  return found.map((r) => ({
    kelurahan: r.kelurahan_code,
    rw: r.rw,
    rt: r.rt,
    records: Number(r.records),
    accepted: Number(r.accepted),
  }));
}
