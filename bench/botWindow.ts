// One measurement window of walking bots, shared by bench:server (plaza) and bench:scale (whole city):
// bots 0..n-1 join the city of a running server (the first alone — it creates the shard — then
// JOIN_BATCH at a time), roam `area`, warm up, and are measured over `seconds`; one bot in ten chats,
// the first `decoders` decode every patch. The caller owns the server and leaves the bots (`into`
// holds every bot that joined, also when a join fails). Runs in Node.
import type { Box } from '../shared/geometry.ts';
import { type Bot, roamer } from './bots.ts';
import { machineCpu } from './machineLoad.ts';
import type { Metric } from './results.ts';
import { windowMetrics } from './serverMetrics.ts';
import type { BenchServer } from './serverProcess.ts';
import { sleep } from './stats.ts';

const JOIN_BATCH = 20;

export type WindowOptions = { seconds: number; warmup: number; decoders: number };

export async function measureBots(
  server: BenchServer,
  n: number,
  area: Box,
  o: WindowOptions,
  into: Bot[],
): Promise<{ metrics: Metric[]; notes: string[] }> {
  const join = (i: number) => roamer(server.url, i, area, { chatter: i % 10 === 0, decode: i < o.decoders });
  into.push(await join(0));
  for (let i = 1; i < n; i += JOIN_BATCH) {
    const batch = Array.from({ length: Math.min(JOIN_BATCH, n - i) }, (_, k) => join(i + k));
    const settled = await Promise.allSettled(batch);
    for (const r of settled) if (r.status === 'fulfilled') into.push(r.value);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw new Error(`bot join failed: ${failed.reason}\n--- server log ---\n${server.logTail()}`);
  }
  const shards = new Set(into.map((b) => b.room.roomId)).size;
  console.log(`${n} bots joined (${shards} shard); warm-up ${o.warmup} s, measuring ${o.seconds} s`);
  await sleep(o.warmup * 1000);
  for (const b of into) b.resetCounters();
  server.reset();
  const cpu0 = process.cpuUsage();
  const machine = machineCpu();
  const t0 = performance.now();
  await sleep(o.seconds * 1000);
  const elapsedS = (performance.now() - t0) / 1000;
  const probe = await server.report();
  const harnessCpu = process.cpuUsage(cpu0);
  return windowMetrics({
    bots: into,
    shards,
    decoders: o.decoders,
    elapsedS,
    probe,
    botsCpuMs: (harnessCpu.user + harnessCpu.system) / 1000,
    machinePct: machine(),
  });
}
