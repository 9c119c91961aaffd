// Opens the store's database: a SQLite file through node:sqlite by default, PostgreSQL when a
// DATABASE_URL is configured. One Kysely query layer for both; migrations run here, at start.
// Runs on the server.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
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

/** Owner-only modes for what the store creates: the data folder 0700, the database files 0600. */
const DATA_DIR_MODE = 0o700;
const DATA_FILE_MODE = 0o600;

/**
 * Creates the SQLite file owner-only before SQLite opens it (SQLite gives its -wal/-shm/-journal
 * files the mode of the database file), and tightens an existing file of an older install. A
 * folder is made 0700 only when created here: an existing one (perhaps shared) is left as it is.
 */
function prepareSqliteFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: DATA_DIR_MODE });
  closeSync(openSync(path, 'a', DATA_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (existsSync(file) && (statSync(file).mode & 0o777) !== DATA_FILE_MODE) chmodSync(file, DATA_FILE_MODE);
  }
}

function openSqlite(path: string): Kysely<Tables> {
  if (path !== ':memory:') prepareSqliteFile(path);
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
