// Upserting metric points: the points themselves and, in the same transaction, each KPI's current
// point (latest_points). Runs on the server.
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import type { NewMetricPoint } from './metricStore.ts';

/** Rows per INSERT statement: 7 parameters each stays far below both databases' parameter limits. */
const INSERT_CHUNK = 500;

type Row = Tables['metric_points'];

/** Real before simulated, then newer before older: the order in which a KPI's current point is chosen. */
const better = (a: Row, b: Row) => a.simulated < b.simulated || (a.simulated === b.simulated && a.at >= b.at);

/** Inserts or updates all points in one transaction: all or nothing. */
export async function upsert(db: Kysely<Tables>, points: NewMetricPoint[]): Promise<void> {
  // One row per (organisation, KPI, time): a later duplicate in the same batch wins.
  const unique = new Map(points.map((p) => [`${p.organisationId}\u0000${p.kpi}\u0000${p.at}`, p]));
  const rows: Row[] = [...unique.values()].map((p) => ({
    organisation_id: p.organisationId,
    kpi_id: p.kpi,
    at: p.at,
    value: p.value,
    source: p.source,
    simulated: p.simulated ? 1 : 0,
    received_at: p.receivedAt,
  }));
  const best = new Map<string, Row>();
  for (const r of rows) {
    const key = `${r.organisation_id}\u0000${r.kpi_id}`;
    const current = best.get(key);
    if (!current || better(r, current)) best.set(key, r);
  }
  if (rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('metric_points')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflict((c) =>
          c
            .columns(['organisation_id', 'kpi_id', 'at'])
            .doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              source: eb.ref('excluded.source'),
              simulated: eb.ref('excluded.simulated'),
              received_at: eb.ref('excluded.received_at'),
            }))
            // A simulated point never overwrites a real one.
            .where((eb) => eb(eb.ref('excluded.simulated'), '<=', eb.ref('metric_points.simulated'))),
        )
        .execute();
    }
    const latest = [...best.values()].map(({ received_at: _, ...r }) => r);
    for (let i = 0; i < latest.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('latest_points')
        .values(latest.slice(i, i + INSERT_CHUNK))
        .onConflict((c) =>
          c
            .columns(['organisation_id', 'kpi_id'])
            .doUpdateSet((eb) => ({
              at: eb.ref('excluded.at'),
              value: eb.ref('excluded.value'),
              source: eb.ref('excluded.source'),
              simulated: eb.ref('excluded.simulated'),
            }))
            .where((eb) =>
              eb.or([
                eb(eb.ref('excluded.simulated'), '<', eb.ref('latest_points.simulated')),
                eb.and([
                  eb(eb.ref('excluded.simulated'), '=', eb.ref('latest_points.simulated')),
                  eb(eb.ref('excluded.at'), '>=', eb.ref('latest_points.at')),
                ]),
              ]),
            ),
        )
        .execute();
    }
  });
}
