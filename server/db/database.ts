// Opens the store's database: a SQLite file through node:sqlite by default, PostgreSQL when a
// DATABASE_URL is configured. One Kysely query layer for both; migrations run here, at start.
// Runs on the server.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrationProvider } from './migrations.ts';
import { nodeSqliteDialect } from './nodeSqliteDialect.ts';
import type { Tables } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Database = { db: Kysely<Tables>; dialect: Dialect };
export type DatabaseOptions = { dbPath: string; databaseUrl?: string | undefined };

const INT8_OID = 20;
const NUMERIC_OID = 1700;

function openSqlite(path: string): Kysely<Tables> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new DatabaseSync(path);
  // WAL: readers never wait for the writer; foreign keys are off by default in SQLite.
  sqlite.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  return new Kysely<Tables>({ dialect: nodeSqliteDialect(sqlite) });
}

function openPostgres(url: string): Kysely<Tables> {
  // bigint (epoch ms) and numeric come back as strings by default: read them as numbers.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID || oid === NUMERIC_OID ? Number : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens and migrates the database; throws (and closes it) when a migration fails. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const dialect: Dialect = options.databaseUrl ? 'postgres' : 'sqlite';
  const db = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dbPath);
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await db.destroy();
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
  return { db, dialect };
}
