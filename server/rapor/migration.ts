// Migration 012_rapor_release: released rapors (frozen JSON), the mayor's office's notes per period and
// organisation, and the awareness tracker's answers (one per visitor, keyed by a hash of the browser's
// visitor id, never the id itself). Written once for SQLite and PostgreSQL. Runs on the server.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

type Db = Kysely<unknown>;

export function raporMigration(): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('rapor_releases')
        .addColumn('period_key', 'text', (c) => c.primaryKey())
        .addColumn('released_at', 'bigint', (c) => c.notNull())
        .addColumn('released_by', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rapor_notes')
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('rapor_notes_pk', ['period_key', 'organisation_id'])
        .execute();
      await db.schema
        .createTable('awareness_answers')
        .addColumn('visitor_key', 'text', (c) => c.primaryKey())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('awareness_answers_by_day').on('awareness_answers').column('day').execute();
    },
  };
}
