// Migration 014_pendataan_aggregates: running tallies of accepted records per kelurahan and metric
// (shared/pendataan/tally.ts) and record counts per RT of each campaign, kept current by the store in
// the same transaction as each record and review; filled here from the records already held.
// Written once for SQLite and PostgreSQL. Runs on the server.
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import { tallyRecords } from '../../shared/pendataan/tally.ts';
import type { Tables } from '../db/tables.ts';
import { type TallyInsert, writeTallies } from './tallyStore.ts';

type Db = Kysely<unknown>;

export function pendataanTallyMigration(): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('pendataan_tallies')
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('form_key', 'text', (c) => c.notNull())
        .addColumn('kelurahan_code', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull())
        .addColumn('first_at', 'bigint')
        .addColumn('last_at', 'bigint')
        .addPrimaryKeyConstraint('pendataan_tallies_key', [
          'organisation_id',
          'form_key',
          'kelurahan_code',
          'metric',
        ])
        .execute();
      await db.schema
        .createTable('pendataan_rt_counts')
        .addColumn('campaign_id', 'bigint', (c) => c.notNull())
        .addColumn('kelurahan_code', 'text', (c) => c.notNull())
        .addColumn('rw', 'integer', (c) => c.notNull())
        .addColumn('rt', 'integer', (c) => c.notNull())
        .addColumn('records', 'bigint', (c) => c.notNull())
        .addColumn('accepted', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('pendataan_rt_counts_key', ['campaign_id', 'kelurahan_code', 'rw', 'rt'])
        .execute();
      await recountAll(db as unknown as Kysely<Tables>);
    },
  };
}

/**
 * Rebuilds both precomputed tables from the records (the migration's backfill; a repair; a bulk
 * change made outside the store). Run inside a transaction or with writers stopped.
 */
export async function recountAll(db: Kysely<Tables>): Promise<void> {
  await db.deleteFrom('pendataan_rt_counts').execute();
  await db.deleteFrom('pendataan_tallies').execute();
  await sql`insert into pendataan_rt_counts (campaign_id, kelurahan_code, rw, rt, records, accepted)
    select campaign_id, kelurahan_code, rw, rt, count(*),
      sum(case when status = 'accepted' then 1 else 0 end)
    from pendataan_submissions where practice = 0 and status <> 'rejected'
    group by campaign_id, kelurahan_code, rw, rt`.execute(db);
  const forms = new Map<number, FormDefinition>();
  for (const f of await db.selectFrom('pendataan_forms').select(['id', 'definition']).execute())
    forms.set(Number(f.id), JSON.parse(f.definition) as FormDefinition);
  const accepted = await db
    .selectFrom('pendataan_submissions')
    .select(['organisation_id', 'form_key', 'form_id', 'kelurahan_code', 'answers', 'submitted_at'])
    .where('status', '=', 'accepted')
    .where('practice', '=', 0)
    .execute();
  const out: TallyInsert[] = [];
  for (const r of accepted) {
    const def = forms.get(Number(r.form_id));
    if (!def) continue;
    const at = Number(r.submitted_at);
    for (const t of tallyRecords(def, [{ kelurahan: r.kelurahan_code, answers: JSON.parse(r.answers) }]))
      out.push({ organisationId: r.organisation_id, formKey: r.form_key, ...t, at });
  }
  await writeTallies(db, out);
}
