// The push API and history over HTTP against the real server and a real SQLite file.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../live/liveBus.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

const dir = tempDir();
let city: TestCity;
let setdaKey = '';
let setdaKeyId = '';
let dinkesKey = '';
const events: LiveEvent[] = [];
const KPI = 'serapan-apbd'; // Setda, %, range 0…100
const HOUR = 3_600_000;

beforeAll(async () => {
  city = await startTestCity(join(dir.path, 'metrics.sqlite'));
  ({ key: setdaKey, id: setdaKeyId } = await city.app.store.keys.create('setda', 'test', Date.now()));
  ({ key: dinkesKey } = await city.app.store.keys.create('dinkes', null, Date.now()));
  city.app.live.subscribe((e) => events.push(e));
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

function post(body: string, opts: { key?: string | null; type?: string; opd?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/json' };
  const key = opts.key === undefined ? setdaKey : opts.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  return fetch(`${city.baseUrl}/api/opds/${opts.opd ?? 'setda'}/metrics`, { method: 'POST', headers, body });
}
const postJson = (value: unknown, opts: { key?: string | null; opd?: string } = {}) =>
  post(JSON.stringify(value), opts);
const history = async (from: number, to: number, bucket = '1h') =>
  (
    await (
      await fetch(`${city.baseUrl}/api/opds/setda/metrics/${KPI}?from=${from}&to=${to}&bucket=${bucket}`)
    ).json()
  ).buckets as Array<{ at: number; mean: number; count: number }>;

describe('POST /api/opds/:id/metrics', () => {
  it('401 without, with a malformed, unknown or revoked key; 403 with another organisation’s key', async () => {
    const point = { kpi: KPI, value: 50 };
    for (const key of [null, 'mkv_000000000000_00', `mkv_000000000000_${'0'.repeat(48)}`, 'Basic abc']) {
      const res = await postJson(point, { key });
      expect(res.status, String(key)).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthorized', field: 'authorization' });
    }
    const revoked = await city.app.store.keys.create('setda', 'old', Date.now());
    await city.app.store.keys.revoke(revoked.id, Date.now());
    expect((await postJson(point, { key: revoked.key })).status).toBe(401);
    const res = await postJson(point, { key: dinkesKey });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'forbidden', field: 'id' });
    expect(await city.app.store.metrics.latest('setda')).toEqual([]);
  });

  it('stores one point, publishes the new latest value and audits the push', async () => {
    const at = Date.now() - 60_000;
    const res = await postJson({ kpi: KPI, value: 71.5, at: new Date(at).toISOString() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1 });
    const value = { kpi: KPI, value: 71.5, at, source: `push:${setdaKeyId}`, simulated: false };
    expect(events.at(-1)).toEqual({ type: 'metrics', organisationId: 'setda', values: [value] });
    const [audit] = await city.app.store.audit.recent({ limit: 1 });
    expect(audit).toMatchObject({ actor: `push:${setdaKeyId}`, action: 'metrics.ingest', target: 'setda' });
    const detail = await (await fetch(`${city.baseUrl}/api/opds/setda`)).json();
    const shown = detail.latest.find((f: { kpi: string }) => f.kpi === KPI);
    // The public sees the kind of source, never the key id.
    expect(shown).toMatchObject({ value: 71.5, at, source: 'push', simulated: false });
    expect(JSON.stringify(detail)).not.toContain(setdaKeyId);
    expect(detail.latest.find((f: { kpi: string }) => f.kpi !== KPI)).toMatchObject({
      simulated: true,
      at: null,
    });
  });

  it('updates rather than duplicates when the same kpi and time are sent again', async () => {
    const at = Date.now() - 2 * HOUR;
    expect((await postJson([{ kpi: KPI, value: 10, at }])).status).toBe(200);
    expect((await postJson([{ kpi: KPI, value: 20, at }])).status).toBe(200);
    expect(await history(at, at + 1)).toEqual([{ at, mean: 20, min: 20, max: 20, count: 1 }]);
  });

  it('accepts CSV with the same columns', async () => {
    const at = Date.now() - 3 * HOUR;
    const csv = `kpi,value,at\n${KPI},30,${new Date(at).toISOString()}\n"${KPI}","31.5",${at + 1000}\n`;
    const res = await post(csv, { type: 'text/csv' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 2 });
    expect(await history(at, at + 2000, '1s')).toEqual([
      { at, mean: 30, min: 30, max: 30, count: 1 },
      { at: at + 1000, mean: 31.5, min: 31.5, max: 31.5, count: 1 },
    ]);
  });

  it('rejects each bad case with 400 naming row and field, and stores nothing of the batch', async () => {
    const at = Date.now() - 5 * HOUR;
    const good = { kpi: KPI, value: 1, at };
    const cases: Array<[unknown, number, string]> = [
      [[good, { kpi: 'no-such-kpi', value: 1 }], 2, 'kpi'],
      [[good, good, { kpi: KPI, value: 'abc' }], 3, 'value'],
      [[good, { kpi: KPI, value: 100.5 }], 2, 'value'],
      [[good, { kpi: KPI, value: 1, at: 'kemarin' }], 2, 'at'],
      [[good, { kpi: KPI, value: 1, at: Date.now() + HOUR }], 2, 'at'],
      [[good, { kpi: KPI, value: 1, at: '2019-01-01T00:00:00Z' }], 2, 'at'],
      [Array.from({ length: 1001 }, () => good), 0, 'body'],
    ];
    for (const [body, row, field] of cases) {
      const res = await postJson(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const json = await res.json();
      expect(json.error).toBe('invalid-input');
      expect(json.errors[0]).toMatchObject({ row, field, message: expect.any(String) });
    }
    const csv = await post(`kpi,value\n${KPI},5\n${KPI},x\n`, { type: 'text/csv' });
    expect(csv.status).toBe(400);
    expect((await csv.json()).errors).toEqual([
      { row: 2, field: 'value', message: 'value must be a number' },
    ]);
    expect(await history(at - 1, at + 1)).toEqual([]);
  });

  it('answers malformed JSON 400, other content types 415, oversized bodies 413', async () => {
    const malformed = await post('{"kpi": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0]).toMatchObject({
      row: 0,
      field: 'body',
      message: /malformed JSON/,
    });
    expect((await post(`kpi,value\n${KPI},"5\n`, { type: 'text/csv' })).status).toBe(400);
    const xml = await post('<points/>', { type: 'application/xml' });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toEqual({ error: 'unsupported-media-type', field: 'content-type' });
    expect((await post(`[${'1,'.repeat(600_000)}1]`)).status).toBe(413);
  });
});

describe('GET /api/opds/:id/metrics/:kpi', () => {
  it('buckets history and defaults to the last 24 h in hours', async () => {
    const res = await fetch(`${city.baseUrl}/api/opds/setda/metrics/${KPI}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: 'setda', kpi: KPI, unit: '%', bucketMs: HOUR });
    expect(body.toMs - body.fromMs).toBe(24 * HOUR);
    expect(body.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(4);
  });

  it('404s unknown organisations and KPIs; 400s bad parameters naming them', async () => {
    expect((await fetch(`${city.baseUrl}/api/opds/nope/metrics/${KPI}`)).status).toBe(404);
    const unknownKpi = await fetch(`${city.baseUrl}/api/opds/setda/metrics/nope`);
    expect(await unknownKpi.json()).toEqual({ error: 'not-found', field: 'kpi' });
    const cases: Array<[string, string]> = [
      ['from=yesterday', 'from'],
      ['to=soon', 'to'],
      ['from=2026-01-02&to=2026-01-01', 'from'],
      ['bucket=1y', 'bucket'],
      ['bucket=10', 'bucket'],
      ['from=2025-01-01&to=2026-01-01&bucket=1h', 'bucket'],
    ];
    for (const [query, field] of cases) {
      const res = await fetch(`${city.baseUrl}/api/opds/setda/metrics/${KPI}?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).field, query).toBe(field);
    }
  });
});
