import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from '@colyseus/sdk';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '../server/scale/testRedis.ts';
import {
  newVisitorId,
  type SessionClientRoom,
  TEST_PASSWORD,
  type TestAttendee,
  watchSession,
} from '../server/testingHall.ts';
import { CHAT_LIMIT, PROTOCOL_VERSION } from '../shared/protocol.ts';
import type { SessionRecord } from '../shared/session/record.ts';
import {
  type Cluster,
  hubOwners,
  nginxInstalled,
  scrape,
  seedSession,
  sharedRoomCount,
  signIn,
  startCluster,
  until,
} from './cluster.ts';

const BASE_PORT = 2881;
const REDIS_DB = 14;
const WAIT_MS = 20_000;
/** The bound on a takeover after kill -9. */
const FAILOVER_MS = 10_000;
const FLOOD_LINES = 30;

const hasNginx = nginxInstalled('failover');

let redis: Redis | null = null;
let cluster: Cluster | undefined;
let sessionId = '';
let hostToken = '';
const dir = mkdtempSync(join(tmpdir(), 'makaverse-failover-'));
const everyone: TestAttendee[] = [];

beforeAll(async () => {
  if (!hasNginx) return;
  redis = await testRedis(REDIS_DB);
  if (!redis) return;
  const dbPath = join(dir, 'city.sqlite');
  sessionId = await seedSession(dbPath, 'walikota', TEST_PASSWORD);
  cluster = await startCluster(BASE_PORT, REDIS_DB, dbPath, {
    MAX_CONNECTIONS_PER_SOURCE: '100',
    JOINS_PER_MINUTE_PER_SOURCE: '600',
  });
  hostToken = await signIn(cluster.url, 'walikota', TEST_PASSWORD);
});

afterAll(async () => {
  // A room of the killed process never answers a leave: each gets a second.
  const leave = (a: TestAttendee) => Promise.race([a.room.leave().catch(() => {}), delay(1000)]);
  await Promise.all(everyone.map(leave));
  await cluster?.stop();
  redis?.disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** Session rooms per process, as each one's /metrics says (a dead process counts as undefined). */
const sessionRooms = (c: Cluster) =>
  Promise.all(
    c.processes.map((p) => scrape(p.url, 'makaverse_rooms', { kind: 'session' }).catch(() => undefined)),
  );

const owners = (c: Cluster) => hubOwners(c, sessionId);

type Way = { create: true } | { roomId: string } | { anywhere: true };

/** Enters the hall through the public URL: a new shard (placed by Colyseus), a given one, or any. */
async function enter(name: string, way: Way, o: { visitorId?: string; token?: string } = {}) {
  const c = cluster as Cluster;
  const sdk = new Client(c.url);
  if (o.token) sdk.auth.token = o.token;
  const visitorId = o.visitorId ?? newVisitorId();
  const options = { sessionId, name, color: '#3366cc', visitorId, protocol: PROTOCOL_VERSION };
  const room = (
    'create' in way
      ? await sdk.create('session', options)
      : 'roomId' in way
        ? await sdk.joinById(way.roomId, options)
        : await sdk.joinOrCreate('session', options)
  ) as SessionClientRoom;
  const attendee = watchSession(room, visitorId);
  everyone.push(attendee);
  await until(`${name}'s view`, () => attendee.got.you.length > 0);
  return attendee;
}

/** A new shard on the process Colyseus picks (the one with the fewest rooms, once the counts are shared). */
async function enterNewShard(name: string, o: { visitorId?: string; token?: string } = {}) {
  const r = redis as Redis;
  const before = await sharedRoomCount(r);
  const a = await enter(name, { create: true }, o);
  await until('the room count shared', async () => (await sharedRoomCount(r)) > before);
  return a;
}

/** What every attendee must see alike: the stage, without this shard's avatars and counts. */
function stageOf(a: TestAttendee): string {
  const {
    players: _p,
    attendance: _a,
    peak: _k,
    ...stage
  } = a.room.state.toJSON() as Record<string, unknown>;
  return JSON.stringify(stage);
}

let host: TestAttendee;
let andi: TestAttendee;
let besse: TestAttendee;

describe('one public session on three processes', () => {
  it('shows attendees on every process one identical stage after a host action', async ({ skip }) => {
    if (!cluster) return skip();
    const c = cluster;
    host = await enterNewShard('Pak Wali', { token: hostToken });
    andi = await enterNewShard('Andi');
    besse = await enterNewShard('Besse');
    expect(await sessionRooms(c)).toEqual([1, 1, 1]);
    expect(await owners(c)).toHaveLength(1);

    host.act({ do: 'open' });
    andi.act({ do: 'ask', text: 'Kapan pasar Terong direnovasi?', anonymous: false });
    await until('the question at the hub', () => host.got.staff.at(-1)?.questions.length === 1);
    host.act({ do: 'approve', questionId: 1 });
    host.act({ do: 'pollOpen', question: 'Setuju?', options: ['Ya', 'Tidak'], multi: false, reveal: 'live' });
    const all = [host, andi, besse];
    await until('one stage everywhere', () =>
      all.every(
        (a) =>
          a.room.state.poll.id === 1 && a.room.state.questions.size === 1 && stageOf(a) === stageOf(host),
      ),
    );
    expect(new Set(all.map(stageOf)).size).toBe(1);
    expect(host.room.state.info.phase).toBe('live');
  });

  it('cuts a chat flood spread round-robin over three processes as if it met one', async ({ skip }) => {
    if (!cluster || !host) return skip();
    const visitorId = newVisitorId();
    const flooder = [
      await enterNewShard('Banjir', { visitorId }),
      await enterNewShard('Banjir', { visitorId }),
      await enterNewShard('Banjir', { visitorId }),
    ];
    expect(await sessionRooms(cluster)).toEqual([2, 2, 2]);
    const startedMs = Date.now();
    for (let i = 0; i < FLOOD_LINES; i++) flooder[i % 3]?.room.send('chat', { text: `banjir ${i}` });
    const heard = () => andi.got.chat.filter((l) => l.text.startsWith('banjir')).length;
    const refused = () =>
      flooder.reduce((n, f) => n + f.got.notice.filter((x) => x.code === 'chat-rate').length, 0);
    await until('every line answered', () => heard() + refused() === FLOOD_LINES);
    const elapsedS = (Date.now() - startedMs) / 1000;
    // One attendee's budget (CHAT_LIMIT), plus what refilled while the flood was answered; three
    // processes counting apart would have let at least three bursts through.
    expect(heard()).toBeGreaterThanOrEqual(1);
    expect(heard()).toBeLessThanOrEqual(CHAT_LIMIT.capacity + Math.ceil(elapsedS * CHAT_LIMIT.refillPerSec));
    expect(heard()).toBeLessThan(3 * CHAT_LIMIT.capacity);
    await Promise.all(flooder.map((f) => f.room.leave()));
  });

  it('survives kill -9 of the hub owner: a new owner within 10 s, every vote once, the record complete', async ({
    skip,
  }) => {
    if (!cluster || !host) return skip();
    const c = cluster;
    const [owner] = await owners(c);
    if (!owner) throw new Error('no owner');
    // Daeng sits in the owner's own shard (the host's) and votes before the crash.
    const daeng = await enter('Daeng', { roomId: host.room.roomId });
    daeng.act({ do: 'pollVote', pollId: 1, choices: [0] });
    andi.room.send('chat', { text: 'Sebelum' });
    await until('the first vote', () => andi.room.state.poll.voters === 1);

    const killedAt = Date.now();
    owner.child.kill('SIGKILL');
    await owner.exited;
    // In flight while nobody owns the hub: forwarded, retried until the next owner answers.
    andi.act({ do: 'pollVote', pollId: 1, choices: [0] });
    besse.act({ do: 'pollVote', pollId: 1, choices: [1] });
    besse.act({ do: 'upvote', questionId: 1 });
    andi.room.send('chat', { text: 'Sesudah' });

    const live = c.processes.filter((p) => p !== owner);
    const next = await until('a new owner', async () => {
      const now = (await owners(c)).filter((p) => p !== owner);
      return now.length === 1 ? now[0] : undefined;
    });
    const takeoverMs = Date.now() - killedAt;
    expect(takeoverMs).toBeLessThanOrEqual(FAILOVER_MS);
    expect(live).toContain(next);
    await until('both votes in flight counted', () => andi.room.state.poll.voters === 3);

    // The host and Daeng were on the dead process: they join again (as client/net/rejoin.ts does).
    const rejoin = (name: string, o: { visitorId?: string; token?: string }) =>
      until(`${name} back`, () => enter(name, { anywhere: true }, o), 2 * WAIT_MS);
    const host2 = await rejoin('Pak Wali', { token: hostToken });
    const daeng2 = await rejoin('Daeng', { visitorId: daeng.visitorId });
    daeng2.act({ do: 'pollVote', pollId: 1, choices: [1] });
    await until('a second ballot refused', () => daeng2.got.notice.some((n) => n.code === 'already-voted'));

    host2.act({ do: 'pollClose', pollId: 1 });
    const all = [host2, andi, besse, daeng2];
    await until('one stage everywhere after the takeover', () =>
      all.every((a) => !a.room.state.poll.open && stageOf(a) === stageOf(host2)),
    );
    expect(host2.room.state.poll.tallies.toArray()).toEqual([2, 1]);
    expect(host2.room.state.questions.get('1')?.votes).toBe(1);

    host2.act({ do: 'end' });
    await until('ended everywhere', () => all.every((a) => a.room.state.info.phase === 'ended'));
    const record = await until('the record', async () => {
      const res = await fetch(`${c.url}/api/sessions/${sessionId}/record?format=json`, {
        headers: { authorization: `Bearer ${hostToken}` },
      });
      return res.ok ? ((await res.json()) as SessionRecord) : undefined;
    });
    expect(record.openedAt).not.toBeNull();
    expect(record.endedAt).not.toBeNull();
    expect(record.polls[0]).toMatchObject({ question: 'Setuju?', tallies: [2, 1], voters: 3 });
    expect(record.questions).toEqual([
      expect.objectContaining({ text: 'Kapan pasar Terong direnovasi?', author: 'Andi', votes: 1 }),
    ]);
    expect(record.chat.map((l) => l.text).filter((t) => !t.startsWith('banjir'))).toEqual([
      'Sebelum',
      'Sesudah',
    ]);
    expect(record.attendance.unique).toBe(5);
    console.info(`hub takeover after kill -9: ${takeoverMs} ms`);
  });
});
