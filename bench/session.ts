// Public-session benchmark: N bot attendees (default 1000) across the audience shards of ONE session of
// the real server; a host signed in with a real account changes the slide page and opens polls, once
// for all shards, and every attendee notes when the change reaches its state. Measures host action →
// received by each attendee (p50/p99, budget p99 ≤ 500 ms) and by the last one, a vote storm (every
// attendee votes at once → all votes counted in every shard), server CPU and memory.
// `node bench/session.ts [--bots 1000] [--actions 20] [--gap 1500] [--port 2910]`.
// Writes the `session` section of bench/results.json. Runs in Node.
import { parseArgs } from 'node:util';
import { HALL_SHARD_SIZE } from '../shared/protocol.ts';
import { Attendee, now } from './attendee.ts';
import { api, measureHostActions, signedInHost, uploadDeck } from './hostActions.ts';
import { machineCpu } from './machineLoad.ts';
import { type Metric, metric, saveSection, section, sectionTable } from './results.ts';
import { colorOf, joinInBatches } from './seat.ts';
import { watchdog } from './server.ts';
import { type BenchServer, startServer } from './serverProcess.ts';
import { max, sleep, waitFor } from './stats.ts';

type Options = { bots: number; actions: number; gapMs: number; port: number };

const JOIN_BATCH = 25;
const BUDGET_P99_MS = 500;

/** A host account (admin CLI on the server's database), signed in and its one-time password changed; the session scheduled, a deck uploaded. */
async function prepare(server: BenchServer): Promise<{ token: string; sessionId: string; deckId: string }> {
  const token = await signedInHost(server, 'bench.host');
  const startsAt = Date.now();
  const session = await api<{ id: string }>(server.url, '/sessions', token, {
    title: 'Benchmark: Musrenbang Kecamatan',
    organiser: 'bappeda',
    description: 'Bot attendees',
    startsAt,
    endsAt: startsAt + 3 * 3600_000,
    agenda: ['Pembukaan', 'Usulan warga'],
    visibility: 'public',
  });
  return { token, sessionId: session.id, deckId: await uploadDeck(server.url, token, session.id) };
}

async function run(o: Options): Promise<{ metrics: Metric[]; notes: string[] }> {
  const server = await startServer(o.port);
  const attendees: Attendee[] = [];
  let host: Attendee | undefined;
  try {
    const { token, sessionId, deckId } = await prepare(server);
    host = await Attendee.join({ url: server.url, sessionId, name: 'Host Bench', color: '#c8102e', token });
    host.act({ do: 'open' });
    host.act({ do: 'screen', screen: { mode: 'slides', deckId } });
    const join = (i: number) =>
      Attendee.join({
        url: server.url,
        sessionId,
        name: `Warga ${i}`,
        color: colorOf(i),
      });
    const failed = await joinInBatches(0, o.bots, JOIN_BATCH, join, attendees);
    if (failed) throw new Error(`join failed: ${failed}\n--- server log ---\n${server.logTail()}`);
    const shards = new Set([host, ...attendees].map((a) => a.room.roomId)).size;
    console.log(`${attendees.length} attendees joined in ${shards} shards; ${o.actions} host actions`);
    await sleep(2000);

    server.reset();
    const machine = machineCpu();
    const cpu0 = process.cpuUsage();
    const actions = await measureHostActions(host, attendees, { ...o, budgetP99Ms: BUDGET_P99_MS });

    // Vote storm: every attendee votes in the open poll at once; when does each shard show all votes?
    for (const a of [host, ...attendees]) a.expectVoters = attendees.length;
    const stormAt = now();
    attendees.forEach((a, i) => {
      a.act({ do: 'pollVote', pollId: actions.polls, choices: [i % 2] });
    });
    await waitFor(
      () => attendees.every((a) => a.votersReachedAt !== undefined),
      'every vote counted everywhere',
      30_000,
    ).catch(() => {});
    const probe = await server.report();
    const harness = process.cpuUsage(cpu0);
    const stormSeen = attendees.flatMap((a) =>
      a.votersReachedAt === undefined ? [] : [a.votersReachedAt - stormAt],
    );

    const n = attendees.length;
    const metrics = [
      ...actions.metrics,
      metric(
        `vote storm: ${n} votes at once → all counted, seen by the host`,
        (host.votersReachedAt ?? Number.NaN) - stormAt,
        'ms',
      ),
      metric(`vote storm: ${n} votes at once → all counted, seen by the last attendee`, max(stormSeen), 'ms'),
      metric('vote storm: attendees that never saw the full count', n - stormSeen.length, '', 0, 0),
      metric('server CPU', (probe.cpuMs / probe.windowMs) * 100, '% of a core', undefined, 0),
      metric('server RSS max', probe.rssMaxBytes / 2 ** 20, 'MB', undefined, 0),
      metric('server event-loop lag p99', probe.eventLoopDelayP99Ms, 'ms', undefined, 1),
      metric(
        'bots CPU',
        ((harness.user + harness.system) / 1000 / probe.windowMs) * 100,
        '% of a core',
        undefined,
        0,
      ),
      metric('machine CPU', machine() ?? Number.NaN, '% of a core', undefined, 0),
    ];
    const notes = [
      `${n} attendees + 1 host in ${shards} shards of one session (hall shard size ${HALL_SHARD_SIZE}); ` +
        `${o.actions} host actions ${o.gapMs} ms apart, alternately a slide page change and a poll opening, ` +
        'each sent once by the host and mirrored by the server into every shard. Then every attendee ' +
        'votes in the open poll at the same moment (vote storm): each vote is decided, appended to the ' +
        'event log and mirrored one by one; the time is until the tallies in state count them all.',
      'Received = the change visible in the attendee’s decoded state (SDK onStateChange), timed in the ' +
        'benchmark process (the host and the bots share its clock). The bots run on the same 2-core machine.',
    ];
    return { metrics, notes };
  } finally {
    await Promise.all([...attendees, ...(host ? [host] : [])].map((a) => a.leave()));
    await server.stop();
  }
}

export function sessionOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    strict: false,
    options: {
      bots: { type: 'string', default: '1000' },
      actions: { type: 'string', default: '20' },
      gap: { type: 'string', default: '1500' },
      port: { type: 'string', default: '2910' },
    },
  });
  return {
    bots: Number(values.bots),
    actions: Number(values.actions),
    gapMs: Number(values.gap),
    port: Number(values.port),
  };
}

export async function benchSession(o: Options): Promise<void> {
  const r = await run(o);
  const s = section({ ...o }, r.metrics, r.notes);
  saveSection('session', s);
  console.log(`\n${sectionTable('Public session (bot attendees across shards)', s)}`);
}

if (import.meta.main) {
  const o = sessionOptions(process.argv.slice(2));
  watchdog(600);
  await benchSession(o);
}
