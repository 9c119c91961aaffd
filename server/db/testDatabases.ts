// For tests: the databases a storage suite runs against — always a fresh SQLite file, and a fresh
// PostgreSQL database when a server answers at TEST_DATABASE_URL (default: local trust auth). In CI
// (CI=true) PostgreSQL is required; locally its absence is reported and that half is left out.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseOptions } from './database.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = { name: 'sqlite' | 'postgres'; options: DatabaseOptions; drop(): Promise<void> };

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'makaverse-db-'));
  return {
    name: 'sqlite',
    options: { dbPath: join(dir, 'test.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Closed pools may still be disconnecting: a forced drop would end them with an error event, so
 *  wait (up to ~2 s) for them to go, and force only what is left after that. */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** A new empty PostgreSQL database, or null (with a visible warning) when none is reachable locally. */
export async function postgresTestDatabase(): Promise<TestDatabase | null> {
  const name = `makaverse_test_${randomBytes(6).toString('hex')}`;
  try {
    await adminQuery(`CREATE DATABASE ${name}`);
  } catch (e) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI: ${String(e)}`);
    console.warn(
      `PostgreSQL not reachable at ${ADMIN_URL}: the PostgreSQL half of the storage suite is not run.`,
    );
    return null;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    options: { dbPath: '', databaseUrl: url.toString() },
    drop: () => dropDatabase(name),
  };
}

/** Both databases (PostgreSQL only when reachable), for `describe.each`. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const postgres = await postgresTestDatabase();
  return postgres ? [sqliteTestDatabase(), postgres] : [sqliteTestDatabase()];
}
