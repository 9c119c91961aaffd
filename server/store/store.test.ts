// The storage suite: runs against SQLite and, when reachable (always in CI), PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testDatabases.ts';
import { openStore } from './store.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const line = (n: number, channel: 'plaza' | 'nearby' = 'plaza') => ({
  channel,
  from: `s${n}`,
  name: `Visitor ${n}`,
  text: `line ${n}`,
  at: 1_700_000_000_000 + n,
});

describe.each(databases)('store on $name', ({ name, options }) => {
  it('migrates a new database and reports its dialect', async () => {
    const store = await openStore(options);
    expect(store.dialect).toBe(name);
    await store.close();
  });

  it('appends chat with growing ids and returns recent plaza lines oldest first', async () => {
    const store = await openStore(options);
    const ids: number[] = [];
    for (let n = 1; n <= 6; n++) ids.push((await store.appendChat(line(n, n === 3 ? 'nearby' : 'plaza'))).id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const recent = await store.recentChat('plaza', 3);
    expect(recent.map((l) => l.text)).toEqual(['line 4', 'line 5', 'line 6']);
    expect(recent[0]).toEqual({ id: ids[3], ...line(4) });
    await store.close();
  });

  it('keeps lines across reopening, migrating only once, and rejects calls once closed', async () => {
    const first = await openStore(options);
    const before = await first.recentChat('plaza', 100);
    await first.appendChat(line(99));
    await first.close();
    const second = await openStore(options);
    expect((await second.recentChat('plaza', 100)).map((l) => l.text)).toEqual([
      ...before.map((l) => l.text),
      'line 99',
    ]);
    await second.close();
    await second.close();
    await expect(second.recentChat('plaza', 1)).rejects.toThrow(/closed/);
  });
});
