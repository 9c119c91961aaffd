// The demo feed: deterministic values near the seeds within range, backfill, and stopping for an
// organisation once real data exists — against a real SQLite store.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiRules } from '../../shared/kpi.ts';
import { REGISTRY, type Registry } from '../../shared/registry.ts';
import { openStore, type Store } from '../store/store.ts';
import { startTestCity, tempDir } from '../testing.ts';
import { ingestPoints } from './ingest.ts';
import { createLiveBus, type LiveEvent } from './liveBus.ts';
import {
  BACKFILL_DAYS,
  BACKFILL_HOURS,
  SIMULATOR_SOURCE,
  simulatedValue,
  startSimulator,
} from './simulator.ts';

const dir = tempDir();
afterAll(() => dir.remove());

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1, 9, 30, 7);
const INTERVAL = 15_000;
const FIRST_HOUR = Math.floor(NOW / HOUR) * HOUR - BACKFILL_HOURS * HOUR;
const registry: Registry = {
  categories: REGISTRY.categories,
  organisations: REGISTRY.organisations.filter((o) => o.id === 'setda' || o.id === 'dinkes'),
};

describe('simulatedValue', () => {
  it('is a pure function of organisation, KPI and time, near the seed and within range', () => {
    for (const org of REGISTRY.organisations.slice(0, 20)) {
      for (const kpi of org.kpis) {
        const rules = kpiRules(kpi);
        const values = Array.from({ length: 96 }, (_, i) =>
          simulatedValue(org.id, kpi, rules, NOW + i * 15 * 60_000),
        );
        expect(simulatedValue(org.id, kpi, rules, NOW)).toBe(values[0]);
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(rules.min);
          expect(v).toBeLessThanOrEqual(rules.max);
          expect(Math.abs(v - kpi.typical)).toBeLessThanOrEqual(Math.abs(kpi.typical) * 0.13 + 1);
        }
        if (kpi.typical >= 100) expect(new Set(values).size).toBeGreaterThan(1);
      }
    }
  });
});

describe('startSimulator', () => {
  let store: Store;
  const events: LiveEvent[] = [];
  let now = NOW;
  beforeAll(async () => {
    store = await openStore({ dbPath: join(dir.path, 'sim.sqlite') });
    await store.organisations.sync(registry, NOW);
  });
  afterAll(() => store.close());

  const live = createLiveBus();
  live.subscribe((e) => events.push(e));
  const deps = () => ({ metrics: store.metrics, audit: store.audit, live, registry });

  it('backfills the last hours and the current slot, marked simulated, without auditing', async () => {
    const sim = startSimulator(deps(), { intervalMs: INTERVAL, now: () => now, autostart: false });
    await sim.backfill();
    const kpi = registry.organisations[0]?.kpis[0];
    if (!kpi) throw new Error('no KPI');
    const org = registry.organisations[0]?.id ?? '';
    const h = await store.metrics.history(org, kpi.id, {
      fromMs: FIRST_HOUR,
      toMs: NOW + 1,
      bucketMs: HOUR,
    });
    expect(h.reduce((n, b) => n + b.count, 0)).toBe(BACKFILL_HOURS + 1);
    const latest = await store.metrics.latest(org);
    const slot = Math.floor(NOW / INTERVAL) * INTERVAL;
    const hour = Math.floor(NOW / HOUR) * HOUR;
    expect(latest.find((v) => v.kpi === kpi.id)).toEqual({
      kpi: kpi.id,
      value: simulatedValue(org, kpi, kpiRules(kpi), slot),
      at: hour,
      source: SIMULATOR_SOURCE,
      simulated: true,
    });
    expect(h[0]).toMatchObject({ count: 1, mean: simulatedValue(org, kpi, kpiRules(kpi), h[0]?.at ?? 0) });
    expect(events.map((e) => e.type === 'metrics' && e.organisationId).sort()).toEqual(['dinkes', 'setda']);
    expect(await store.audit.recent({ limit: 10 })).toEqual([]);
    await sim.backfill();
    now = NOW + 7 * INTERVAL;
    await sim.tick();
    const updated = (await store.metrics.latest(org)).find((v) => v.kpi === kpi.id);
    expect(updated).toMatchObject({
      at: hour,
      value: simulatedValue(org, kpi, kpiRules(kpi), slot + 7 * INTERVAL),
    });
    expect(
      (await store.metrics.history(org, kpi.id, { fromMs: FIRST_HOUR, toMs: NOW + 1, bucketMs: HOUR }))
        .length,
    ).toBe(h.length);
    await sim.stop();
  });

  it('gives a fresh install a 30-day history, one chart point per day, labelled simulated', async () => {
    const DAY = 24 * HOUR;
    const org = 'dinkes';
    const toMs = Math.floor(NOW / HOUR) * HOUR + HOUR;
    const fromMs = toMs - BACKFILL_DAYS * DAY;
    for (const kpi of registry.organisations[1]?.kpis ?? []) {
      const days = await store.metrics.history(org, kpi.id, { fromMs, toMs, bucketMs: DAY });
      expect(days).toHaveLength(BACKFILL_DAYS);
      // A believable series: the daily means are not all the same.
      if (kpi.typical >= 100) expect(new Set(days.map((d) => d.mean)).size).toBeGreaterThan(5);
      const oldest = toMs - HOUR - BACKFILL_DAYS * DAY;
      const before = await store.metrics.history(org, kpi.id, { fromMs: 0, toMs: oldest, bucketMs: DAY });
      expect(before).toEqual([]);
    }
    const latest = await store.metrics.latest(org);
    expect(latest.every((v) => v.simulated && v.source === SIMULATOR_SOURCE)).toBe(true);
    const rows = await store.metrics.history(org, 'puskesmas', { fromMs, toMs, bucketMs: HOUR });
    expect(rows.every((b) => Number.isInteger(b.mean))).toBe(true);
  });

  it('stops for an organisation as soon as it has real data, and keeps going for the others', async () => {
    const sim = startSimulator(deps(), { intervalMs: INTERVAL, now: () => now, autostart: false });
    const real = await ingestPoints(deps(), {
      organisationId: 'setda',
      payload: { kpi: 'serapan-apbd', value: 70, at: NOW },
      contentType: 'json',
      source: 'push:test',
      simulated: false,
      nowMs: NOW,
    });
    expect(real).toEqual({ accepted: 1, errors: [] });
    events.length = 0;
    now = NOW + 8 * INTERVAL;
    await sim.tick();
    expect(events.map((e) => e.type === 'metrics' && e.organisationId)).toEqual(['dinkes']);
    const setda = await store.metrics.latest('setda');
    expect(setda.every((v) => v.at <= NOW)).toBe(true);
    expect(setda.find((v) => v.kpi === 'serapan-apbd')).toMatchObject({ value: 70, simulated: false });
    await sim.stop();
    now += INTERVAL;
    await sim.tick();
    expect(events).toHaveLength(1);
  });

  it('runs inside the server when SIMULATOR is on, backfilling every organisation', async () => {
    const city = await startTestCity(join(dir.path, 'city.sqlite'), {
      SIMULATOR: 'on',
      SIMULATOR_INTERVAL_S: '3600',
    });
    try {
      let latest: Record<string, unknown[]> = {};
      const until = Date.now() + 10_000;
      while (Object.keys(latest).length < REGISTRY.organisations.length && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        latest = await city.app.store.metrics.latestAll();
      }
      expect(Object.keys(latest)).toHaveLength(REGISTRY.organisations.length);
    } finally {
      await city.stop();
    }
  });
});
