// The push API's per-key rate limit (PUSH_LIMIT): a burst past capacity is refused with 429 and
// stores nothing; the bucket refills. Once with an injected clock, once on the real server. And the
// per-address limit of failed keys (KEY_GUESS_LIMIT): a key-id flood stops only the flooder.

import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';
import { KEY_GUESS_LIMIT, metricsRouter, PUSH_LIMIT } from './metrics.ts';

const dir = tempDir();
let city: TestCity;
const KPI = 'serapan-apbd';
const HOUR = 3_600_000;
const START = Date.now();

beforeAll(async () => {
  city = await startTestCity(join(dir.path, 'limit.sqlite'));
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

/** POSTs one point per entry of `ats` (epoch ms), all at once, with `key`. */
const push = (baseUrl: string, key: string, ats: number[]) =>
  Promise.all(
    ats.map((at) =>
      fetch(`${baseUrl}/api/opds/setda/metrics`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ kpi: KPI, value: 1, at }),
      }),
    ),
  );
const stored = async (fromMs: number, toMs: number) =>
  (await city.app.store.metrics.history('setda', KPI, { fromMs, toMs, bucketMs: HOUR })).reduce(
    (n, b) => n + b.count,
    0,
  );
const times = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i * 1000);

describe('push API rate limit, injected clock', () => {
  const clock = { now: START };
  let baseUrl = '';
  let server: ReturnType<express.Express['listen']>;
  beforeAll(async () => {
    const deps = { ...city.app.store, live: city.app.live, registry: REGISTRY, now: () => clock.now };
    server = express().use('/api', metricsRouter(deps)).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('allows a burst of capacity, refuses the rest with 429 + Retry-After, stores none of them', async () => {
    const { key } = await city.app.store.keys.create('setda', 'burst', clock.now);
    const from = START - 10 * HOUR;
    const answers = await push(baseUrl, key, times(from, PUSH_LIMIT.capacity + 5));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([
      ...Array<number>(PUSH_LIMIT.capacity).fill(200),
      ...Array<number>(5).fill(429),
    ]);
    const refused = answers.find((r) => r.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('1');
    expect(await refused?.json()).toEqual({
      error: 'rate-limited',
      retryInMs: 1000 / PUSH_LIMIT.refillPerSec,
    });
    expect(await stored(from, from + HOUR)).toBe(PUSH_LIMIT.capacity);

    const tokenMs = 1000 / PUSH_LIMIT.refillPerSec;
    clock.now += tokenMs / 2;
    const early = await push(baseUrl, key, [from + 100_000]);
    expect(early[0]?.status).toBe(429);
    expect(await early[0]?.json()).toEqual({ error: 'rate-limited', retryInMs: tokenMs / 2 });
    clock.now += tokenMs / 2;
    expect((await push(baseUrl, key, [from + 101_000]))[0]?.status).toBe(200);
    expect(await stored(from, from + HOUR)).toBe(PUSH_LIMIT.capacity + 1);
  });

  it('keeps one bucket per key and refills to capacity, not beyond', async () => {
    const a = await city.app.store.keys.create('setda', 'a', clock.now);
    const b = await city.app.store.keys.create('setda', 'b', clock.now);
    const from = START - 12 * HOUR;
    await push(baseUrl, a.key, times(from, PUSH_LIMIT.capacity));
    expect((await push(baseUrl, a.key, [from - 1000]))[0]?.status).toBe(429);
    expect((await push(baseUrl, b.key, [from - 2000]))[0]?.status).toBe(200);
    clock.now += 60_000;
    const later = await push(baseUrl, a.key, times(from + HOUR / 2, PUSH_LIMIT.capacity + 1));
    expect(later.filter((r) => r.status === 429)).toHaveLength(1);
  });
});

describe('push API rate limit, real server and clock', () => {
  it('refuses a burst past capacity, stores only what it accepted, and passes again after a short wait', async () => {
    const { key } = await city.app.store.keys.create('setda', 'real', Date.now());
    const from = START - 20 * HOUR;
    // Four times the capacity at once: even when a loaded machine spreads their handling over seconds
    // (the bucket refilling meanwhile), some are refused.
    const answers = await push(city.baseUrl, key, times(from, PUSH_LIMIT.capacity * 4));
    const ok = answers.filter((r) => r.status === 200).length;
    const refused = answers.filter((r) => r.status === 429);
    expect(ok + refused.length).toBe(answers.length);
    expect(ok).toBeGreaterThanOrEqual(PUSH_LIMIT.capacity);
    expect(refused.length).toBeGreaterThan(0);
    expect(await stored(from, from + HOUR)).toBe(ok);
    const waits = await Promise.all(refused.map(async (r) => (await r.json()).retryInMs as number));
    const wait = Math.max(...waits);
    expect(wait).toBeLessThanOrEqual(300);
    // Requests handled after a refusal may have taken tokens refilled since it was answered, so wait
    // from now for one token to come back (at most 1 / refillPerSec), as a client retrying would.
    await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 1000 / PUSH_LIMIT.refillPerSec) + 50));
    expect((await push(city.baseUrl, key, [from + HOUR / 2]))[0]?.status).toBe(200);
  });
});

/** One push of one point from the loopback source `address` (127.0.0.x); the status. */
const pushFrom = (address: string, key: string, at: number) =>
  new Promise<number>((resolve, reject) => {
    const req = request(
      `${city.baseUrl}/api/opds/setda/metrics`,
      {
        method: 'POST',
        localAddress: address,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ kpi: KPI, value: 1, at }));
  });

describe('guessing keys', () => {
  it("a flood of guesses at a key's id stops the flooder, never the owner's pushes from elsewhere", async () => {
    const owner = await city.app.store.keys.create('setda', 'pemilik', Date.now());
    const guesses = Array.from({ length: 200 }, () => `mkv_${owner.id}_${randomBytes(24).toString('hex')}`);
    const flood = await Promise.all(guesses.map((g, i) => pushFrom('127.0.0.2', g, START - 30 * HOUR + i)));
    expect(flood.every((st) => st === 401 || st === 429)).toBe(true);
    expect(await pushFrom('127.0.0.2', `mkv_${owner.id}_${'0'.repeat(48)}`, START)).toBe(429);
    const from = START - 40 * HOUR;
    const pushes: number[] = [];
    for (let i = 0; i < 10; i++) pushes.push(await pushFrom('127.0.0.3', owner.key, from + i * 1000));
    expect(pushes).toEqual(Array<number>(10).fill(200));
    // The flooder's own valid key is refused too until its source's allowance refills.
    expect(await pushFrom('127.0.0.2', owner.key, from + HOUR)).toBe(429);
    expect(KEY_GUESS_LIMIT.capacity).toBeLessThan(flood.length);
  });
});

/** One push of one point through a proxy that names the visitor `realIp` (X-Real-IP); the status. */
const pushVia = async (baseUrl: string, realIp: string, key: string, at: number) =>
  (
    await fetch(`${baseUrl}/api/opds/setda/metrics`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'X-Real-IP': realIp },
      body: JSON.stringify({ kpi: KPI, value: 1, at }),
    })
  ).status;

describe('guessing keys behind a proxy (TRUST_PROXY=on)', () => {
  let proxied: TestCity;
  const proxiedDir = tempDir();
  beforeAll(async () => {
    proxied = await startTestCity(join(proxiedDir.path, 'proxied.sqlite'), { TRUST_PROXY: 'on' });
  });
  afterAll(async () => {
    await proxied.stop();
    proxiedDir.remove();
  });

  it('stops the flooder the proxy names, never another visitor coming through the same proxy', async () => {
    const owner = await proxied.app.store.keys.create('setda', 'pemilik', Date.now());
    const guess = () => `mkv_${owner.id}_${randomBytes(24).toString('hex')}`;
    const flood: number[] = [];
    for (let i = 0; i < KEY_GUESS_LIMIT.capacity + 5; i++)
      flood.push(await pushVia(proxied.baseUrl, '203.0.113.7', guess(), START - 50 * HOUR + i));
    expect(flood.at(-1)).toBe(429);
    const from = START - 60 * HOUR;
    const pushes: number[] = [];
    for (let i = 0; i < 5; i++)
      pushes.push(await pushVia(proxied.baseUrl, '198.51.100.4', owner.key, from + i));
    expect(pushes).toEqual(Array<number>(5).fill(200));
  });
});

describe('guessing keys without a proxy', () => {
  it('believes no X-Real-IP of the client: changing it every request does not escape the limit', async () => {
    const owner = await city.app.store.keys.create('setda', 'lain', Date.now());
    const statuses: number[] = [];
    for (let i = 0; i < KEY_GUESS_LIMIT.capacity + 5; i++)
      statuses.push(
        await pushVia(
          city.baseUrl,
          `198.18.0.${i + 1}`,
          `mkv_${owner.id}_${'1'.repeat(48)}`,
          START - 70 * HOUR + i,
        ),
      );
    expect(statuses.at(-1)).toBe(429);
  });
});
