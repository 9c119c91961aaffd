// Versioned schema migrations, applied in order at start by Kysely's Migrator (table
// kysely_migration). Written once for SQLite and PostgreSQL. Append new ones; never edit an applied one.
import { sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import { kiosksMigration } from '../kiosks/migration.ts';
import { pendataanMigration } from '../pendataan/migration.ts';
import { pendataanTallyMigration } from '../pendataan/tallyMigration.ts';
import { raporMigration } from '../rapor/migration.ts';
import { servicesMigration } from '../services/migration.ts';
import type { Dialect } from './database.ts';
import { accountHardening, cityModeration, retention, sessionRequestIds } from './hardeningMigrations.ts';
import { type Db, withId } from './tableWithId.ts';

function migrations(dialect: Dialect): Record<string, Migration> {
  const table = withId(dialect);
  return {
    '001_chat_lines': {
      async up(db: Db) {
        await table(db, 'chat_lines')
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('sender', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('chat_lines_by_channel')
          .ifNotExists()
          .on('chat_lines')
          .columns(['channel', 'id'])
          .execute();
      },
    },
    '002_live_data': {
      async up(db: Db) {
        await db.schema
          .createTable('organisations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('abbreviation', 'text', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('profile', 'text')
          .addColumn('synced_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('kpis')
          .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('label', 'text', (c) => c.notNull())
          .addColumn('unit', 'text', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('target', 'double precision')
          .addColumn('min', 'double precision', (c) => c.notNull())
          .addColumn('max', 'double precision', (c) => c.notNull())
          .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
          .addColumn('seed', 'double precision', (c) => c.notNull())
          .addPrimaryKeyConstraint('kpis_pk', ['organisation_id', 'id'])
          .execute();
        await db.schema
          .createTable('metric_points')
          .addColumn('organisation_id', 'text', (c) => c.notNull())
          .addColumn('kpi_id', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('value', 'double precision', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('simulated', 'integer', (c) => c.notNull())
          .addColumn('received_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('metric_points_pk', ['organisation_id', 'kpi_id', 'at'])
          .addForeignKeyConstraint('metric_points_kpi', ['organisation_id', 'kpi_id'], 'kpis', [
            'organisation_id',
            'id',
          ])
          .execute();
        await db.schema
          .createTable('api_keys')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
          .addColumn('secret_hash', 'text', (c) => c.notNull())
          .addColumn('label', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('revoked_at', 'bigint')
          .addColumn('last_used_at', 'bigint')
          .execute();
        await table(db, 'users')
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
          .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('locked_until', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await table(db, 'connectors')
          .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('mapping', 'text', (c) => c.notNull())
          .addColumn('interval_s', 'integer', (c) => c.notNull())
          .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('last_ok_at', 'bigint')
          .addColumn('last_error', 'text')
          .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await table(db, 'audit_log')
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('detail', 'text')
          .execute();
      },
    },
    '003_settings': {
      async up(db: Db) {
        await db.schema
          .createTable('settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '004_latest_points': {
      // The current value of each KPI, kept by the metric store in the same transaction as the
      // points, so latest values never scan history. Filled here from the points already stored.
      async up(db: Db) {
        await db.schema
          .createTable('latest_points')
          .addColumn('organisation_id', 'text', (c) => c.notNull())
          .addColumn('kpi_id', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('value', 'double precision', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('simulated', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('latest_points_pk', ['organisation_id', 'kpi_id'])
          .execute();
        await sql`insert into latest_points (organisation_id, kpi_id, at, value, source, simulated)
          select organisation_id, kpi_id, at, value, source, simulated from (
            select organisation_id, kpi_id, at, value, source, simulated, row_number() over (
              partition by organisation_id, kpi_id order by simulated, at desc) as pick
            from metric_points) ranked
          where pick = 1`.execute(db);
      },
    },
    '005_sessions': {
      // Public sessions (issue 4): the sessions, their append-only event logs, slide decks with their
      // page images (blob/bytea), and the stored records. Their chat lives in chat_lines.
      async up(db: Db) {
        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('organiser', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('starts_at', 'bigint', (c) => c.notNull())
          .addColumn('ends_at', 'bigint', (c) => c.notNull())
          .addColumn('agenda', 'text', (c) => c.notNull())
          .addColumn('visibility', 'text', (c) => c.notNull())
          .addColumn('invite_code', 'text')
          .addColumn('phase', 'text', (c) => c.notNull())
          .addColumn('created_by_id', 'bigint', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_by_start').on('sessions').column('starts_at').execute();
        await table(db, 'session_events')
          .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('actor', 'text')
          .addColumn('act', 'text', (c) => c.notNull())
          .addUniqueConstraint('session_events_seq', ['session_id', 'seq'])
          .execute();
        await db.schema
          .createTable('session_decks')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('pages', 'integer', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('session_decks_by_session')
          .on('session_decks')
          .column('session_id')
          .execute();
        await db.schema
          .createTable('session_slides')
          .addColumn('deck_id', 'text', (c) => c.notNull().references('session_decks.id'))
          .addColumn('page', 'integer', (c) => c.notNull())
          .addColumn('mime', 'text', (c) => c.notNull())
          .addColumn('bytes', dialect === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
          .addPrimaryKeyConstraint('session_slides_pk', ['deck_id', 'page'])
          .execute();
        await table(db, 'session_records')
          .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('record', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('session_records_by_session')
          .on('session_records')
          .columns(['session_id', 'id'])
          .execute();
      },
    },
    '006_account_hardening': accountHardening(),
    '007_city_moderation': cityModeration(dialect),
    '008_retention': retention(dialect),
    '009_pendataan': pendataanMigration(dialect),
    '010_kiosks': kiosksMigration(),
    '011_services_analytics': servicesMigration(dialect),
    '012_rapor_release': raporMigration(),
    '014_pendataan_aggregates': pendataanTallyMigration(),
    '015_session_request_ids': sessionRequestIds(),
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
