// The awareness tracker (issue 12): one answer per visitor, nothing identifying stored, a public
// trend whose shares sum to 100 %, bad input refused. HTTP against the real server and database.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwarenessTrend } from '../../shared/awareness.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(join(dir.path, 'awareness.sqlite'));
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const vote = (body: unknown) =>
  fetch(`${city.baseUrl}/api/awareness`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const trend = async () => (await (await fetch(`${city.baseUrl}/api/awareness`)).json()) as AwarenessTrend;
const visitor = (n: number) => `pengunjung-${String(n).padStart(8, '0')}`;

describe('POST /api/awareness', () => {
  it('takes one answer per visitor and refuses the second without changing anything', async () => {
    expect((await vote({ visitorId: visitor(1), answer: 'want' })).status).toBe(201);
    const again = await vote({ visitorId: visitor(1), answer: 'know' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already-answered' });
    const t = await trend();
    expect(t.overall).toMatchObject({ total: 1, counts: { know: 0, want: 1, notYet: 0 } });
  });

  it('refuses bad input with the field named', async () => {
    const cases: Array<[unknown, string]> = [
      [{ visitorId: visitor(2), answer: 'maybe' }, 'answer'],
      [{ visitorId: 'short', answer: 'know' }, 'visitorId'],
      [{ answer: 'know' }, 'visitorId'],
      [[1, 2], 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await vote(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ field });
    }
    expect((await trend()).overall.total).toBe(1);
  });

  it('stores only a hash of the visitor id and the day', async () => {
    const store = city.app.store;
    expect(await store.awareness.answer(visitor(1), 'notYet', '2026-01-01')).toBe(false);
    const rows = await store.awareness.counts('2000-01-01');
    expect(JSON.stringify(rows)).not.toContain(visitor(1));
  });
});

describe('GET /api/awareness', () => {
  it('gives daily counts and shares that sum to 100 %, beside the 2022 baseline', async () => {
    const answers = ['know', 'want', 'want', 'notYet', 'notYet', 'notYet'] as const;
    for (const [i, answer] of answers.entries())
      expect((await vote({ visitorId: visitor(10 + i), answer })).status).toBe(201);
    const t = await trend();
    expect(t.baseline).toEqual({ year: 2022, shares: { know: 8, want: 56, notYet: 36 } });
    expect(t.question).toBe('Apakah Anda tahu Makaverse?');
    expect(t.days).toHaveLength(1);
    const today = t.days[0];
    expect(today).toMatchObject({ total: 7, counts: { know: 1, want: 3, notYet: 3 } });
    const sum = (x: { know: number; want: number; notYet: number }) =>
      Math.round((x.know + x.want + x.notYet) * 10);
    for (const d of [...t.days, t.overall]) expect(sum(d.shares)).toBe(1000);
  });
});
