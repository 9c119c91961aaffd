// Scale benchmark (issue 11): N bots spread over the WHOLE city (not the plaza), walking at 10 Hz, in
// one `city` shard of the real server with interest management (server/rooms/cityInterest.ts). The
// question is the downlink per visitor when each receives only the avatars near it: budget
// DOWNLINK_BUDGET_KBPS. Also patch p95 and chat p99 (same budgets as bench:server).
// Then the failover of a session hub after kill -9 over three processes (bench/failover.ts; needs
// Redis and nginx; `--failover 0` skips it).
// `node bench/scale.ts [--bots 200,500] [--seconds 30] [--warmup 15] [--port 2910] [--decoders 10]
//  [--failover 30] [--failover-port 2950]`.
// Writes the `scale` section of bench/results.json. Runs in Node.
import { parseArgs } from 'node:util';
import { Bot } from './bots.ts';
import { measureFailover } from './failover.ts';
import { machineCpu } from './machineLoad.ts';
import { type Metric, metric, saveSection, section, sectionTable } from './results.ts';
import { watchdog } from './server.ts';
import { windowMetrics } from './serverMetrics.ts';
import { startServer } from './serverProcess.ts';
import { sleep } from './stats.ts';
import { LAYOUT, randomWalkablePoint } from './walker.ts';

/** Issue 11's target for 200 moving visitors spread over the city, KB/s per visitor. */
const DOWNLINK_BUDGET_KBPS = 8;
const JOIN_BATCH = 20;
/** The Redis database of the failover run (the test suites use 9–14). */
const FAILOVER_REDIS_DB = 15;
const COLORS = ['#b3121f', '#1f6fb3', '#2e9e4f', '#d99a1e', '#7a3db8'];

type Options = {
  bots: number[];
  seconds: number;
  warmup: number;
  port: number;
  decoders: number;
  /** Session attendees for the failover run (0: not run). */
  failover: number;
  failoverPort: number;
};

async function runOnce(n: number, o: Options): Promise<{ metrics: Metric[]; notes: string[] }> {
  const server = await startServer(o.port, {
    MAX_VISITORS_PER_SHARD: String(Math.max(n, 500)),
    // Joins of hundreds of bots on a loaded 2-core machine can outlast Colyseus's default 15 s.
    COLYSEUS_SEAT_RESERVATION_TIME: '60',
  });
  const bots: Bot[] = [];
  try {
    const join = (i: number) =>
      Bot.join({
        url: server.url,
        name: `Bot ${i}`,
        color: COLORS[i % COLORS.length] as string,
        at: randomWalkablePoint(LAYOUT.bounds),
        goal: { area: LAYOUT.bounds },
        chatter: i % 10 === 0,
        decode: i < o.decoders,
      });
    bots.push(await join(0));
    for (let i = 1; i < n; i += JOIN_BATCH) {
      const batch = Array.from({ length: Math.min(JOIN_BATCH, n - i) }, (_, k) => join(i + k));
      const settled = await Promise.allSettled(batch);
      for (const r of settled) if (r.status === 'fulfilled') bots.push(r.value);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed)
        throw new Error(`bot join failed: ${failed.reason}\n--- server log ---\n${server.logTail()}`);
    }
    const shards = new Set(bots.map((b) => b.room.roomId)).size;
    console.log(`${n} bots over the city (${shards} shard); warm-up ${o.warmup} s, measuring ${o.seconds} s`);
    await sleep(o.warmup * 1000);
    for (const b of bots) b.resetCounters();
    server.reset();
    const cpu0 = process.cpuUsage();
    const machine = machineCpu();
    const t0 = performance.now();
    await sleep(o.seconds * 1000);
    const elapsedS = (performance.now() - t0) / 1000;
    const probe = await server.report();
    const harnessCpu = process.cpuUsage(cpu0);
    const w = windowMetrics({
      bots,
      shards,
      decoders: o.decoders,
      elapsedS,
      probe,
      botsCpuMs: (harnessCpu.user + harnessCpu.system) / 1000,
      machinePct: machine(),
    });
    // The downlink target replaces bench:server's general budget for the mean.
    const metrics = w.metrics.map((m) =>
      m.name.startsWith('downlink mean') && m.value !== null
        ? metric(m.name, m.value, m.unit, DOWNLINK_BUDGET_KBPS)
        : m,
    );
    return { metrics, notes: w.notes };
  } finally {
    await Promise.all(bots.map((b) => b.leave()));
    await server.stop();
  }
}

function options(args: string[]): Options {
  const { values } = parseArgs({
    args,
    strict: false,
    options: {
      bots: { type: 'string', default: '200,500' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '15' },
      port: { type: 'string', default: '2910' },
      decoders: { type: 'string', default: '10' },
      failover: { type: 'string', default: '30' },
      'failover-port': { type: 'string', default: '2950' },
    },
  });
  return {
    bots: String(values.bots).split(',').map(Number),
    seconds: Number(values.seconds),
    warmup: Number(values.warmup),
    port: Number(values.port),
    decoders: Number(values.decoders),
    failover: Number(values.failover),
    failoverPort: Number(values['failover-port']),
  };
}

if (import.meta.main) {
  const o = options(process.argv.slice(2));
  watchdog(o.bots.length * (o.warmup + o.seconds + 600));
  const metrics: Metric[] = [];
  const notes: string[] = [];
  for (const n of o.bots) {
    const r = await runOnce(n, o);
    metrics.push(...r.metrics);
    notes.push(...r.notes);
  }
  if (o.failover > 0) {
    try {
      const r = await measureFailover({
        attendees: o.failover,
        port: o.failoverPort,
        redisDb: FAILOVER_REDIS_DB,
      });
      metrics.push(...r.metrics);
      notes.push(...r.notes);
    } catch (error) {
      // Redis and nginx are needed (apt-get install redis-server nginx); the city figures still count.
      notes.push(`Failover not measured: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
  }
  notes.push(
    'Bots roam the whole city (layout bounds), one shard; each visitor receives only the avatars within ' +
      '50 m (StateView). Downlink = WebSocket payload + frame headers received per bot. Not run: the ' +
      'three-process figures of issue 11 other than the failover (1,500 visitors, 2,000 session attendees).',
  );
  const s = section({ ...o, area: 'whole city', chatters: '1 in 10, one plaza line / 3 s' }, metrics, notes);
  saveSection('scale', s);
  console.log(`\n${sectionTable('Scale (bots over the city, interest management)', s)}`);
}
