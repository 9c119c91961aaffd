// Migration 011_services_analytics: the organisations' public services (loaded with the seed of
// shared/data/opd-services.json, every entry unconfirmed) and the daily visit aggregates with
// today's salted distinct-visitor set. Written once for SQLite and PostgreSQL. Runs on the server.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { SEED_SERVICES } from '../../shared/services/seed.ts';
import type { Dialect } from '../db/database.ts';
import type { ServicesTables } from './tables.ts';

type Db = Kysely<unknown>;

export function servicesMigration(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      const withId =
        dialect === 'sqlite'
          ? db.schema
              .createTable('opd_services')
              .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
          : db.schema
              .createTable('opd_services')
              .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity());
      await withId
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'bigint')
        .addColumn('updated_by', 'text')
        .execute();
      await db.schema
        .createIndex('opd_services_by_organisation')
        .on('opd_services')
        .columns(['organisation_id', 'position'])
        .execute();
      const seed = Object.entries(SEED_SERVICES).flatMap(([organisation_id, list]) =>
        list.map((s, position) => ({ organisation_id, position, data: JSON.stringify(s), confirmed: 0 })),
      );
      if (seed.length > 0)
        await (db as Kysely<ServicesTables>).insertInto('opd_services').values(seed).execute();

      await db.schema
        .createTable('visit_daily')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('visitors', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('opens', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('dwell_s', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('handoffs', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('visit_daily_pk', ['day', 'organisation_id'])
        .execute();
      await db.schema
        .createTable('search_misses_daily')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_misses_daily_pk', ['day', 'query'])
        .execute();
      await db.schema
        .createTable('visit_seen')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('digest', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('visit_seen_pk', ['day', 'scope', 'digest'])
        .execute();
      await db.schema
        .createTable('visit_salts')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('salt', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
