// The storage suite for live data (organisations, metrics, keys, audit) on SQLite and, when reachable
// (always in CI), PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiRules } from '../../shared/kpi.ts';
import { REGISTRY, type Registry } from '../../shared/registry.ts';
import { testDatabases } from '../db/testDatabases.ts';
import type { NewMetricPoint } from './metricStore.ts';
import { openStore, type Store } from './store.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const T0 = Date.UTC(2026, 5, 1, 0, 0, 0);
const HOUR = 3_600_000;
const setda = REGISTRY.organisations.find((o) => o.id === 'setda');
if (!setda) throw new Error('setda missing from the registry');
const [kpiA, kpiB] = setda.kpis;
if (!kpiA || !kpiB) throw new Error('setda needs two KPIs');

const point = (kpi: string, at: number, value: number, simulated = false): NewMetricPoint => ({
  organisationId: 'setda',
  kpi,
  at,
  value,
  source: simulated ? 'simulator' : 'push:k1',
  simulated,
  receivedAt: at,
});

describe.each(databases)('live-data stores on $name', ({ options }) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(options);
    await store.organisations.sync(REGISTRY, T0);
  });
  afterAll(() => store.close());

  it('syncs organisations and KPI rules from the registry, idempotently, keeping profiles', async () => {
    expect(await store.organisations.updateProfile('setda', { description: 'Balai Kota' })).toBe(true);
    const renamed: Registry = {
      ...REGISTRY,
      organisations: REGISTRY.organisations.map((o) => (o.id === 'setda' ? { ...o, name: 'Setda baru' } : o)),
    };
    await store.organisations.sync(renamed, T0 + 1);
    const all = await store.organisations.list();
    expect(all).toHaveLength(REGISTRY.organisations.length);
    const got = await store.organisations.get('setda');
    expect(got?.name).toBe('Setda baru');
    expect(got?.kpis).toHaveLength(setda.kpis.length);
    // Whole-number input is derived from the unit on every check, not stored.
    const { integer: _, ...rules } = kpiRules(kpiA);
    expect(got?.kpis.find((k) => k.id === kpiA.id)).toEqual({
      id: kpiA.id,
      label: kpiA.label,
      unit: kpiA.unit,
      ...rules,
      weight: 1,
      seed: kpiA.typical,
    });
    expect(await store.organisations.getProfile('setda')).toEqual({ description: 'Balai Kota' });
    expect(await store.organisations.get('nope')).toBeUndefined();
    expect(await store.organisations.getProfile('nope')).toBeNull();
    expect(await store.organisations.updateProfile('nope', {})).toBe(false);
    await store.organisations.sync(REGISTRY, T0 + 2);
  });

  it('upserts points idempotently and reports the latest per KPI', async () => {
    await store.metrics.upsertPoints([
      point(kpiA.id, T0, 10),
      point(kpiA.id, T0 + HOUR, 11),
      point(kpiB.id, T0, 5),
    ]);
    await store.metrics.upsertPoints([point(kpiA.id, T0 + HOUR, 12)]);
    const latest = await store.metrics.latest('setda');
    expect(latest).toEqual(
      [
        { kpi: kpiA.id, value: 12, at: T0 + HOUR, source: 'push:k1', simulated: false },
        { kpi: kpiB.id, value: 5, at: T0, source: 'push:k1', simulated: false },
      ].sort((a, b) => a.kpi.localeCompare(b.kpi)),
    );
    const history = await store.metrics.history('setda', kpiA.id, {
      fromMs: T0,
      toMs: T0 + 2 * HOUR,
      bucketMs: HOUR,
    });
    expect(history.map((b) => b.count)).toEqual([1, 1]);
    expect((await store.metrics.latestAll()).setda).toEqual(latest);
    expect(await store.metrics.latest('dinkes')).toEqual([]);
  });

  it('writes a batch all or nothing', async () => {
    const bad = { ...point(kpiA.id, T0 + 5 * HOUR, 1), kpi: 'no-such-kpi' };
    await expect(store.metrics.upsertPoints([point(kpiA.id, T0 + 4 * HOUR, 99), bad])).rejects.toThrow();
    const h = await store.metrics.history('setda', kpiA.id, {
      fromMs: T0 + 4 * HOUR,
      toMs: T0 + 6 * HOUR,
      bucketMs: HOUR,
    });
    expect(h).toEqual([]);
  });

  it('buckets history with mean, min, max and count', async () => {
    const base = T0 + 10 * HOUR;
    await store.metrics.upsertPoints([
      point(kpiB.id, base, 2),
      point(kpiB.id, base + 10 * 60_000, 4),
      point(kpiB.id, base + 50 * 60_000, 9),
      point(kpiB.id, base + 2 * HOUR + 1, 7),
      point(kpiB.id, base + 3 * HOUR, 100),
    ]);
    const h = await store.metrics.history('setda', kpiB.id, {
      fromMs: base,
      toMs: base + 3 * HOUR,
      bucketMs: HOUR,
    });
    expect(h).toEqual([
      { at: base, mean: 5, min: 2, max: 9, count: 3 },
      { at: base + 2 * HOUR, mean: 7, min: 7, max: 7, count: 1 },
    ]);
  });

  it('tells real data from simulated, and never lets a simulated point overwrite a real one', async () => {
    const org = 'dinkes';
    const kpi = REGISTRY.organisations.find((o) => o.id === org)?.kpis[0]?.id ?? '';
    const sim = (at: number, value: number, simulated: boolean) => ({
      ...point(kpi, at, value, simulated),
      organisationId: org,
    });
    await store.metrics.upsertPoints([sim(T0, 1, true)]);
    expect(await store.metrics.hasRealData(org)).toBe(false);
    await store.metrics.upsertPoints([sim(T0, 2, true)]);
    expect((await store.metrics.latest(org))[0]?.value).toBe(2);
    await store.metrics.upsertPoints([sim(T0, 3, false)]);
    expect(await store.metrics.hasRealData(org)).toBe(true);
    await store.metrics.upsertPoints([sim(T0, 4, true)]);
    expect((await store.metrics.latest(org))[0]).toMatchObject({ value: 3, simulated: false });
  });

  it('shows real data before newer simulated points, in latest and in history', async () => {
    const org = 'dinkes';
    const kpis = REGISTRY.organisations.find((o) => o.id === org)?.kpis ?? [];
    const [real, demo] = [kpis[0]?.id ?? '', kpis[1]?.id ?? ''];
    const p = (kpi: string, at: number, value: number, simulated: boolean) => ({
      ...point(kpi, at, value, simulated),
      organisationId: org,
    });
    await store.metrics.upsertPoints([p(real, T0 + HOUR, 50, true), p(demo, T0 + HOUR, 60, true)]);
    const latest = await store.metrics.latest(org);
    expect(latest.find((v) => v.kpi === real)).toMatchObject({ value: 3, at: T0, simulated: false });
    expect(latest.find((v) => v.kpi === demo)).toMatchObject({ value: 60, simulated: true });
    expect((await store.metrics.latestAll()).dinkes).toEqual(latest);
    const q = { fromMs: T0, toMs: T0 + 2 * HOUR, bucketMs: HOUR };
    expect((await store.metrics.history(org, real, q)).map((b) => b.mean)).toEqual([3]);
    expect((await store.metrics.history(org, demo, q)).map((b) => b.mean)).toEqual([60]);
  });

  it('creates, verifies, lists and revokes hashed API keys', async () => {
    const { id, key } = await store.keys.create('setda', 'sistem keuangan', T0);
    expect(key).toMatch(new RegExp(`^mkv_${id}_[0-9a-f]{48}$`));
    expect(await store.keys.verify(key, T0 + HOUR)).toEqual({ id, organisationId: 'setda' });
    expect(await store.keys.verify(key, T0 + HOUR + 1)).toEqual({ id, organisationId: 'setda' });
    const tampered = `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`;
    expect(await store.keys.verify(tampered, T0)).toBeNull();
    expect(await store.keys.verify('mkv_nothing', T0)).toBeNull();
    const listed = (await store.keys.list()).find((k) => k.id === id);
    expect(listed).toEqual({
      id,
      organisationId: 'setda',
      label: 'sistem keuangan',
      createdAt: T0,
      revokedAt: null,
      lastUsedAt: T0 + HOUR,
    });
    expect(JSON.stringify(await store.keys.list())).not.toContain(key.slice(-48));
    expect(await store.keys.revoke(id, T0 + 2 * HOUR)).toBe(true);
    expect(await store.keys.verify(key, T0 + 3 * HOUR)).toBeNull();
    expect(await store.keys.revoke('000000000000', T0)).toBe(false);
    await expect(store.keys.create('nope', null, T0)).rejects.toThrow();
  });

  it('appends audit entries and lists the newest first', async () => {
    await store.audit.append(
      { actor: 'admin', action: 'key.create', target: 'setda', detail: { id: 'a' } },
      T0,
    );
    await store.audit.append({ actor: 'push:k1', action: 'metrics.ingest', target: 'dinkes' }, T0 + 1);
    const recent = await store.audit.recent({ limit: 2 });
    expect(recent.map((e) => e.action)).toEqual(['metrics.ingest', 'key.create']);
    expect(recent[1]).toMatchObject({ at: T0, actor: 'admin', target: 'setda', detail: { id: 'a' } });
    expect(recent[0]).not.toHaveProperty('detail');
    expect((await store.audit.recent({ limit: 10, target: 'setda' })).map((e) => e.target)).toEqual([
      'setda',
    ]);
  });
});
