// Failover of a session hub (issue 11), for bench/scale.ts: one public session on three processes
// behind nginx (bench/clusterBench.ts). Three shards are placed one per process (the first one's
// process takes the hub's lease), the host sits in the second, attendees fill all three in turn.
// The poll is open; the attendees of the owner's process and half of the others vote. Then the
// owner is killed with SIGKILL and, at once, the host switches the big screen and the other half of
// the survivors vote (forwarded, retried until a new owner answers). Reported: kill → another process
// owns the hub (its /metrics), kill → every attendee on a surviving process sees the host's action
// (the takeover as an audience sees it), kill → every in-flight vote counted, and votes lost or
// counted twice (the count every survivor sees, against the ballots cast). Runs in Node.
import type { GameProcess } from '../e2e/cluster.ts';
import { hubOwners, until } from '../e2e/cluster.ts';
import { Attendee, now } from './attendee.ts';
import {
  countPerProcess,
  describeCounts,
  openBenchCluster,
  placeRooms,
  processOfRooms,
} from './clusterBench.ts';
import { type Metric, metric } from './results.ts';
import { joinInBatches, type Seat } from './seat.ts';
import { sleep } from './stats.ts';

export type FailoverOptions = { attendees: number; port: number; redisDb: number };

/** The bound on a takeover after kill -9, ms. */
const FAILOVER_BUDGET_MS = 10_000;
const WAIT_MS = 60_000;
const JOIN_BATCH = 25;
/** After the last in-flight vote is counted: a vote applied twice would show within this, ms. */
const SETTLE_MS = 3000;

export async function measureFailover(o: FailoverOptions): Promise<{ metrics: Metric[]; notes: string[] }> {
  if (o.attendees < 3) throw new Error('the failover needs at least 3 attendees (one per process)');
  const bc = await openBenchCluster(o.port, o.redisDb);
  const { cluster, sessionId } = bc;
  const url = cluster.url;
  const everyone: Attendee[] = [];
  try {
    const join = (name: string, seat: Seat, token?: string) =>
      Attendee.join({ url, sessionId, name, color: '#3366cc', token, seat });
    // Shard 0 (an attendee's) takes the lease; the host's shard and a third go to the other processes.
    const firsts = await placeRooms(bc.redis, 3, (i) =>
      i === 1 ? join('Pak Wali', 'new', bc.hostToken) : join(`Warga ${i}`, 'new'),
    );
    const [first, host, third] = firsts as [Attendee, Attendee, Attendee];
    const shards = firsts.map((a) => a.room.roomId);
    const attendees = [first, third];
    everyone.push(...firsts);
    const failed = await joinInBatches(
      2,
      o.attendees,
      JOIN_BATCH,
      (i) => join(`Warga ${i}`, { roomId: shards[i % 3] as string }),
      attendees,
    );
    everyone.push(...attendees.slice(2));
    if (failed) throw new Error(`join failed: ${failed}`);

    host.act({ do: 'open' });
    host.act({ do: 'pollOpen', question: 'Setuju?', options: ['Ya', 'Tidak'], multi: false, reveal: 'live' });
    await until('the poll open everywhere', () => everyone.every((a) => a.room.state.poll.open), WAIT_MS);
    const [owner] = await hubOwners(cluster, sessionId);
    if (!owner) throw new Error('no process owns the hub');
    const where = await processOfRooms(cluster, shards);
    const hostProcess = where[1] as GameProcess;
    if (new Set(where).size !== 3 || hostProcess === owner)
      throw new Error(
        `shards not one per process: ${where.map((p) => p?.name).join(', ')}; owner ${owner.name}`,
      );
    const dying = new Set(shards.filter((_, i) => where[i] === owner));
    const doomed = attendees.filter((a) => dying.has(a.room.roomId));
    const survivors = attendees.filter((a) => !dying.has(a.room.roomId));
    const before = [...doomed, ...survivors.filter((_, i) => i % 2 === 0)];
    const inFlight = survivors.filter((_, i) => i % 2 === 1);
    before.forEach((a, i) => {
      a.act({ do: 'pollVote', pollId: 1, choices: [i % 2] });
    });
    await until('the votes before the kill', () => host.room.state.poll.voters === before.length, WAIT_MS);

    const perProcess = await countPerProcess(
      cluster,
      everyone.map((a) => a.room.roomId),
    );
    const killedAt = now();
    owner.child.kill('SIGKILL');
    host.act({ do: 'screen', screen: { mode: 'opd', opdId: 'setda' } });
    inFlight.forEach((a, i) => {
      a.act({ do: 'pollVote', pollId: 1, choices: [i % 2] });
    });
    const audience = [host, ...survivors];
    const newOwner = until(
      'a new owner',
      async () => (await hubOwners(cluster, sessionId)).some((p) => p !== owner),
      WAIT_MS,
    ).then(() => now() - killedAt);
    const screenSeen = until(
      'the host action on every surviving process',
      () => audience.every((a) => a.room.state.screen.mode === 'opd'),
      WAIT_MS,
    ).then(() => now() - killedAt);
    const cast = before.length + inFlight.length;
    const votesSeen = until(
      'every in-flight vote counted',
      () => audience.every((a) => a.room.state.poll.voters >= cast),
      WAIT_MS,
    ).then(() => now() - killedAt);
    const [ownerMs, screenMs, votesMs] = await Promise.all([newOwner, screenSeen, votesSeen]);
    await sleep(SETTLE_MS);
    const miscounted = Math.max(
      ...audience.map((a) => {
        const tallied = a.room.state.poll.tallies.toArray().reduce((s: number, v: number) => s + v, 0);
        return Math.max(Math.abs(a.room.state.poll.voters - cast), Math.abs(tallied - cast));
      }),
    );
    const label = `${attendees.length} attendees, 3 processes`;
    return {
      metrics: [
        metric(`failover: kill -9 → new hub owner (${label})`, ownerMs, 'ms', FAILOVER_BUDGET_MS, 0),
        metric(
          `failover: kill -9 → host action seen on every live process (${label})`,
          screenMs,
          'ms',
          FAILOVER_BUDGET_MS,
          0,
        ),
        metric(`failover: kill -9 → every in-flight vote counted (${label})`, votesMs, 'ms', undefined, 0),
        metric(`failover: votes lost or counted twice (of ${cast})`, miscounted, '', 0, 0),
      ],
      notes: [
        `Failover: ${attendees.length} attendees + host in 3 shards, one per process (owner ${owner.name}, ` +
          `host on ${hostProcess.name}; attendees and host per process: ${describeCounts(perProcess)}); ` +
          `${doomed.length} attendees sat on the killed owner, ${survivors.length} on live processes. ` +
          `${before.length} votes before the kill, ${inFlight.length} sent right after it with the host's ` +
          'screen change. The lease lives 5 s and is watched every second; a forwarded call waits 1 s ' +
          'before its retry, so most of the time is the lease lapsing.',
      ],
    };
  } finally {
    await Promise.all(everyone.map((a) => a.leave()));
    await bc.stop();
  }
}
