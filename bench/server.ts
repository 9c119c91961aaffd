// Server benchmark: N bots walking at 10 Hz (a tenth of them chatting) in ONE `city` shard of the
// real server. Measures patch time (probe in the server), downlink per bot, chat latency, server CPU
// and memory. `node bench/server.ts [--bots 50,200] [--seconds 30] [--warmup 20] [--port 2900]
// [--decoders all|<n>]`. Writes the `server` section of bench/results.json. Runs in Node.
import { parseArgs } from 'node:util';
import type { Bot } from './bots.ts';
import { measureBots } from './botWindow.ts';
import { type Metric, saveSection, section, sectionTable } from './results.ts';
import { startServer } from './serverProcess.ts';
import { ROAM_AREA } from './walker.ts';

export type ServerBenchOptions = {
  bots: number[];
  seconds: number;
  warmup: number;
  port: number;
  decoders: number;
};

async function runOnce(n: number, o: ServerBenchOptions): Promise<{ metrics: Metric[]; notes: string[] }> {
  const server = await startServer(o.port);
  const bots: Bot[] = [];
  try {
    return await measureBots(server, n, ROAM_AREA, o, bots);
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
