// The mayor's rapor (issue 12): unreleased → no names in any public answer; released → ranking,
// notes and the per-KPI explanation; a simulated-only organisation cannot reach A; only admins
// release (403); bad input refused and nothing changed. HTTP against the real server and database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapor } from '../../shared/apiTypes.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { raporWindow } from '../../shared/rapor.ts';
import { currentRaporKey } from '../../shared/raporPeriod.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

let s: AccountCity;
let admin: string;
let staff: string;
let host: string;
let month: string;

/** Organisations whose every KPI is graded, so on-target data alone decides the grade. */
const allGraded = REGISTRY.organisations.filter((o) => o.kpis.every((k) => kpiRules(k).target !== null));
const real = allGraded[0];
const simulatedOnly = allGraded[1];

/** Points above target for every KPI of `orgId`: 120 % of it (the cap) when collected, 110 % when simulated. */
function onTarget(orgId: string, at: number, simulated: boolean) {
  const factor = simulated ? 1.1 : 1.2;
  const org = REGISTRY.organisations.find((o) => o.id === orgId);
  return (org?.kpis ?? []).map((k) => {
    const r = kpiRules(k);
    const target = r.target ?? 1;
    return {
      organisationId: orgId,
      kpi: k.id,
      value: r.direction === 'lower' ? target / factor : target * factor,
      at,
      source: simulated ? 'simulator' : 'push:test',
      simulated,
      receivedAt: at,
    };
  });
}

/** True when the text names any organisation (id, name or abbreviation as a JSON string). */
function namesAnyone(text: string): string | undefined {
  for (const o of REGISTRY.organisations)
    for (const n of [o.id, o.name, o.abbreviation]) if (text.includes(JSON.stringify(n))) return n;
  return undefined;
}

const publicAnswers = () => [
  '/api/rapor',
  '/api/rapor?period=month',
  '/api/rapor?period=year',
  `/api/rapor?month=${month}`,
];

// Three password hashes and sign-ins: slow on a loaded machine (60 s).
beforeAll(async () => {
  if (!real || !simulatedOnly) throw new Error('registry without fully graded organisations');
  s = await startAccountCity();
  await s.createUser('walikota', 'admin');
  await s.createUser('staf-a', 'staff', real.id);
  await s.createUser('pemandu', 'host');
  [admin, staff, host] = await Promise.all([
    s.tokenOf('walikota'),
    s.tokenOf('staf-a'),
    s.tokenOf('pemandu'),
  ]);
  month = currentRaporKey('month', s.clock.now);
  const at = raporWindow('month', s.clock.now).refreshedAt - 60_000;
  await s.city.app.store.metrics.upsertPoints([
    ...onTarget(real.id, at, false),
    ...onTarget(simulatedOnly.id, at, true),
  ]);
}, 60_000);
afterAll(async () => {
  await s.stop();
});

describe('the rapor before release', () => {
  it('names nobody in any public answer, yet shows ranks and grades', async () => {
    for (const path of publicAnswers()) {
      const res = await s.call('GET', path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(namesAnyone(text), path).toBeUndefined();
      const body = JSON.parse(text) as Rapor;
      expect(body.released).toBe(false);
      expect(body.organisations[0]).toMatchObject({ rank: 1, grade: 'A', hidden: true });
    }
  });

  it("shows the admin the whole draft; an organisation's staff only their own entry", async () => {
    const all = (await (await s.call('GET', `/api/staff/rapor?month=${month}`, admin)).json()) as Rapor;
    expect(all.organisations.every((o) => !o.hidden)).toBe(true);
    const mine = (await (await s.call('GET', '/api/staff/rapor', staff)).json()) as Rapor;
    expect(mine.organisations.filter((o) => !o.hidden).map((o) => o.id)).toEqual([real?.id]);
    expect(namesAnyone(JSON.stringify(mine.organisations.filter((o) => o.hidden)))).toBeUndefined();
  });

  it('never gives a simulated-only organisation an A, and says why', async () => {
    const draft = (await (await s.call('GET', '/api/staff/rapor', admin)).json()) as Rapor;
    const sim = draft.organisations.find((o) => o.id === simulatedOnly?.id);
    const collected = draft.organisations.find((o) => o.id === real?.id);
    expect(collected).toMatchObject({ score: 100, grade: 'A', simulatedOnly: false });
    expect(sim).toMatchObject({ score: 91.7, grade: 'B', simulatedOnly: true, simulatedShare: 1 });
    expect(sim?.kpis?.every((k) => k.data === 'simulated')).toBe(true);
  });
});

describe('releasing', () => {
  it("refuses anyone but the mayor's office, and bad input, changing nothing", async () => {
    expect((await s.call('POST', `/api/staff/rapor/${month}/release`)).status).toBe(401);
    expect((await s.call('POST', `/api/staff/rapor/${month}/release`, staff)).status).toBe(403);
    expect((await s.call('POST', `/api/staff/rapor/${month}/release`, host)).status).toBe(403);
    expect(
      (await s.call('PUT', `/api/staff/rapor/${month}/notes/${real?.id}`, staff, { note: 'x' })).status,
    ).toBe(403);
    expect((await s.call('GET', '/api/staff/rapor', host)).status).toBe(403);
    const bad: Array<[string, string, unknown, string]> = [
      ['POST', '/api/staff/rapor/2026-13/release', undefined, 'month'],
      ['POST', '/api/staff/rapor/2999-01/release', undefined, 'month'],
      ['PUT', `/api/staff/rapor/${month}/notes/bukan-opd`, { note: 'x' }, 'id'],
      ['PUT', `/api/staff/rapor/${month}/notes/${real?.id}`, { note: 'x'.repeat(501) }, 'note'],
      ['PUT', `/api/staff/rapor/${month}/notes/${real?.id}`, { note: 5 }, 'note'],
      ['PUT', `/api/staff/rapor/${month}/notes/${real?.id}`, { note: 'x', extra: 1 }, 'note'],
      ['GET', '/api/staff/rapor?month=bulan-ini', undefined, 'month'],
    ];
    for (const [method, path, body, field] of bad) {
      const res = await s.call(method, path, admin, body);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ field });
    }
    for (const path of [
      '/api/rapor?month=2026-00',
      '/api/rapor?month=2026',
      '/api/rapor?month=2999-01',
      '/api/rapor?period=month&month=2026-01',
    ])
      expect((await s.call('GET', path)).status, path).toBe(400);
    const after = (await (await s.call('GET', '/api/rapor')).json()) as Rapor;
    expect(after.released).toBe(false);
    const draft = (await (await s.call('GET', '/api/staff/rapor', admin)).json()) as Rapor;
    expect(draft.organisations.every((o) => o.note === null)).toBe(true);
  });

  it('publishes the ranking with grades, notes and the explanation per KPI', async () => {
    const note = 'Pertahankan: semua data dikumpulkan sendiri.';
    expect((await s.call('PUT', `/api/staff/rapor/${month}/notes/${real?.id}`, admin, { note })).status).toBe(
      204,
    );
    const released = await s.call('POST', `/api/staff/rapor/${month}/release`, admin);
    expect(released.status).toBe(201);

    for (const path of publicAnswers().filter((p) => !p.includes('year'))) {
      const body = (await (await s.call('GET', path)).json()) as Rapor;
      expect(body, path).toMatchObject({ released: true, key: month, lastReleased: month });
      const first = body.organisations[0];
      expect(first).toMatchObject({ id: real?.id, name: real?.name, rank: 1, grade: 'A', note });
      expect(first?.hidden).toBeUndefined();
      const kpi = first?.kpis?.[0];
      expect(kpi).toMatchObject({
        graded: true,
        weight: 1,
        data: 'collected',
        freshness: 1,
        achievement: 1.2,
      });
      expect(kpi?.value).toBeGreaterThan(0);
      expect(kpi?.target).toBeGreaterThan(0);
      expect(['higher', 'lower']).toContain(kpi?.direction);
      expect(first?.readiness?.parts.map((p) => p.part)).toEqual([
        'profile',
        'services',
        'data',
        'sessions',
        'questions',
        'pendataan',
      ]);
      expect(first?.readiness?.parts.find((p) => p.part === 'data')).toMatchObject({ share: 1 });
      expect(body.organisations.find((o) => o.id === simulatedOnly?.id)?.grade).toBe('B');
    }
    // The year is not released: still anonymous.
    const year = await (await s.call('GET', '/api/rapor?period=year')).text();
    expect(namesAnyone(year)).toBeUndefined();
    const audit = await s.audit();
    expect(audit.some((a) => a.action === 'rapor.release' && a.target === month)).toBe(true);
  });

  it('is frozen once released: no second release, no new notes, new data changes nothing', async () => {
    const before = await (await s.call('GET', '/api/rapor')).json();
    expect((await s.call('POST', `/api/staff/rapor/${month}/release`, admin)).status).toBe(409);
    const note = await s.call('PUT', `/api/staff/rapor/${month}/notes/${real?.id}`, admin, { note: 'lain' });
    expect(note.status).toBe(409);
    const at = raporWindow('month', s.clock.now).refreshedAt - 30_000;
    await s.city.app.store.metrics.upsertPoints(onTarget(simulatedOnly?.id ?? '', at, false));
    expect(await (await s.call('GET', '/api/rapor')).json()).toEqual(before);
  });
});
