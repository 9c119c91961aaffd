// The connector store on both databases (PostgreSQL when reachable; always in CI).
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import { testDatabases } from '../db/testDatabases.ts';
import { openStore } from '../store/store.ts';
import { connectorStatus } from './connectorStore.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const json = { organisationId: 'bpbd', kind: 'json' as const, url: 'http://127.0.0.1:9/x', intervalS: 60 };

describe.each(databases)('connector store on $name', ({ options }) => {
  it('adds, lists, enables, records health and removes connectors', async () => {
    const store = await openStore(options);
    await store.organisations.sync(REGISTRY, Date.now());
    const a = await store.connectors.add({ ...json, mapping: '{"kpis":{"personel":"n"}}' });
    const b = await store.connectors.add({ ...json, kind: 'bmkg', mapping: '{}', intervalS: 3600 });
    expect(a).toMatchObject({ ...json, enabled: true, lastOkAt: null, lastError: null, failures: 0 });
    expect(b.id).toBeGreaterThan(a.id);

    expect(await store.connectors.setEnabled(b.id, false)).toBe(true);
    expect((await store.connectors.list(true)).map((c) => c.id)).toEqual([a.id]);
    expect((await store.connectors.list()).map((c) => c.id)).toEqual([a.id, b.id]);
    expect(await store.connectors.setEnabled(9999, true)).toBe(false);

    await store.connectors.recordFailure(a.id, 'HTTP 500');
    await store.connectors.recordFailure(a.id, 'x'.repeat(1000));
    const failing = await store.connectors.get(a.id);
    expect(failing).toMatchObject({ failures: 2, lastOkAt: null });
    expect(failing?.lastError?.length).toBe(200);
    await store.connectors.recordSuccess(a.id, 1_700_000_000_000);
    expect(await store.connectors.get(a.id)).toMatchObject({
      failures: 0,
      lastError: null,
      lastOkAt: 1_700_000_000_000,
    });

    expect(await store.connectors.remove(b.id)).toBe(true);
    expect(await store.connectors.remove(b.id)).toBe(false);
    expect(await store.connectors.get(b.id)).toBeUndefined();
    await store.close();
  });
});

describe('connectorStatus', () => {
  const c = {
    ...json,
    id: 1,
    mapping: '{}',
    enabled: true,
    lastOkAt: 1_000_000,
    lastError: null,
    failures: 0,
  };
  it('is stale after a failure, before any success, or past three intervals', () => {
    expect(connectorStatus(c, 1_000_000 + 180_000).stale).toBe(false);
    expect(connectorStatus(c, 1_000_000 + 180_001).stale).toBe(true);
    expect(connectorStatus({ ...c, failures: 1, lastError: 'timeout' }, 1_000_000).stale).toBe(true);
    expect(connectorStatus({ ...c, lastOkAt: null }, 1_000_000).stale).toBe(true);
    expect(connectorStatus(c, 1_000_000)).not.toHaveProperty('url');
  });
});
