import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing.ts';
import { openDatabase } from './database.ts';

const dir = tempDir();
afterAll(() => dir.remove());

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('SQLite files', () => {
  it('creates the data folder 0700 and the database with its -wal/-shm files 0600', async () => {
    const dbPath = join(dir.path, 'data', 'db', 'city.sqlite');
    const { db } = await openDatabase({ dbPath });
    await sql`CREATE TABLE probe (x INTEGER)`.execute(db);
    await sql`INSERT INTO probe VALUES (1)`.execute(db);
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
      expect(existsSync(file), file).toBe(true);
      expect(modeOf(file).toString(8), file).toBe('600');
    }
    expect(modeOf(join(dir.path, 'data')).toString(8)).toBe('700');
    expect(modeOf(join(dir.path, 'data', 'db')).toString(8)).toBe('700');
    await db.destroy();
  });

  it('tightens a world-readable database file of an older install', async () => {
    const dbPath = join(dir.path, 'old.sqlite');
    writeFileSync(dbPath, '');
    chmodSync(dbPath, 0o644);
    const { db } = await openDatabase({ dbPath });
    expect(modeOf(dbPath).toString(8)).toBe('600');
    await db.destroy();
  });
});
