// What is on air reaches a session's shards on every process: two processes' OnAir on Colyseus's
// Redis presence (as cluster.ts opens it), the voice service's `set` on one, shards' `watch` on both.
import { LocalPresence, type Presence } from '@colyseus/core';
import { RedisPresence } from '@colyseus/redis-presence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis, testRedisUrl } from '../scale/testRedis.ts';
import { sleep } from '../testing.ts';
import { type Air, OnAir } from './onAir.ts';

// Database 6 of the test Redis is this file's.
const DB = 6;
let presences: RedisPresence[] = [];
beforeAll(async () => {
  const redis = await testRedis(DB);
  if (!redis) return;
  redis.disconnect();
  presences = [new RedisPresence(testRedisUrl(DB)), new RedisPresence(testRedisUrl(DB))];
});
afterAll(() => {
  for (const p of presences) p.shutdown();
});

/** A shard's view: every air it was told, in order. */
function shard(air: OnAir, sessionId: string) {
  const told: Air[] = [];
  const stop = air.watch(sessionId, (a) => told.push(a));
  return { told, stop };
}

async function until(what: string, f: () => boolean) {
  for (let i = 0; i < 200 && !f(); i++) await sleep(10);
  if (!f()) throw new Error(`timed out waiting for ${what}`);
}

describe('on air across processes', () => {
  it("tells shards on another process the owner's recording and captions, merged and once each", async ({
    skip,
  }) => {
    const [pa, pb] = presences;
    if (!pa || !pb) return skip();
    const owner = new OnAir(() => pa as Presence);
    const other = new OnAir(() => pb as Presence);
    const here = shard(owner, 's1');
    const there = shard(other, 's1');
    const elsewhere = shard(other, 's2');
    await sleep(100); // the subscriptions reach Redis
    owner.set('s1', { recording: true });
    owner.set('s1', { recording: true });
    await until('the recording on the other process', () => there.told.length === 1);
    expect(there.told).toEqual([{ kind: 'air', talking: [], recording: true }]);
    // Captions from the process that runs the media room merge with the owner's recording state.
    other.set('s1', { talking: ['Bu Ani'] });
    await until('the caption everywhere', () => here.told.length === 2 && there.told.length === 2);
    expect(here.told.at(-1)).toEqual({ kind: 'air', talking: ['Bu Ani'], recording: true });
    expect(there.told.at(-1)).toEqual({ kind: 'air', talking: ['Bu Ani'], recording: true });
    expect(other.current('s1')).toEqual({ kind: 'air', talking: ['Bu Ani'], recording: true });
    owner.clear('s1');
    await until('the end everywhere', () => there.told.length === 3);
    expect(there.told.at(-1)).toEqual({ kind: 'air', talking: [], recording: false });
    expect(elsewhere.told).toEqual([]);
    // A shard that left hears nothing more.
    there.stop();
    owner.set('s1', { recording: true });
    await until('the owner hears itself', () => here.told.length === 4);
    await sleep(100);
    expect(there.told).toHaveLength(3);
    here.stop();
    elsewhere.stop();
  });

  it('reaches this process only, at once, on local presence or none', () => {
    const local = new LocalPresence();
    for (const air of [new OnAir(() => local), new OnAir()]) {
      const s = shard(air, 's1');
      air.set('s1', { talking: ['Pak Budi'] });
      air.set('s1', { talking: ['Pak Budi'] });
      expect(s.told).toEqual([{ kind: 'air', talking: ['Pak Budi'], recording: false }]);
      s.stop();
    }
  });
});
