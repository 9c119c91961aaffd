// The three-process runs of bench:scale: three game processes on one Redis database and one SQLite
// file behind nginx (e2e/cluster.ts, as the README's "several processes" section runs them), seeded
// with a host account, one public session and a push key; rooms placed one per process in turn; the
// CPU each process spends. Needs Redis (TEST_REDIS_URL) and nginx. Runs in Node.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import {
  type Cluster,
  type GameProcess,
  scrape,
  seedSession,
  sharedRoomCount,
  signIn,
  startCluster,
  until,
} from '../e2e/cluster.ts';
import { testRedis } from '../server/scale/testRedis.ts';
import { openStore } from '../server/store/store.ts';
import { machineCpu } from './machineLoad.ts';
import { type Metric, metric } from './results.ts';

export const HOST_USERNAME = 'walikota';
const HOST_PASSWORD = 'kata-sandi-bench-scale';
/** The organisation whose KPI the ingest run pushes. */
export const PUSH_ORG = 'setda';
const PLACE_WAIT_MS = 60_000;

export type BenchCluster = {
  cluster: Cluster;
  redis: Redis;
  sessionId: string;
  hostToken: string;
  pushKey: string;
  stop(): Promise<void>;
};

/**
 * Three processes on Redis database `redisDb` (emptied first) with `env` besides the bench defaults
 * (every bot comes from 127.0.0.1, so the per-source caps are lifted; joins of hundreds of bots on a
 * loaded machine can outlast Colyseus's default 15 s seat reservation).
 */
export async function openBenchCluster(
  port: number,
  redisDb: number,
  env: Record<string, string> = {},
): Promise<BenchCluster> {
  const redis = await testRedis(redisDb);
  if (!redis) throw new Error(`no Redis at ${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}`);
  const dir = mkdtempSync(join(tmpdir(), 'makaverse-bench-cluster-'));
  const dbPath = join(dir, 'city.sqlite');
  try {
    const sessionId = await seedSession(dbPath, HOST_USERNAME, HOST_PASSWORD);
    const store = await openStore({ dbPath });
    const pushKey = (await store.keys.create(PUSH_ORG, 'bench-scale', Date.now())).key;
    await store.close();
    const cluster = await startCluster(port, redisDb, dbPath, {
      MAX_CONNECTIONS_PER_SOURCE: '100000',
      JOINS_PER_MINUTE_PER_SOURCE: '100000',
      COLYSEUS_SEAT_RESERVATION_TIME: '60',
      ...env,
    });
    const hostToken = await signIn(cluster.url, HOST_USERNAME, HOST_PASSWORD);
    const stop = async () => {
      await cluster.stop();
      redis.disconnect();
      rmSync(dir, { recursive: true, force: true });
    };
    return { cluster, redis, sessionId, hostToken, pushKey, stop };
  } catch (e) {
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Makes `count` new rooms with `create(i)`, one after another, each once the previous one is counted
 * in Redis: Colyseus puts a new room on the process with the fewest rooms, so they go round the
 * three processes in turn (deterministically, unlike rooms created faster than the counts are shared).
 */
export async function placeRooms<T>(
  redis: Redis,
  count: number,
  create: (i: number) => Promise<T>,
): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < count; i++) {
    const before = await sharedRoomCount(redis);
    made.push(await create(i));
    await until(
      'the new room counted in Redis',
      async () => (await sharedRoomCount(redis)) > before,
      PLACE_WAIT_MS,
    );
  }
  return made;
}

/** The process holding each room (by its /metrics), in `roomIds` order; undefined where none says so. */
export async function processOfRooms(c: Cluster, roomIds: string[]): Promise<Array<GameProcess | undefined>> {
  return Promise.all(
    roomIds.map(async (room) => {
      const held = await Promise.all(
        c.processes.map((p) => scrape(p.url, 'makaverse_visitors', { room }).catch(() => undefined)),
      );
      return c.processes[held.findIndex((v) => v !== undefined)];
    }),
  );
}

/** How many of `roomIdOfEach` sit on each process, in `c.processes` order ("p1 500, p2 499, …"). */
export async function countPerProcess(c: Cluster, roomIdOfEach: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(roomIdOfEach)];
  const where = await processOfRooms(c, ids);
  const processOf = new Map(ids.map((id, i) => [id, where[i]?.name ?? 'unknown']));
  const counts = new Map(c.processes.map((p) => [p.name, 0]));
  for (const id of roomIdOfEach) {
    const name = processOf.get(id) ?? 'unknown';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

export const describeCounts = (counts: Map<string, number>) =>
  [...counts].map(([name, n]) => `${name} ${n}`).join(', ');

/** CPU time (user + system) of a process since it started, ms (Linux /proc); null where unknown. */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const MS_PER_TICK = 10; // USER_HZ is 100 on Linux
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

/**
 * Starts a window; the returned function gives the CPU spent in it by each game process, by this
 * one (the bots) and by the whole machine, in % of a core, as metrics named by `label`.
 */
export function cpuWindow(processes: GameProcess[], label: (what: string) => string): () => Metric[] {
  const start = processes.map((p) => cpuMsOf(p.child.pid));
  const bots = process.cpuUsage();
  const machine = machineCpu();
  const t0 = performance.now();
  return () => {
    const elapsed = performance.now() - t0;
    const pct = (ms: number | null | undefined) =>
      ms === null || ms === undefined ? Number.NaN : (ms / elapsed) * 100;
    const botsUsed = process.cpuUsage(bots);
    return [
      ...processes.map((p, i) => {
        const a = start[i];
        const b = cpuMsOf(p.child.pid);
        return metric(
          label(`${p.name} CPU`),
          a === null || a === undefined || b === null ? Number.NaN : pct(b - a),
          '% of a core',
          undefined,
          0,
        );
      }),
      metric(label('bots CPU'), pct((botsUsed.user + botsUsed.system) / 1000), '% of a core', undefined, 0),
      metric(label('machine CPU'), machine() ?? Number.NaN, '% of a core', undefined, 0),
    ];
  };
}
