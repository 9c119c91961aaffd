import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { testRedis } from '../server/scale/testRedis.ts';
import { openStore } from '../server/store/store.ts';
import { type ChatLine, PROTOCOL_VERSION } from '../shared/protocol.ts';
import { REGISTRY } from '../shared/registry.ts';
import type { CityState } from '../shared/schema.ts';
import { type Cluster, nginxInstalled, scrape, startCluster, until } from './cluster.ts';

const BASE_PORT = 2871;
const REDIS_DB = 13;
/** Joins a source may make at once (MAX_CONNECTIONS_PER_SOURCE); refill is 1 a minute. */
const JOIN_BURST = 6;

const hasNginx = nginxInstalled('scale');

let redis: Redis | null = null;
let cluster: Cluster | undefined;
let pushKey = '';
const dir = mkdtempSync(join(tmpdir(), 'makaverse-scale-'));
const rooms: Array<Room<unknown, CityState>> = [];

beforeAll(async () => {
  if (!hasNginx) return;
  redis = await testRedis(REDIS_DB);
  if (!redis) return;
  const dbPath = join(dir, 'city.sqlite');
  const store = await openStore({ dbPath });
  await store.organisations.sync(REGISTRY, Date.now());
  pushKey = (await store.keys.create('setda', 'scale test', Date.now())).key;
  await store.close();
  cluster = await startCluster(BASE_PORT, REDIS_DB, dbPath, {
    MAX_VISITORS_PER_SHARD: '1',
    MAX_CONNECTIONS_PER_SOURCE: String(JOIN_BURST),
    JOINS_PER_MINUTE_PER_SOURCE: '1',
  });
});

afterAll(async () => {
  await Promise.all(rooms.map((r) => r.leave().catch(() => {})));
  await cluster?.stop();
  redis?.disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** POST /matchmake/joinOrCreate/city through nginx from `from` (a loopback address): status and body. */
function matchmake(from: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const body = JSON.stringify({ name: 'Warga Satu Alamat', color: '#ff0000', protocol: PROTOCOL_VERSION });
    const req = request(
      `${cluster?.url}/matchmake/joinOrCreate/city`,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/** A WebSocket from `from` at `path` of the public URL: open (kept, answering pings), or the refusal's status. */
function upgrade(from: string, path: string): Promise<{ ws: WebSocket } | { status: number }> {
  const ws = new WebSocket(`${cluster?.url.replace('http', 'ws')}${path}`, { localAddress: from });
  return new Promise((done) => {
    ws.once('open', () => done({ ws }));
    ws.once('unexpected-response', (_req, res) => done({ status: res.statusCode ?? 0 }));
    ws.once('error', () => done({ status: 0 }));
  });
}

/** Rooms of each process, as Colyseus's stats in Redis say (what it balances new rooms by). */
async function roomCounts(): Promise<number[]> {
  const all = (await redis?.hgetall('roomcount')) ?? {};
  return Object.values(all).map((v) => Number(v.split(',')[0]));
}

describe('three processes behind one URL', () => {
  it('puts residents on rooms of different processes, and they share the plaza', async ({ skip }) => {
    if (!cluster) return skip();
    const c = cluster;
    for (const name of ['Andi', 'Besse', 'Cici']) {
      const room = await new Client(c.url).joinOrCreate('city', {
        name,
        color: '#336699',
        protocol: PROTOCOL_VERSION,
      });
      rooms.push(room as Room<unknown, CityState>);
      // Colyseus places a new room on the process with the fewest: wait until the count is shared.
      await until(
        'room counts in Redis',
        async () => (await roomCounts()).reduce((a, b) => a + b, 0) === rooms.length,
      );
    }
    const perProcess = await Promise.all(
      c.processes.map((p) => scrape(p.url, 'makaverse_visitors', { kind: 'city' })),
    );
    expect(perProcess).toEqual([1, 1, 1]);

    const heard = rooms.map(() => [] as ChatLine[]);
    rooms.forEach((r, i) => {
      r.onMessage('chat', (line: ChatLine) => heard[i]?.push(line));
    });
    rooms[1]?.send('chat', { text: 'Halo dari proses dua', channel: 'plaza' });
    await until('the plaza line everywhere', () => heard.every((h) => h.length === 1));
    expect(heard.map((h) => h[0]?.text)).toEqual(Array(3).fill('Halo dari proses dua'));
  });

  it('delivers a pushed KPI to visitors on every process within 1 s', async ({ skip }) => {
    if (!cluster || rooms.length !== 3) return skip();
    const value = 1000 + Math.round(Math.random() * 1000);
    const sentAt = Date.now();
    const res = await fetch(`${cluster.url}/api/opds/setda/metrics`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pushKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kpi: 'serapan-apbd', value: 42.5 + value / 10_000 }),
    });
    expect(res.status).toBe(200);
    const answeredAt = Date.now();
    const seen = (r: Room<unknown, CityState>) =>
      r.state.booths.get('setda')?.values.get('serapan-apbd')?.value === 42.5 + value / 10_000;
    await until('the value on every process', () => rooms.every(seen));
    const lagMs = Date.now() - answeredAt;
    expect(lagMs, `push answered after ${answeredAt - sentAt} ms`).toBeLessThanOrEqual(1000);
  });

  it('cuts a join flood sent round-robin to three processes as if it met one', async ({ skip }) => {
    if (!cluster) return skip();
    // Another source than the residents above (127.0.0.2 is loopback too); nginx round-robins.
    const statuses: number[] = [];
    for (let i = 0; i < JOIN_BURST * 3; i++) statuses.push((await matchmake('127.0.0.2')).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(JOIN_BURST);
    expect(statuses.filter((s) => s === 429)).toHaveLength(JOIN_BURST * 2);
  });

  it('cuts open sockets from one address spread over three processes at the one cap', async ({ skip }) => {
    if (!cluster) return skip();
    const from = '127.0.0.3';
    const held: WebSocket[] = [];
    const processes = new Set<string>();
    try {
      // One room per visitor (MAX_VISITORS_PER_SHARD=1): Colyseus spreads them over the processes.
      for (let i = 0; i < JOIN_BURST; i++) {
        const seat = await matchmake(from);
        expect(seat.status).toBe(200);
        const r = JSON.parse(seat.body) as Record<
          'sessionId' | 'processId' | 'roomId' | 'publicAddress',
          string
        >;
        // The seat's process, as the SDK reaches it: <public host>/pN/<processId>/<roomId>?sessionId=…
        const prefix = r.publicAddress.slice(r.publicAddress.indexOf('/'));
        processes.add(prefix);
        const opened = await upgrade(from, `${prefix}/${r.processId}/${r.roomId}?sessionId=${r.sessionId}`);
        if (!('ws' in opened)) throw new Error(`seat ${i} refused: ${opened.status}`);
        held.push(opened.ws);
      }
      expect(processes.size).toBeGreaterThan(1);
      // Each process holds fewer than the cap; together they hold it: the next join is refused for
      // connections (a per-process count would let it pass to the join bucket's 'too-many-joins').
      const seventh = await matchmake(from);
      expect(seventh.status).toBe(429);
      expect(JSON.parse(seventh.body)).toEqual({ code: 429, error: 'too-many-connections' });
      for (const p of ['/p1/', '/p2/', '/p3/']) expect(await upgrade(from, p)).toEqual({ status: 429 });
      // A socket closed on one process frees a place on every other.
      held.shift()?.close();
      const freed = await until('a socket let in again', async () => {
        const o = await upgrade(from, '/p1/');
        return 'ws' in o ? o.ws : undefined;
      });
      freed.close();
    } finally {
      for (const ws of held) ws.close();
    }
  });
});
