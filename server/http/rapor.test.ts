import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapor } from '../../shared/apiTypes.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { RAPOR_REFRESH_MS, raporWindow, STALE_AFTER_MS } from '../../shared/rapor.ts';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { buildRapor } from '../rapor/draft.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

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
  it('ranks organisations with grades, best and worst, and the simulated share — naming nobody before release', async () => {
    if (!good || !poor) throw new Error('registry without graded organisations');
    // Before the last hourly refresh: the rapor is computed from the data up to it.
    const nowMs = Date.now();
    const w = raporWindow('month', nowMs);
    const at = w.refreshedAt - 60_000;
    await city.app.store.metrics.upsertPoints([
      ...points(good.id, 1, at, false),
      ...points(poor.id, 0.3, at, true),
    ]);
    const draft = buildRapor(
      REGISTRY,
      await city.app.store.metrics.periodSummary(w.fromMs, w.dataToMs),
      'month',
      nowMs,
    );
    expect(draft.organisations).toHaveLength(REGISTRY.organisations.length);
    const first = draft.organisations[0];
    expect(first).toMatchObject({
      id: good.id,
      rank: 1,
      best: true,
      worst: false,
      grade: 'A',
      simulatedShare: 0,
    });
    const p = draft.organisations.find((o) => o.id === poor.id);
    expect(p).toMatchObject({ simulatedShare: 1, best: false, simulatedOnly: true });
    expect(p?.score).toBeLessThan(first?.score ?? 0);
    // Everyone else has no data: scored 0 (missing data lowers the score), so they are the worst.
    const rest = draft.organisations.filter((o) => o.id !== good.id && o.id !== poor.id && o.score !== null);
    expect(rest.length).toBeGreaterThan(0);
    for (const o of rest) expect(o).toMatchObject({ score: 0, grade: 'E', worst: true, withData: 0 });

    // The public answer: the same ranks, grades and scores, and not one name.
    const res = await fetch(`${city.baseUrl}/api/rapor?period=month`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Rapor;
    expect(body).toMatchObject({ period: 'month', staleAfterMs: STALE_AFTER_MS, released: false });
    expect(body.organisations.map((o) => [o.rank, o.grade, o.score])).toEqual(
      draft.organisations.map((o) => [o.rank, o.grade, o.score]),
    );
    for (const o of body.organisations) {
      expect(o).toMatchObject({ hidden: true, name: '', abbreviation: '', category: '' });
      expect(o.id).toMatch(/^anon-\d+$/);
      expect(o.kpis).toBeUndefined();
    }
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
  const summaries = (pts: ReturnType<typeof points>) =>
    pts.map((p) => ({ kpi: p.kpi, mean: p.value, lastAt: p.at, simulated: p.simulated }));

  it('counts a KPI whose data lies before the period, or after the refresh, as missing', () => {
    if (!good) throw new Error('registry without graded organisations');
    const now = Date.UTC(2026, 5, 15, 3, 20);
    const { fromMs, refreshedAt } = raporWindow('month', now);
    const inside = summaries(points(good.id, 1, fromMs + 1000, false));
    const before = summaries(points(good.id, 1, fromMs - 1000, false));
    const after = summaries(points(good.id, 1, refreshedAt + 1000, false));
    const score = (s: typeof inside, period: 'month' | 'year') =>
      buildRapor(REGISTRY, { [good.id]: s }, period, now).organisations.find((o) => o.id === good.id);
    expect(score(inside, 'month')?.withData).toBeGreaterThan(0);
    expect(score(before, 'month')).toMatchObject({ score: 0, withData: 0 });
    expect(score(before, 'year')?.withData).toBeGreaterThan(0);
    expect(score(after, 'month')).toMatchObject({ score: 0, withData: 0 });
  });

  it('says when it was refreshed and when the next refresh is due, on the hour', () => {
    const now = Date.UTC(2026, 5, 15, 3, 20);
    const r = buildRapor(REGISTRY, {}, 'month', now);
    expect(r.generatedAt).toBe(Date.UTC(2026, 5, 15, 3));
    expect(r.nextAt).toBe(r.generatedAt + RAPOR_REFRESH_MS);
  });

  it('shows the month just ended during the first hour of a new month', () => {
    const r = buildRapor(REGISTRY, {}, 'month', Date.UTC(2026, 5, 30, 16, 30)); // 1 Jul 00:30 WITA
    expect(r.from).toBe(Date.UTC(2026, 5, 1) - 8 * 3_600_000);
    expect(r.to).toBe(Date.UTC(2026, 6, 1) - 8 * 3_600_000);
  });
});
