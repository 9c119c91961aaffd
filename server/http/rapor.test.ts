import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapor } from '../../shared/apiTypes.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { periodWindow, STALE_AFTER_MS } from '../../shared/rapor.ts';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';
import { buildRapor } from './rapor.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(join(dir.path, 'rapor.sqlite'));
  // Idempotent: the app syncs the registry at start too.
  await city.app.store.organisations.sync(REGISTRY, Date.now());
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

/** Organisations with at least one graded KPI (a target and a direction). */
const graded = REGISTRY.organisations.filter((o) => o.kpis.some((k) => kpiRules(k).target !== null));
const good = graded[0];
const poor = graded[1];

/** Points for every graded KPI of `org`: on target × `factor` (towards "better" when factor ≥ 1). */
function points(orgId: string, factor: number, at: number, simulated: boolean) {
  const org = findOrganisation(REGISTRY, orgId);
  return (org?.kpis ?? []).flatMap((k) => {
    const r = kpiRules(k);
    if (r.target === null) return [];
    const value = r.direction === 'lower' ? r.target / factor : r.target * factor;
    return [
      {
        organisationId: orgId,
        kpi: k.id,
        value,
        at,
        source: simulated ? 'simulator' : 'push:test',
        simulated,
        receivedAt: at,
      },
    ];
  });
}

describe('GET /api/rapor', () => {
  it('ranks organisations with grades, best and worst, and the simulated share', async () => {
    if (!good || !poor) throw new Error('registry without graded organisations');
    const now = Date.now();
    await city.app.store.metrics.upsertPoints([
      ...points(good.id, 1, now - 60_000, false),
      ...points(poor.id, 0.3, now - 60_000, true),
    ]);
    const res = await fetch(`${city.baseUrl}/api/rapor?period=month`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Rapor;
    expect(body.period).toBe('month');
    expect(body.staleAfterMs).toBe(STALE_AFTER_MS);
    expect(body.organisations).toHaveLength(REGISTRY.organisations.length);
    const first = body.organisations[0];
    expect(first).toMatchObject({
      id: good.id,
      rank: 1,
      best: true,
      worst: false,
      grade: 'A',
      simulatedShare: 0,
    });
    const p = body.organisations.find((o) => o.id === poor.id);
    expect(p).toMatchObject({ simulatedShare: 1, best: false });
    expect(p?.score).toBeLessThan(first?.score ?? 0);
    // Everyone else has no data: scored 0 (missing data lowers the score), so they are the worst.
    const rest = body.organisations.filter((o) => o.id !== good.id && o.id !== poor.id && o.score !== null);
    expect(rest.length).toBeGreaterThan(0);
    for (const o of rest) expect(o).toMatchObject({ score: 0, grade: 'E', worst: true, withData: 0 });
  });

  it('defaults to the month and rejects an unknown period with 400 naming the field', async () => {
    expect((await fetch(`${city.baseUrl}/api/rapor`)).status).toBe(200);
    const res = await fetch(`${city.baseUrl}/api/rapor?period=week`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'period' });
    expect((await fetch(`${city.baseUrl}/api/rapor?period=month&period=year`)).status).toBe(400);
  });
});

describe('buildRapor', () => {
  it('counts a KPI whose latest point lies before the period as missing', () => {
    if (!good) throw new Error('registry without graded organisations');
    const now = Date.UTC(2026, 5, 15);
    const { fromMs } = periodWindow('month', now);
    const inside = points(good.id, 1, fromMs + 1000, false);
    const before = points(good.id, 1, fromMs - 1000, false);
    const score = (pts: typeof inside, period: 'month' | 'year') =>
      buildRapor(REGISTRY, { [good.id]: pts }, period, now).organisations.find((o) => o.id === good.id);
    expect(score(inside, 'month')?.withData).toBeGreaterThan(0);
    expect(score(before, 'month')).toMatchObject({ score: 0, withData: 0 });
    expect(score(before, 'year')?.withData).toBeGreaterThan(0);
  });
});
