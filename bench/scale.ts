// Scale benchmark (issue 11). One process: N bots spread over the WHOLE city (not the plaza), walking
// at 10 Hz, in one `city` shard with interest management (server/rooms/cityInterest.ts): downlink per
// visitor against DOWNLINK_BUDGET_KBPS, patch p95, chat p99 (bench:server's budgets). Then three
// processes on Redis behind nginx (bench/clusterBench.ts; needs Redis at TEST_REDIS_URL and nginx):
// `--visitors` light bots over the city (chat and ingest p99, CPU per process; scaleCity.ts), one
// session of `--attendees` (host action → attendee p99; scaleSession.ts) and the failover of its hub
// after kill -9 with `--failover` attendees (failover.ts). A size of 0 skips that part.
// `node bench/scale.ts [--bots 200,500] [--seconds 30] [--warmup 15] [--port 2910] [--decoders 10]
//  [--visitors 1500] [--chat-every 50] [--attendees 2000] [--actions 20] [--gap 1500]
//  [--failover 30] [--cluster-port 2950]` (cluster ports are offset by E2E_PORT_OFFSET).
// Writes the `scale` section of bench/results.json. Runs in Node.
import { parseArgs } from 'node:util';
import type { Bot } from './bots.ts';
import { measureBots } from './botWindow.ts';
import { measureFailover } from './failover.ts';
import { type Metric, metric, SCALE_TITLE, saveSection, section, sectionTable } from './results.ts';
import { measureCityCluster } from './scaleCity.ts';
import { measureSessionCluster } from './scaleSession.ts';
import { watchdog } from './server.ts';
import { startServer } from './serverProcess.ts';
import { LAYOUT } from './walker.ts';

/** Issue 11's target for 200 moving visitors spread over the city, KB/s per visitor. */
const DOWNLINK_BUDGET_KBPS = 8;
/** The Redis database of the three-process runs, one after another (the test suites use 9–14). */
const CLUSTER_REDIS_DB = 15;
/** Generous bound of one three-process run (joins of thousands of bots on a loaded machine), s. */
const CLUSTER_RUN_S = 900;

type Options = {
  bots: number[];
  seconds: number;
  warmup: number;
  port: number;
  decoders: number;
  /** Visitors of the three-process city (0: not run). */
  visitors: number;
  chatEvery: number;
  /** Attendees of the three-process session (0: not run). */
  attendees: number;
  actions: number;
  gapMs: number;
  /** Session attendees for the failover run (0: not run). */
  failover: number;
  clusterPort: number;
};

type Part = { metrics: Metric[]; notes: string[] };

async function runOnce(n: number, o: Options): Promise<Part> {
  const server = await startServer(o.port, {
    MAX_VISITORS_PER_SHARD: String(Math.max(n, 500)),
    // Joins of hundreds of bots on a loaded 2-core machine can outlast Colyseus's default 15 s.
    COLYSEUS_SEAT_RESERVATION_TIME: '60',
  });
  const bots: Bot[] = [];
  try {
    const w = await measureBots(server, n, LAYOUT.bounds, o, bots);
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

/** A three-process part; its failure (no Redis or nginx, a crash) becomes a note, the rest still counts. */
async function clusterPart(what: string, run: () => Promise<Part>): Promise<Part> {
  console.log(`\n${what}…`);
  try {
    return await run();
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${what} failed: ${why}`);
    return { metrics: [], notes: [`${what}: not measured (${why}).`] };
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
      visitors: { type: 'string', default: '1500' },
      'chat-every': { type: 'string', default: '50' },
      attendees: { type: 'string', default: '2000' },
      actions: { type: 'string', default: '20' },
      gap: { type: 'string', default: '1500' },
      failover: { type: 'string', default: '30' },
      'cluster-port': { type: 'string', default: '2950' },
    },
  });
  const o: Options = {
    bots: String(values.bots)
      .split(',')
      .map(Number)
      .filter((n) => n !== 0),
    seconds: Number(values.seconds),
    warmup: Number(values.warmup),
    port: Number(values.port),
    decoders: Number(values.decoders),
    visitors: Number(values.visitors),
    chatEvery: Number(values['chat-every']),
    attendees: Number(values.attendees),
    actions: Number(values.actions),
    gapMs: Number(values.gap),
    failover: Number(values.failover),
    clusterPort: Number(values['cluster-port']),
  };
  const bad = Object.entries(o).find(([, v]) =>
    Array.isArray(v) ? v.some((n) => !Number.isInteger(n) || n < 0) : !Number.isInteger(v) || v < 0,
  );
  if (bad) throw new Error(`--${bad[0]} must be a whole number ≥ 0 (a list of them for --bots)`);
  if (o.chatEvery < 1) throw new Error('--chat-every must be at least 1');
  return o;
}

if (import.meta.main) {
  const o = options(process.argv.slice(2));
  const clusterRuns = [o.visitors, o.attendees, o.failover].filter((n) => n > 0).length;
  watchdog(
    o.bots.length * (o.warmup + o.seconds + 600) + clusterRuns * (CLUSTER_RUN_S + o.warmup + o.seconds),
  );
  const parts: Part[] = [];
  for (const n of o.bots) parts.push(await runOnce(n, o));
  const cluster = { port: o.clusterPort, redisDb: CLUSTER_REDIS_DB };
  if (o.visitors > 0)
    parts.push(
      await clusterPart(`Three processes: ${o.visitors} visitors`, () =>
        measureCityCluster({ ...cluster, ...o, visitors: o.visitors }),
      ),
    );
  if (o.attendees > 0)
    parts.push(
      await clusterPart(`Three processes: one session of ${o.attendees}`, () =>
        measureSessionCluster({ ...cluster, ...o }),
      ),
    );
  if (o.failover > 0)
    parts.push(
      await clusterPart(`Failover with ${o.failover} attendees`, () =>
        measureFailover({ ...cluster, attendees: o.failover }),
      ),
    );
  const notes = parts.flatMap((p) => p.notes);
  if (o.bots.length > 0)
    notes.push(
      'One process: bots roam the whole city (layout bounds), one shard; each visitor receives only the ' +
        'avatars within 50 m (StateView). Downlink = WebSocket payload + frame headers received per bot.',
    );
  notes.push(
    'Everything (bots, servers, Redis, nginx) runs on the one machine: the bots take CPU the servers ' +
      'would have on their own; "machine CPU" shows how much of the 2 cores (200 %) was in use.',
  );
  const { port, clusterPort, ...config } = o;
  const s = section(
    {
      ...config,
      port,
      clusterPort,
      area: 'whole city',
      chatters: '1 in 10 (one process), 1 in chatEvery (three)',
    },
    parts.flatMap((p) => p.metrics),
    notes,
  );
  saveSection('scale', s);
  console.log(`\n${sectionTable(SCALE_TITLE, s)}`);
  process.exit(0);
}
