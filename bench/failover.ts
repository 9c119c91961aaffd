// Failover of a session hub (issue 11), for bench/scale.ts: one public session with `attendees` SDK
// clients spread over three processes behind nginx (e2e/cluster.ts: needs Redis and nginx), the host
// opens it, then the process owning its hub is killed with SIGKILL. Reported: the time from the kill
// until another process owns the hub (its /metrics say so: lease expiry + takeover + replay), and
// until a hand raised on a live process right after the kill is applied (the forwarded action
// retried to the new owner). Runs in Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@colyseus/sdk';
import { hubOwners, scrape, seedSession, signIn, startCluster } from '../e2e/cluster.ts';
import { testRedis } from '../server/scale/testRedis.ts';
import {
  newVisitorId,
  type SessionClientRoom,
  type TestAttendee,
  watchSession,
} from '../server/testingHall.ts';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';
import { type Metric, metric } from './results.ts';
import { sleep } from './stats.ts';

export type FailoverOptions = { attendees: number; port: number; redisDb: number };

/** The bound on a takeover after kill -9, ms. */
const FAILOVER_BUDGET_MS = 10_000;
const WAIT_MS = 60_000;
const PASSWORD = 'kata-sandi-bench-failover';

async function until<T>(what: string, f: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const v = await Promise.resolve()
      .then(f)
      .catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export async function measureFailover(o: FailoverOptions): Promise<{ metrics: Metric[]; notes: string[] }> {
  const redis = await testRedis(o.redisDb);
  if (!redis) return { metrics: [], notes: ['Failover not measured: no Redis at 127.0.0.1:6379.'] };
  redis.disconnect();
  const dir = mkdtempSync(join(tmpdir(), 'makaverse-bench-failover-'));
  const dbPath = join(dir, 'city.sqlite');
  const sessionId = await seedSession(dbPath, 'walikota', PASSWORD);
  const cluster = await startCluster(o.port, o.redisDb, dbPath, {
    MAX_CONNECTIONS_PER_SOURCE: String(o.attendees + 100),
    JOINS_PER_MINUTE_PER_SOURCE: '100000',
    COLYSEUS_SEAT_RESERVATION_TIME: '60',
  });
  const rooms: TestAttendee[] = [];
  try {
    const enter = async (name: string, create: boolean, token?: string) => {
      const sdk = new Client(cluster.url);
      if (token) sdk.auth.token = token;
      const visitorId = newVisitorId();
      const options = { sessionId, name, color: '#3366cc', visitorId, protocol: PROTOCOL_VERSION };
      const room = (await (create
        ? sdk.create('session', options)
        : sdk.joinOrCreate('session', options))) as SessionClientRoom;
      const a = watchSession(room, visitorId);
      rooms.push(a);
      return a;
    };
    const host = await enter('Pak Wali', true, await signIn(cluster.url, 'walikota', PASSWORD));
    // One new shard per process first (Colyseus places each on the process with the fewest rooms,
    // once every process's count is in Redis).
    const sessionRooms = async () => {
      const counts = await Promise.all(
        cluster.processes.map((p) => scrape(p.url, 'makaverse_rooms', { kind: 'session' })),
      );
      return counts.reduce<number>((n, c) => n + (c ?? 0), 0);
    };
    await until('the first shard counted', async () => (await sessionRooms()) === 1);
    for (let i = 0; i < Math.min(2, o.attendees); i++) {
      await enter(`Warga ${i}`, true);
      await until('the shard counted', async () => (await sessionRooms()) === i + 2);
      await sleep(200);
    }
    for (let i = 2; i < o.attendees; i++) await enter(`Warga ${i}`, false);
    host.act({ do: 'open' });
    await until('the session live everywhere', () => rooms.every((a) => a.room.state.info.phase === 'live'));

    const [owner] = await hubOwners(cluster, sessionId);
    if (!owner) throw new Error('no hub owner');
    const shardIds = [...new Set(rooms.map((a) => a.room.roomId))];
    const onOwner = await Promise.all(
      shardIds.map((room) => scrape(owner.url, 'makaverse_visitors', { room })),
    );
    const dying = new Set(shardIds.filter((_, i) => onOwner[i] !== undefined));
    // Attendees whose shard lives on: a hand raised at once, forwarded until the next owner takes it.
    const survivors = rooms.slice(1).filter((a) => !dying.has(a.room.roomId));
    if (survivors.length === 0) throw new Error('every attendee sits on the owner: nothing to fail over to');
    const killedAt = performance.now();
    owner.child.kill('SIGKILL');
    for (const a of survivors) a.act({ do: 'raiseHand' });
    await until('a new owner', async () => (await hubOwners(cluster, sessionId)).some((p) => p !== owner));
    const ownerMs = performance.now() - killedAt;
    await until('every hand applied', () =>
      survivors.every((a) => typeof a.got.you.at(-1)?.hand === 'number'),
    );
    const handsMs = performance.now() - killedAt;
    const label = `${o.attendees} attendees, 3 processes`;
    return {
      metrics: [
        metric(
          `failover: new hub owner after kill -9 (${label})`,
          Math.round(ownerMs),
          'ms',
          FAILOVER_BUDGET_MS,
        ),
        metric(`failover: hand raised in flight → applied (${label})`, Math.round(handsMs), 'ms'),
      ],
      notes: [
        `Failover: ${survivors.length} of ${o.attendees} attendees were on live processes; the lease lives 5 s ` +
          'and is watched every second, so most of the takeover time is waiting for it to lapse.',
      ],
    };
  } finally {
    await Promise.all(rooms.map((a) => Promise.race([a.room.leave().catch(() => {}), sleep(1000)])));
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
