// Two processes' session hubs in one test, each with its own Redis presence, leases and request log
// on the real Redis, sharing one SQLite store: the first to open the session owns its hub, the other
// forwards to it and follows its events; when the owner's last shard goes, the other takes the hub
// over from the store and the seq goes on; voice asked on either process is the owner's one Janus
// room. (kill -9 of an owner: e2e/failover.e2e.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import { NewSession } from '../../shared/session/schedule.ts';
import { redisLeases } from '../scale/lease.ts';
import { presenceCalls } from '../scale/presenceCalls.ts';
import { testRedis, testRedisUrl } from '../scale/testRedis.ts';
import { openStore, type Store } from '../store/store.ts';
import { waitFor } from '../testing.ts';
import { JanusApi } from '../voice/janusApi.ts';
import { startTestJanus } from '../voice/janusTesting.ts';
import { VoiceService } from '../voice/voiceService.ts';
import { createClusterHubs } from './clusterHubs.ts';
import type { Actor } from './hub.ts';
import type { SessionHubs } from './hubs.ts';
import { redisRequestLog } from './requestLog.ts';

// Database 8 of the test Redis is this file's.
const DB = 8;
const dir = mkdtempSync(join(tmpdir(), 'makaverse-cluster-hubs-'));
let redis: Redis | null;
let store: Store;
let sessionId = '';
const closers: Array<() => unknown> = [];
// Slot 6 of the test Janus ports is this file's (server/voice/janusTesting.ts).
const janus = await startTestJanus(6);

async function newSession(title: string): Promise<string> {
  const now = Date.now();
  const body = NewSession.parse({
    title,
    organiser: 'setda',
    startsAt: now + 60_000,
    endsAt: now + 3_600_000,
    agenda: ['Pembukaan'],
  });
  return (await store.sessions.create(body, { id: 1, username: 'walikota' }, now)).id;
}

beforeAll(async () => {
  redis = await testRedis(DB);
  store = await openStore({ dbPath: join(dir, 'hubs.sqlite') });
  await store.organisations.sync(REGISTRY, Date.now());
  sessionId = await newSession('Musrenbang dua proses');
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await janus?.stop();
  redis?.disconnect();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One process's session hubs: its own presence and Redis connection, named `name`. */
function processHubs(name: string, voice?: VoiceService): SessionHubs {
  const presence = new RedisPresence(testRedisUrl(DB));
  const conn = new Redis(testRedisUrl(DB));
  const calls = presenceCalls(presence, name);
  const hubs = createClusterHubs({
    hub: {
      store,
      presence: () => presence,
      now: Date.now,
      attendanceEveryMs: 60_000,
      snapshotEvery: 100,
      ...(voice ? { voice } : {}),
    },
    presence: () => presence,
    leases: redisLeases(conn, 'lease:', name, 5000),
    calls,
    requests: redisRequestLog(conn, 'request:', 60_000),
  });
  closers.push(async () => {
    await hubs.disposeAll();
    calls.close();
    presence.shutdown();
    conn.disconnect();
  });
  return hubs;
}

describe('session hubs across processes', () => {
  it('forwards to the owner, follows its events, and takes over when it leaves', async ({ skip }) => {
    if (!redis) return skip();
    const p1 = processHubs('p1');
    const p2 = processHubs('p2');
    const one = await p1.acquire(sessionId, 'shard-1');
    const two = await p2.acquire(sessionId, 'shard-2');
    if (!one || !two) throw new Error('no session');
    expect(p1.owned()).toEqual([sessionId]);
    expect(p2.owned()).toEqual([]);

    // Joins and actions from process 2 are decided by process 1's hub.
    const hostRef = await two.join('user:1', 'Pak Wali', 'host');
    const host: Actor = { ref: hostRef, audit: 'staff:walikota' };
    const opened = await two.dispatch(host, { do: 'open' });
    if (!opened.ok) throw new Error(opened.code);
    await waitFor(() => two.model.phase === 'live' && one.model.phase === 'live', 3000, 'live on both');
    const residentRef = await one.join('guest:andi', 'Andi', 'resident');
    two.setCount('shard-2', 1);
    one.setCount('shard-1', 1);
    await waitFor(() => two.count() === 2, 3000, 'the count from the owner');
    const resident: Actor = { ref: residentRef, audit: 'guest:Andi' };
    const refused = await two.dispatch(resident, { do: 'pollClose', pollId: 1 });
    expect(refused).toEqual({ ok: false, code: 'not-allowed' });

    // The owner's last shard goes: it hands over; process 2 restores the hub and continues the seq.
    p1.release(sessionId, 'shard-1');
    await waitFor(() => p2.owned().includes(sessionId), 5000, 'process 2 owning the hub');
    const poll = await two.dispatch(host, {
      do: 'pollOpen',
      question: 'Setuju?',
      options: ['Ya', 'Tidak'],
      multi: false,
      reveal: 'live',
    });
    if (!poll.ok) throw new Error(poll.code);
    expect(poll.event.seq).toBe(two.model.seq);
    expect(p2.owned()).toEqual([sessionId]);
    expect(p1.owned()).toEqual([]);
    const events = await store.sessions.events(sessionId);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.map((e) => e.act.do)).toEqual(['join', 'open', 'attendance', 'join', 'pollOpen']);
    expect(two.model.polls).toHaveLength(1);
  });

  it('answers voice from the owner: one Janus room for attendees on either process', async ({ skip }) => {
    if (!redis || !janus) return skip();
    const voiceOf = () =>
      new VoiceService({
        api: new JanusApi(janus.url),
        publicUrl: janus.publicUrl,
        adminKey: janus.adminKey,
        recordingsDir: mkdtempSync(join(tmpdir(), 'makaverse-rec-')),
      });
    const [v1, v2] = [voiceOf(), voiceOf()];
    closers.push(
      () => v1.closeAll(),
      () => v2.closeAll(),
    );
    const id = await newSession('Rakorsus bersuara');
    const p1 = processHubs('v1', v1);
    const p2 = processHubs('v2', v2);
    const one = await p1.acquire(id, 'shard-v1');
    const two = await p2.acquire(id, 'shard-v2');
    if (!one || !two) throw new Error('no session');
    const hostRef = await two.join('user:1', 'Pak Wali', 'host');
    const opened = await two.dispatch({ ref: hostRef, audit: 'staff:walikota' }, { do: 'open' });
    if (!opened.ok) throw new Error(opened.code);

    // A listener on each process gets the same mountpoint; the host on process 2 speaks into the
    // room of process 1, the owner — process 2 opened no room of its own.
    const here = await one.voice({ want: 'listen' });
    const there = await two.voice({ want: 'listen' });
    expect(here.kind).toBe('listen');
    expect(there).toEqual(here);
    const speak = await two.voice({ want: 'speak', who: hostRef });
    expect(speak.kind).toBe('speak');
    expect(v1.has(id)).toBe(true);
    expect(v2.has(id)).toBe(false);
    const residentRef = await two.join('guest:rina', 'Rina', 'resident');
    expect(await two.voice({ want: 'speak', who: residentRef })).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
    });
  });
});
