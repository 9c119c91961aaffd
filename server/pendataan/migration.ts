// Migration 009_pendataan: regions (filled from shared/data/wilayah.json), forms (versioned), campaigns,
// the surveyor roster and submissions. Written once for SQLite and PostgreSQL. Runs on the server.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { REGIONS } from '../../shared/pendataan/wilayah.ts';
import type { Dialect } from '../db/database.ts';

type Db = Kysely<unknown>;

export function pendataanMigration(dialect: Dialect): Migration {
  const table = (db: Db, name: string) =>
    dialect === 'sqlite'
      ? db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : db.schema
          .createTable(name)
          .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity());
  return {
    async up(db: Db) {
      await db.schema
        .createTable('regions')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent_code', 'text')
        .execute();
      await (
        db as Kysely<{ regions: { code: string; name: string; level: string; parent_code: string | null } }>
      )
        .insertInto('regions')
        .values(REGIONS.map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parent })))
        .execute();
      await table(db, 'pendataan_forms')
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('form_key', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('published_at', 'bigint')
        .addUniqueConstraint('pendataan_forms_version', ['organisation_id', 'form_key', 'version'])
        .execute();
      await table(db, 'pendataan_campaigns')
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('form_key', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('deadline_at', 'bigint', (c) => c.notNull())
        .addColumn('target_per_rt', 'integer')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await table(db, 'pendataan_surveyors')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('kelurahan_code', 'text', (c) => c.notNull().references('regions.code'))
        .addColumn('rw', 'integer', (c) => c.notNull())
        .addColumn('rt', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('activation_hash', 'text', (c) => c.unique())
        .addColumn('device_hash', 'text', (c) => c.unique())
        .addColumn('activated_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .addColumn('trained_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('pendataan_surveyors_slot', ['kelurahan_code', 'rw', 'rt', 'role'])
        .execute();
      await table(db, 'pendataan_submissions')
        .addColumn('surveyor_id', 'bigint', (c) => c.notNull().references('pendataan_surveyors.id'))
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('campaign_id', 'bigint', (c) => c.notNull().references('pendataan_campaigns.id'))
        .addColumn('form_id', 'bigint', (c) => c.notNull().references('pendataan_forms.id'))
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('form_key', 'text', (c) => c.notNull())
        .addColumn('kelurahan_code', 'text', (c) => c.notNull())
        .addColumn('rw', 'integer', (c) => c.notNull())
        .addColumn('rt', 'integer', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('household_key', 'text')
        .addColumn('practice', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('submitted_at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('reviewed_at', 'bigint')
        .addColumn('reviewed_by', 'text')
        .addUniqueConstraint('pendataan_submissions_client', ['surveyor_id', 'client_id'])
        .execute();
      await db.schema
        .createIndex('pendataan_submissions_by_campaign')
        .on('pendataan_submissions')
        .columns(['campaign_id', 'practice', 'status'])
        .execute();
      await db.schema
        .createIndex('pendataan_submissions_by_form')
        .on('pendataan_submissions')
        .columns(['organisation_id', 'form_key', 'status'])
        .execute();
    },
  };
}
