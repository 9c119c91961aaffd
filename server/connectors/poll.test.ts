// One poll against a local HTTP source: what is stored and published on success, and the short
// reason recorded for each way a source can fail or misbehave (nothing stored, nothing thrown).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from './connectorStore.ts';
import { type HttpFixture, httpFixture, type IngestBed, ingestBed, reply } from './fixtures/httpFixture.ts';
import { pollConnector } from './poll.ts';

let source: HttpFixture;
let bed: IngestBed;
beforeAll(async () => {
  source = await httpFixture();
  bed = await ingestBed();
});
afterAll(async () => {
  await source.close();
  await bed.close();
});
beforeEach(() => {
  bed.events.length = 0;
});

const NOW = Date.parse('2026-03-01T10:00:00Z');
const LIMITS = { timeoutMs: 400, maxBytes: 64 * 1024 };
const connector = (over: Partial<Connector> = {}): Connector => ({
  id: 7,
  organisationId: 'bpbd',
  kind: 'json',
  url: `${source.url}/feed`,
  mapping: JSON.stringify({
    kpis: { personel: 'data.0.personel', 'posko-pengungsian': 'data.0.posko' },
    at: 'data.0.waktu',
  }),
  intervalS: 60,
  enabled: true,
  lastOkAt: null,
  lastError: null,
  failures: 0,
  ...over,
});
const poll = (c: Connector) => pollConnector(c, { ingest: bed.deps, limits: LIMITS }, NOW);
const stored = async () => (await bed.store.metrics.latest('bpbd')).filter((v) => v.source === 'connector:7');

describe('pollConnector', () => {
  it('stores mapped JSON as real data from connector:<id> and publishes it', async () => {
    source.handle(
      reply(200, JSON.stringify({ data: [{ personel: 131, posko: '4', waktu: '2026-03-01T09:00:00Z' }] })),
    );
    expect(await poll(connector())).toBeNull();
    const at = Date.parse('2026-03-01T09:00:00Z');
    expect(await stored()).toEqual(
      expect.arrayContaining([
        { kpi: 'personel', value: 131, at, source: 'connector:7', simulated: false },
        { kpi: 'posko-pengungsian', value: 4, at, source: 'connector:7', simulated: false },
      ]),
    );
    expect(bed.events).toEqual([
      expect.objectContaining({ type: 'metrics', organisationId: 'bpbd', values: expect.any(Array) }),
    ]);
  });

  it('stores every row of a CSV source by column names', async () => {
    source.handle(
      reply(200, 'waktu,orang\n2026-02-27T00:00:00Z,120\n"2026-02-28T00:00:00Z",125\n', 'text/csv'),
    );
    const c = connector({
      kind: 'csv',
      mapping: JSON.stringify({ kpis: { personel: 'orang' }, at: 'waktu' }),
    });
    expect(await poll(c)).toBeNull();
    const history = await bed.store.metrics.history('bpbd', 'personel', {
      fromMs: Date.parse('2026-02-27T00:00:00Z'),
      toMs: Date.parse('2026-02-28T12:00:00Z'),
      bucketMs: 86_400_000,
    });
    expect(history.map((b) => b.mean)).toEqual([120, 125]);
  });

  it.each([
    ['malformed JSON', reply(200, '{"data": [1, 2'), /^malformed JSON$/],
    ['HTTP 500', reply(500, '{"error":"down"}'), /^HTTP 500$/],
    [
      'a wrong content type',
      reply(200, '<html>hi</html>', 'text/html'),
      /^unexpected content type text\/html$/,
    ],
    ['JSON nested too deeply', reply(200, `${'['.repeat(5000)}${']'.repeat(5000)}`), /nested too deeply/],
    ['a missing field', reply(200, '{"data": []}'), /^at: nothing at data\.0\.waktu$/],
    [
      'a value out of range',
      reply(200, '{"data":[{"personel":-5,"posko":1,"waktu":0}]}'),
      /^rejected: point 1 /,
    ],
    [
      'a time in the future',
      reply(200, '{"data":[{"personel":5,"posko":1,"waktu":"2027-01-01T00:00:00Z"}]}'),
      /at is in the future/,
    ],
  ])('fails on %s, storing nothing', async (_what, handler, reason) => {
    source.handle(handler);
    const before = await bed.store.metrics.latest('bpbd');
    expect(await poll(connector())).toMatch(reason);
    expect(await bed.store.metrics.latest('bpbd')).toEqual(before);
    expect(bed.events).toEqual([]);
  });

  it('cuts off a source that never answers, and one that drips', async () => {
    source.handle(() => undefined);
    expect(await poll(connector())).toBe('timeout');
    source.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : res.write(' ')), 50);
    });
    expect(await poll(connector())).toBe('timeout');
  });

  it('cuts off an oversized body, declared or streamed', async () => {
    source.handle(reply(200, JSON.stringify({ data: 'x'.repeat(100_000) })));
    expect(await poll(connector())).toBe(`body over ${LIMITS.maxBytes} bytes`);
    source.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = ' '.repeat(16 * 1024);
      const flood = setInterval(() => (res.destroyed ? clearInterval(flood) : res.write(chunk)), 1);
    });
    expect(await poll(connector())).toBe(`body over ${LIMITS.maxBytes} bytes`);
  });

  it('refuses non-http URLs and reports unreachable hosts without a body', async () => {
    expect(await poll(connector({ url: 'file:///etc/passwd' }))).toBe('URL must be http(s)');
    expect(await poll(connector({ url: 'http://127.0.0.1:9/closed' }))).toMatch(/^network error/);
    expect(await poll(connector({ mapping: '{"kpis":{}}' }))).toMatch(/^mapping: /);
  });
});
