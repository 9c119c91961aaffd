// Migration 010_kiosks: the kiosks staff configure (issue 9) and what each last reported.
// Written once for SQLite and PostgreSQL. Runs on the server.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export function kiosksMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('kiosks')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('location', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('idle_seconds', 'integer', (c) => c.notNull())
        /** 'plaza' or an organisation id (its booth). */
        .addColumn('start_place', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint')
        /** The last heartbeat's report, JSON. */
        .addColumn('report', 'text')
        .addColumn('reload_requested_at', 'bigint')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('kiosks').execute();
    },
  };
}
