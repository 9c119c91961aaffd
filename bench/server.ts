// Server benchmark: N bots walking at 10 Hz (a tenth of them chatting) in ONE `city` shard of the
// real server. Measures patch time (probe in the server), downlink per bot, chat latency, server CPU
// and memory. `node bench/server.ts [--bots 50,200] [--seconds 30] [--warmup 20] [--port 2900]
// [--decoders all|<n>]`. Writes the `server` section of bench/results.json. Runs in Node.
import { parseArgs } from 'node:util';
import { Bot } from './bots.ts';
import { machineCpu } from './machineLoad.ts';
import { type Metric, saveSection, section, sectionTable } from './results.ts';
import { windowMetrics } from './serverMetrics.ts';
import { startServer } from './serverProcess.ts';
import { sleep } from './stats.ts';
import { ROAM_AREA, randomWalkablePoint } from './walker.ts';

export type ServerBenchOptions = {
  bots: number[];
  seconds: number;
  warmup: number;
  port: number;
  decoders: number;
};

const JOIN_BATCH = 20;
const COLORS = ['#b3121f', '#1f6fb3', '#2e9e4f', '#d99a1e', '#7a3db8'];

async function runOnce(n: number, o: ServerBenchOptions): Promise<{ metrics: Metric[]; notes: string[] }> {
  const server = await startServer(o.port);
  const bots: Bot[] = [];
  try {
    const join = (i: number) =>
      Bot.join({
        url: server.url,
        name: `Bot ${i}`,
        color: COLORS[i % COLORS.length] as string,
        at: randomWalkablePoint(ROAM_AREA),
        goal: { area: ROAM_AREA },
        chatter: i % 10 === 0,
        decode: i < o.decoders,
      });
    bots.push(await join(0)); // the first join creates the shard; the rest join it
    for (let i = 1; i < n; i += JOIN_BATCH) {
      const batch = Array.from({ length: Math.min(JOIN_BATCH, n - i) }, (_, k) => join(i + k));
      const settled = await Promise.allSettled(batch);
      for (const r of settled) if (r.status === 'fulfilled') bots.push(r.value);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed)
        throw new Error(`bot join failed: ${failed.reason}\n--- server log ---\n${server.logTail()}`);
    }
    const shards = new Set(bots.map((b) => b.room.roomId)).size;
    console.log(`${n} bots joined (${shards} shard); warm-up ${o.warmup} s, measuring ${o.seconds} s`);
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

    return windowMetrics({
      bots,
      shards,
      decoders: o.decoders,
      elapsedS,
      probe,
      botsCpuMs: (harnessCpu.user + harnessCpu.system) / 1000,
      machinePct: machine(),
    });
  } finally {
    await Promise.all(bots.map((b) => b.leave()));
    await server.stop();
  }
}

export async function benchServer(o: ServerBenchOptions): Promise<void> {
  const metrics: Metric[] = [];
  const notes: string[] = [];
  for (const n of o.bots) {
    const r = await runOnce(n, o);
    metrics.push(...r.metrics);
    notes.push(...r.notes);
  }
  notes.push(
    'Patch = one Room#broadcastPatch of the city room (encode + send to every client), timed in the server ' +
      'process by bench/patchProbe.ts. Downlink = WebSocket payload + frame headers received per bot.',
  );
  const s = section(
    {
      ...o,
      decoders: Number.isFinite(o.decoders) ? o.decoders : 'all',
      walkSpeed: '0.9 × WALK_SPEED_MPS',
      chatters: '1 in 10, one plaza line / 3 s',
    },
    metrics,
    notes,
  );
  saveSection('server', s);
  console.log(`\n${sectionTable('Server (bots)', s)}`);
}

/** Generous upper bound of a server benchmark's duration, s. */
export function serverWorstCaseS(o: ServerBenchOptions): number {
  return o.bots.length * (o.warmup + o.seconds + 120);
}

export function serverOptions(args: string[]): ServerBenchOptions {
  const { values } = parseArgs({
    args,
    strict: false,
    options: {
      bots: { type: 'string', default: '50,200' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '20' },
      port: { type: 'string', default: '2900' },
      decoders: { type: 'string', default: 'all' },
    },
  });
  const num = (v: unknown) => Number(v);
  return {
    bots: String(values.bots).split(',').map(num),
    seconds: num(values.seconds),
    warmup: num(values.warmup),
    port: num(values.port),
    decoders: values.decoders === 'all' ? Number.POSITIVE_INFINITY : num(values.decoders),
  };
}

/** Exits the process (killing the server with it) if a benchmark hangs past `seconds`. */
export function watchdog(seconds: number): void {
  const timer = setTimeout(() => {
    console.error(`benchmark still running after ${seconds} s: giving up`);
    process.exit(1);
  }, seconds * 1000);
  timer.unref();
}

if (import.meta.main) {
  const o = serverOptions(process.argv.slice(2));
  watchdog(serverWorstCaseS(o));
  await benchServer(o);
}
