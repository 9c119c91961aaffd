import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations.ts';
import { openSqliteStore } from './sqliteStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'makaverse-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (n: number, channel: 'plaza' | 'nearby' = 'plaza') => ({
  channel,
  from: `s${n}`,
  name: `Visitor ${n}`,
  text: `line ${n}`,
  at: 1_700_000_000_000 + n,
});

describe('sqlite store', () => {
  it('creates the folder, migrates, and runs in WAL mode', async () => {
    const path = join(dir, 'nested', 'a.sqlite');
    const store = openSqliteStore(path);
    await store.close();
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    const versions = db.prepare('SELECT version FROM schema_migrations').all();
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });

  it('appends with growing ids and returns recent plaza lines oldest first', async () => {
    const store = openSqliteStore(join(dir, 'b.sqlite'));
    const ids: number[] = [];
    for (let n = 1; n <= 6; n++) ids.push((await store.appendChat(line(n, n === 3 ? 'nearby' : 'plaza'))).id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const recent = await store.recentChat('plaza', 3);
    expect(recent.map((l) => l.text)).toEqual(['line 4', 'line 5', 'line 6']);
    expect(recent[0]).toEqual({ id: ids[3], ...line(4) });
    await store.close();
  });

  it('keeps lines across reopening and applies migrations only once', async () => {
    const path = join(dir, 'c.sqlite');
    const first = openSqliteStore(path);
    await first.appendChat(line(1));
    await first.close();
    const second = openSqliteStore(path);
    expect((await second.recentChat('plaza', 10)).map((l) => l.text)).toEqual(['line 1']);
    await second.close();
    await second.close();
    await expect(second.recentChat('plaza', 1)).rejects.toThrow(/closed/);
  });

  it('refuses a database from a newer server', () => {
    const db = new DatabaseSync(join(dir, 'd.sqlite'));
    migrate(db);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 0)").run();
    expect(() => migrate(db)).toThrow(/newer/);
    db.close();
  });
});
