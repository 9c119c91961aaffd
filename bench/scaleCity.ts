// The city on three processes (issue 11), for bench/scale.ts: `visitors` light bots (bench/bots.ts:
// they walk and count bytes; only `decoders` of them decode state) roam the whole city through the
// proxy URL, in three `city` shards placed one per process, joined in turn; one in `chatEvery` chats
// on the plaza (one conversation across processes). During the window a KPI value is pushed through
// the proxy every PUSH_EVERY_MS and each decoding bot (some on every process) notes when it arrives.
// Reported: chat and ingest (push → visitor) p50/p99, downlink, CPU of each process, of the bots and
// of the machine; visitors per process. If not all can join, the run goes on with those that did
// and says so. Runs in Node.
import { now } from './attendee.ts';
import { type Bot, roamer } from './bots.ts';
import {
  countPerProcess,
  cpuWindow,
  describeCounts,
  openBenchCluster,
  PUSH_ORG,
  placeRooms,
  processOfRooms,
} from './clusterBench.ts';
import { LIVE_BUDGET_P99_MS, type LiveTarget, pushKpi, watchKpi } from './ingestLive.ts';
import { type Metric, metric } from './results.ts';
import { joinInBatches, type Seat } from './seat.ts';
import { BUDGET } from './serverMetrics.ts';
import { mean, percentile, sleep } from './stats.ts';
import { LAYOUT } from './walker.ts';

export type CityClusterOptions = {
  visitors: number;
  seconds: number;
  warmup: number;
  decoders: number;
  chatEvery: number;
  port: number;
  redisDb: number;
};

const JOIN_BATCH = 20;
const PUSH_EVERY_MS = 500;
const PUSH_KPI = 'serapan-apbd';
/** Pushed values arriving after the window still count, ms. */
const LATE_MS = 2000;

export async function measureCityCluster(
  o: CityClusterOptions,
): Promise<{ metrics: Metric[]; notes: string[] }> {
  if (o.visitors < 3) throw new Error('the three-process city needs at least 3 visitors');
  const perShard = Math.ceil(o.visitors / 3);
  const bc = await openBenchCluster(o.port, o.redisDb, { MAX_VISITORS_PER_SHARD: String(perShard + 1) });
  const { cluster } = bc;
  const bots: Bot[] = [];
  try {
    const area = LAYOUT.bounds;
    const join = (i: number, seat: Seat) =>
      roamer(cluster.url, i, area, { chatter: i % o.chatEvery === 0, decode: i < o.decoders, seat });
    bots.push(...(await placeRooms(bc.redis, 3, (i) => join(i, 'new'))));
    const shards = bots.map((b) => b.room.roomId);
    const where = await processOfRooms(cluster, shards);
    if (new Set(where).size !== 3)
      throw new Error(`shards not one per process: ${where.map((p) => p?.name)}`);
    const joinStartedAt = performance.now();
    const failure = await joinInBatches(
      3,
      o.visitors,
      JOIN_BATCH,
      (i) => join(i, { roomId: shards[i % 3] as string }),
      bots,
    );
    const joinS = (performance.now() - joinStartedAt) / 1000;
    const n = bots.length;
    const perProcess = await countPerProcess(
      cluster,
      bots.map((b) => b.room.roomId),
    );
    console.log(
      `${n} of ${o.visitors} visitors joined (${describeCounts(perProcess)}) in ${joinS.toFixed(0)} s; warm-up ${o.warmup} s, measuring ${o.seconds} s`,
    );

    const target: LiveTarget = { url: cluster.url, organisationId: PUSH_ORG, kpi: PUSH_KPI, key: bc.pushKey };
    const sentAt = new Map<number, number>();
    const decoders = bots.filter((b) => b.decodes);
    const ingestBy = new Map(cluster.processes.map((p) => [p.name, [] as number[]]));
    for (const b of decoders) {
      const name = where[shards.indexOf(b.room.roomId)]?.name ?? '';
      watchKpi(b, target, (v) => sentAt.get(v), ingestBy.get(name) ?? []);
    }
    await sleep(o.warmup * 1000);

    for (const b of bots) b.resetCounters();
    const label = (s: string) => `3 processes: ${s} (${n} visitors)`;
    const cpu = cpuWindow(cluster.processes, label);
    const t0 = performance.now();
    const pushes = Math.max(1, Math.floor((o.seconds * 1000) / PUSH_EVERY_MS));
    for (let k = 1; k <= pushes; k++) {
      const value = 10 + k / 4; // exact in binary, inside the KPI's range
      sentAt.set(value, now());
      await pushKpi(target, value);
      await sleep(PUSH_EVERY_MS);
    }
    const elapsedS = (performance.now() - t0) / 1000;
    const cpuMetrics = cpu();
    await sleep(LATE_MS);

    const chat = bots.flatMap((b) => b.chatLatencyMs);
    const ingest = [...ingestBy.values()].flat();
    const kbps = bots.map((b) => b.bytes / 1024 / elapsedS);
    const dropped = bots.filter((b) => !b.connected).length;
    const metrics = [
      metric(label('chat p50'), percentile(chat, 50), 'ms'),
      metric(label('chat p99'), percentile(chat, 99), 'ms', BUDGET.chatP99Ms),
      metric(label('ingest → visitor p50'), percentile(ingest, 50), 'ms'),
      metric(label('ingest → visitor p99'), percentile(ingest, 99), 'ms', LIVE_BUDGET_P99_MS),
      metric(label('ingest receipts missed'), pushes * decoders.length - ingest.length, '', 0, 0),
      metric(label('downlink mean per visitor'), mean(kbps), 'KB/s'),
      metric(label('visitors dropped'), dropped, '', 0, 0),
      ...cpuMetrics,
    ];
    const ingestNote = [...ingestBy]
      .map(([name, s]) => `${name} p99 ${percentile(s, 99).toFixed(0)} ms (${s.length} receipts)`)
      .join(', ');
    const notes = [
      `Three processes: ${n} visitors roaming the whole city through nginx, one shard per process ` +
        `(${describeCounts(perProcess)}), joined in ${joinS.toFixed(0)} s; 1 in ${o.chatEvery} chats on the ` +
        `plaza every 3 s, ${decoders.length} decode state. ${pushes} KPI values pushed through nginx ` +
        `${PUSH_EVERY_MS} ms apart; ingest → visitor per process: ${ingestNote}. ${chat.length} chat receipts.`,
    ];
    if (failure)
      notes.push(
        `NOT all visitors joined: ${n} of the ${o.visitors} asked for; the figures are for ${n}. ` +
          `The first refused join: ${failure.split('\n')[0]}`,
      );
    return { metrics, notes };
  } finally {
    await Promise.all(bots.map((b) => b.leave()));
    await bc.stop();
  }
}
