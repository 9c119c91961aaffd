// One public session across three processes (issue 11), for bench/scale.ts: `attendees` bot
// attendees (bench/attendee.ts, each decoding state as a browser does) and a host, in a multiple of
// three shards of HALL_SHARD_SIZE placed round the processes in turn and filled evenly, all through
// the proxy URL; the hub is on the process of the first shard, the others forward to it. The host's
// actions (bench/hostActions.ts) → attendee p99 against the 300 ms; attendees and CPU per
// process. If not all can join, the run goes on with those that did and says so. Runs in Node.
import { hubOwners } from '../e2e/cluster.ts';
import { HALL_SHARD_SIZE } from '../shared/protocol.ts';
import { Attendee } from './attendee.ts';
import { countPerProcess, cpuWindow, describeCounts, openBenchCluster, placeRooms } from './clusterBench.ts';
import { measureHostActions, uploadDeck } from './hostActions.ts';
import { type Metric, metric } from './results.ts';
import { colorOf, joinInBatches, type Seat } from './seat.ts';
import { sleep } from './stats.ts';

export type SessionClusterOptions = {
  attendees: number;
  actions: number;
  gapMs: number;
  port: number;
  redisDb: number;
};

/** Issue 11: host action → attendee p99 with 2,000 attendees across processes, ms. */
const BUDGET_P99_MS = 300;
const JOIN_BATCH = 25;

export async function measureSessionCluster(
  o: SessionClusterOptions,
): Promise<{ metrics: Metric[]; notes: string[] }> {
  const bc = await openBenchCluster(o.port, o.redisDb);
  const { cluster, sessionId } = bc;
  const url = cluster.url;
  const attendees: Attendee[] = [];
  let host: Attendee | undefined;
  try {
    const join = (i: number, seat: Seat, token?: string) =>
      Attendee.join({
        url,
        sessionId,
        name: token ? 'Pak Wali' : `Warga ${i}`,
        color: colorOf(i),
        token,
        seat,
      });
    // The host opens the first shard (its process takes the hub's lease); attendees open the rest.
    const shardCount = 3 * Math.ceil((o.attendees + 1) / (3 * HALL_SHARD_SIZE));
    const firsts = await placeRooms(bc.redis, shardCount, (i) =>
      i === 0 ? join(i, 'new', bc.hostToken) : join(i - 1, 'new'),
    );
    host = firsts[0] as Attendee;
    attendees.push(...firsts.slice(1));
    const shards = firsts.map((a) => a.room.roomId);
    const joinStartedAt = performance.now();
    const failure = await joinInBatches(
      shardCount - 1,
      o.attendees,
      JOIN_BATCH,
      (i) => join(i, { roomId: shards[(i + 1) % shardCount] as string }),
      attendees,
    );
    const joinS = (performance.now() - joinStartedAt) / 1000;
    const perProcess = await countPerProcess(
      cluster,
      attendees.map((a) => a.room.roomId),
    );
    const n = attendees.length;
    console.log(
      `${n} of ${o.attendees} attendees joined in ${shardCount} shards (${describeCounts(perProcess)}) in ${joinS.toFixed(0)} s`,
    );
    host.act({ do: 'open' });
    host.act({
      do: 'screen',
      screen: { mode: 'slides', deckId: await uploadDeck(url, bc.hostToken, sessionId) },
    });
    await sleep(2000);
    const [owner] = await hubOwners(cluster, sessionId);

    const label = (s: string) => `3 processes, one session: ${s} (${n} attendees)`;
    const cpu = cpuWindow(cluster.processes, label);
    const actions = await measureHostActions(host, attendees, { ...o, budgetP99Ms: BUDGET_P99_MS });
    const cpuMetrics = cpu();
    const metrics = [
      ...actions.metrics.map((m) => ({ ...m, name: `3 processes, one session: ${m.name}` })),
      ...cluster.processes.map((p) =>
        metric(label(`${p.name} attendees`), perProcess.get(p.name) ?? 0, '', undefined, 0),
      ),
      ...cpuMetrics,
    ];
    const notes = [
      `One session on three processes: ${n} attendees + the host in ${shardCount} shards (hall shard size ` +
        `${HALL_SHARD_SIZE}) placed round the processes, joined through nginx in ${joinS.toFixed(0)} s ` +
        `(${describeCounts(perProcess)}); the hub on ${owner?.name ?? 'no process'}, the other processes ` +
        `forward to it. ${o.actions} host actions ${o.gapMs} ms apart (slide page, poll), ` +
        'each decided by the hub and mirrored into every shard of every process; received = visible in the ' +
        'attendee’s decoded state, timed on the benchmark’s one clock.',
    ];
    if (failure)
      notes.push(
        `NOT all attendees joined: ${n} of the ${o.attendees} asked for; the figures are for ${n}. ` +
          `The first refused join: ${failure.split('\n')[0]}`,
      );
    return { metrics, notes };
  } finally {
    await Promise.all([...attendees, ...(host ? [host] : [])].map((a) => a.leave()));
    await bc.stop();
  }
}
