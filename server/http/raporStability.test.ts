// The rapor is a report card, stable for its refresh period: two simulator rounds within the hour
// change the live values but not the ranking or a single score; the next refresh may. Against a real
// SQLite store fed by the real simulator, and the HTTP handler's schedule.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapor } from '../../shared/apiTypes.ts';
import { RAPOR_REFRESH_MS, raporWindow } from '../../shared/rapor.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { createLiveBus } from '../live/liveBus.ts';
import { startSimulator } from '../live/simulator.ts';
import { buildRapor } from '../rapor/draft.ts';
import { createRaporService } from '../rapor/raporService.ts';
import { openStore, type Store } from '../store/store.ts';
import { tempDir } from '../testing.ts';
import { raporHandler } from './rapor.ts';

const dir = tempDir();
const INTERVAL = 15_000;
/** 10:20:07 WITA on 12 June 2026: mid-hour, mid-month. */
const START = Date.UTC(2026, 5, 12, 2, 20, 7);
let store: Store;
let now = START;

beforeAll(async () => {
  store = await openStore({ dbPath: join(dir.path, 'rapor-stable.sqlite') });
  await store.organisations.sync(REGISTRY, START);
});
afterAll(async () => {
  await store.close();
  dir.remove();
});

const ranking = (r: Rapor) => r.organisations.map((o) => [o.id, o.rank, o.score]);

async function raporAt(nowMs: number): Promise<Rapor> {
  const w = raporWindow('month', nowMs);
  return buildRapor(REGISTRY, await store.metrics.periodSummary(w.fromMs, w.dataToMs), 'month', nowMs);
}

/** Calls the HTTP handler as express would and returns its JSON body. */
async function served(handler: ReturnType<typeof raporHandler>): Promise<Rapor> {
  let body: unknown;
  const res = {
    status: () => res,
    set: () => res,
    json: (b: unknown) => {
      body = b;
      return res;
    },
  };
  await handler({ query: { period: 'month' } } as never, res as never);
  return body as Rapor;
}

describe('rapor stability', () => {
  it('keeps every rank and score across two simulator rounds within the refresh period', async () => {
    const live = createLiveBus();
    const deps = { metrics: store.metrics, audit: store.audit, live, registry: REGISTRY };
    const sim = startSimulator(deps, { intervalMs: INTERVAL, now: () => now, autostart: false });
    await sim.backfill();
    const first = await raporAt(now);
    expect(first.organisations.filter((o) => o.rank !== null).length).toBeGreaterThan(50);

    const latestBefore = await store.metrics.latestAll();
    now += 2 * INTERVAL;
    await sim.tick();
    now += 2 * INTERVAL;
    await sim.tick();
    const latestAfter = await store.metrics.latestAll();
    // The simulator did move the live values…
    expect(latestAfter).not.toEqual(latestBefore);
    // …but the report card for this hour is the same, rank for rank and score for score.
    const second = await raporAt(now);
    expect(ranking(second)).toEqual(ranking(first));
    expect(second.generatedAt).toBe(first.generatedAt);
    await sim.stop();
  });

  it('serves one computed rapor per refresh and recomputes after the next refresh time', async () => {
    const hour = raporWindow('month', START).refreshedAt;
    let clock = hour + 10 * 60_000;
    let computed = 0;
    const metrics = {
      periodSummary: (from: number, to: number) => {
        computed += 1;
        return store.metrics.periodSummary(from, to);
      },
    };
    const service = createRaporService({ registry: REGISTRY, metrics, rapor: store.rapor, now: () => clock });
    const handler = raporHandler(service, () => clock);
    const a = await served(handler);
    clock += 30 * 60_000;
    const b = await served(handler);
    expect(computed).toBe(1);
    expect(b).toEqual(a);
    expect(a.generatedAt).toBe(hour);
    clock = hour + RAPOR_REFRESH_MS + 1000;
    const c = await served(handler);
    expect(computed).toBe(2);
    expect(c.generatedAt).toBe(hour + RAPOR_REFRESH_MS);
  });
});
