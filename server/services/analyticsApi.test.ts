// Visit analytics (issue 12) against the real server and database: three booth opens from two
// browsers and one hand-off give opens 3, visitors 2, hand-offs 1; the tables hold nothing that
// identifies a visitor and today's digests go when the day ends; other organisations' staff get 403,
// the city view is for admins; bad input and floods are refused and change nothing.
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityAnalytics, OpdAnalytics } from '../../shared/services/analytics.ts';
import { type AccountCity, startAccountCity } from '../http/accountTesting.ts';

let s: AccountCity;
const tokens: Record<string, string> = {};
const BROWSER_A = 'browserAAAAAAAAAAAAAAAAAAAAAAAA';
const BROWSER_B = 'browserBBBBBBBBBBBBBBBBBBBBBBBB';

// Signing in hashes passwords (scrypt): slow on a loaded machine, hence the long hook timeout.
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('dewi', 'staff', 'disdukcapil');
  await s.createUser('wati', 'staff', 'dinkes');
  await s.createUser('root', 'admin');
  for (const u of ['dewi', 'wati', 'root']) tokens[u] = await s.tokenOf(u);
}, 60_000);
afterAll(() => s.stop());

const report = (visitor: string, events: unknown[]) =>
  s.call('POST', '/api/analytics/events', undefined, { visitor, events });
const opdFigures = async (id = 'disdukcapil', who = 'dewi') => {
  const res = await s.call('GET', `/api/analytics/opds/${id}?days=7`, tokens[who]);
  expect(res.status).toBe(200);
  return (await res.json()) as OpdAnalytics;
};
const today = (a: OpdAnalytics) => a.days.at(-1);

/** Every text cell of the analytics tables. */
function cells(): string[] {
  const db = new DatabaseSync(s.city.dbPath, { readOnly: true });
  try {
    return ['visit_daily', 'visit_seen', 'visit_salts', 'search_misses_daily'].flatMap((t) =>
      db
        .prepare(`select * from ${t}`)
        .all()
        .flatMap((row) => Object.values(row).map(String)),
    );
  } finally {
    db.close();
  }
}

describe('visit analytics', () => {
  it('three opens from two browsers and one hand-off: opens 3, visitors 2, hand-offs 1', async () => {
    expect((await report(BROWSER_A, [{ type: 'open', opd: 'disdukcapil' }])).status).toBe(204);
    expect((await report(BROWSER_B, [{ type: 'open', opd: 'disdukcapil' }])).status).toBe(204);
    expect(
      (
        await report(BROWSER_A, [
          { type: 'open', opd: 'disdukcapil' },
          { type: 'dwell', opd: 'disdukcapil', seconds: 40 },
          { type: 'handoff', opd: 'disdukcapil', channel: 'whatsapp' },
          { type: 'open', opd: 'dinkes' },
          { type: 'search-miss', query: 'Surat izin keramaian' },
        ])
      ).status,
    ).toBe(204);
    const figures = await opdFigures();
    expect(today(figures)).toMatchObject({ opens: 3, visitors: 2, handoffs: 1, dwellS: 40 });
    expect(figures.totals).toMatchObject({ opens: 3, visitors: 2, handoffs: 1 });
    expect(figures.days).toHaveLength(7);
    expect(today(await opdFigures('dinkes', 'wati'))).toMatchObject({ opens: 1, visitors: 1, handoffs: 0 });
  });

  it('stores nothing that identifies a visitor, and forgets the day’s digests when it ends', () => {
    const stored = cells();
    for (const cell of stored) {
      expect(cell).not.toContain('browserA');
      expect(cell).not.toContain('browserB');
      expect(cell).not.toContain('127.0.0.1');
    }
    const db = new DatabaseSync(s.city.dbPath, { readOnly: true });
    const columns = (t: string) =>
      (db.prepare(`pragma table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns('visit_daily')).toEqual([
      'day',
      'organisation_id',
      'visitors',
      'opens',
      'dwell_s',
      'handoffs',
    ]);
    expect(columns('visit_seen')).toEqual(['day', 'scope', 'digest']);
    expect(columns('search_misses_daily')).toEqual(['day', 'query', 'count']);
    db.close();
  });

  it('a new day starts a new visitor set and drops yesterday’s digests and salt', async () => {
    s.clock.now += 86_400_000;
    // Sign-in tokens do not last a day: sign in again.
    for (const u of ['dewi', 'wati', 'root']) tokens[u] = await s.tokenOf(u);
    expect((await report(BROWSER_A, [{ type: 'open', opd: 'disdukcapil' }])).status).toBe(204);
    const figures = await opdFigures();
    expect(today(figures)).toMatchObject({ opens: 1, visitors: 1 });
    expect(figures.days.at(-2)).toMatchObject({ opens: 3, visitors: 2, handoffs: 1 });
    const db = new DatabaseSync(s.city.dbPath, { readOnly: true });
    const days = (t: string) =>
      (db.prepare(`select distinct day from ${t}`).all() as Array<{ day: string }>).map((r) => r.day);
    expect(days('visit_seen')).toEqual([figures.days.at(-1)?.day]);
    expect(days('visit_salts')).toEqual([figures.days.at(-1)?.day]);
    db.close();
  });

  it("another organisation's staff get 403 (audited); no token 401; the city view is for admins", async () => {
    expect((await s.call('GET', '/api/analytics/opds/disdukcapil', tokens.wati)).status).toBe(403);
    expect((await s.call('GET', '/api/analytics/opds/disdukcapil')).status).toBe(401);
    expect((await s.call('GET', '/api/analytics/opds/disdukcapil', tokens.root)).status).toBe(200);
    expect(
      (await s.audit()).some((a) => a.action === 'analytics.read-denied' && a.actor === 'staff:wati'),
    ).toBe(true);
    expect((await s.call('GET', '/api/analytics/city', tokens.dewi)).status).toBe(403);
    const res = await s.call('GET', '/api/analytics/city?days=7', tokens.root);
    expect(res.status).toBe(200);
    const city = (await res.json()) as CityAnalytics;
    expect(city.busiest[0]).toEqual({ organisationId: 'disdukcapil', opens: 4, visitors: 3, handoffs: 1 });
    expect(city.misses).toEqual([{ query: 'surat izin keramaian', count: 1 }]);
    expect(city.week.current).toEqual({ visitors: 3, opens: 5, handoffs: 1 });
    expect(city.week.growthPct).toBeNull();
    expect(city.days.at(-2)).toMatchObject({ visitors: 2, opens: 4 });
  });

  it('refuses bad input and floods, changing nothing', async () => {
    const before = await opdFigures();
    const bad: unknown[] = [
      { visitor: BROWSER_A, events: [{ type: 'open', opd: 'not-an-opd' }] },
      { visitor: BROWSER_A, events: [{ type: 'open', opd: 'disdukcapil', extra: 1 }] },
      { visitor: 'x', events: [{ type: 'open', opd: 'disdukcapil' }] },
      { visitor: BROWSER_A, events: [{ type: 'dwell', opd: 'disdukcapil', seconds: -5 }] },
      { visitor: BROWSER_A, events: [{ type: 'open', opd: 'disdukcapil' }], ip: '10.0.0.1' },
      [],
    ];
    for (const body of bad)
      expect((await s.call('POST', '/api/analytics/events', undefined, body)).status).toBe(400);
    const raw = await fetch(`${s.city.baseUrl}/api/analytics/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"visitor":',
    });
    expect(raw.status).toBe(400);
    expect((await s.call('GET', '/api/analytics/opds/disdukcapil?days=0', tokens.dewi)).status).toBe(400);
    expect((await s.call('GET', '/api/analytics/opds/disdukcapil?days=abc', tokens.dewi)).status).toBe(400);
    expect(await opdFigures()).toEqual(before);

    const burst = Array(20).fill({ type: 'open', opd: 'disdukcapil' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await report(BROWSER_B, burst)).status);
    expect(statuses).toContain(429);
    const accepted = statuses.filter((x) => x === 204).length;
    expect(today(await opdFigures())?.opens).toBe((today(before)?.opens ?? 0) + accepted * 20);
  });
});
