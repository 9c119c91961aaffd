// A watcher of the `city` room (JoinOptions.watch: a kiosk's attract loop): it gets the shared state
// but has no Player, is not counted (state, GET /api/health), sees no avatar, and the gate drops
// every message it sends — it can neither move, travel, chat nor report, and flooding still cuts it off.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, FLOOD_LIMIT, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import {
  type CityClientRoom,
  sendRaw,
  sleep,
  startTestCity,
  type TestCity,
  type TestVisitor,
  tempDir,
  waitFor,
  watch,
} from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/watcher.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

async function joinWatcher(): Promise<TestVisitor> {
  const room: CityClientRoom = await city.colyseus.sdk.joinOrCreate('city', {
    name: 'Tamu Losari 12',
    color: '#3366cc',
    protocol: PROTOCOL_VERSION,
    watch: true,
  });
  const watcher = watch(room);
  // The first state has arrived: the shared weather is there.
  await waitFor(() => room.state.weather !== undefined, 3000, 'first state');
  return watcher;
}

async function healthVisitors(): Promise<number> {
  const res = await fetch(`${city.baseUrl}/api/health`);
  return ((await res.json()) as { visitors: number }).visitors;
}

describe('a watcher of the city', () => {
  it('has no Player, is not counted and sees no avatar, yet gets the shared state', async () => {
    const andi = await city.join('Andi');
    const watcher = await joinWatcher();
    const room = city.roomOf(watcher.room);
    expect(watcher.room.roomId).toBe(andi.room.roomId);
    expect(room.clients.length).toBe(2);
    expect(room.state.players.has(watcher.room.sessionId)).toBe(false);
    expect(room.visitors.has(watcher.room.sessionId)).toBe(false);
    expect(room.watchers.has(watcher.room.sessionId)).toBe(true);
    expect(room.state.visitors).toBe(1);
    expect(await healthVisitors()).toBe(1);
    // The shared state: the head count and the sky as the visitor sees them; no avatar at all.
    await waitFor(() => watcher.room.state.visitors === 1, 3000, 'head count');
    expect(watcher.room.state.weather.description).toBe(andi.room.state.weather.description);
    await sleep(300); // a few patches and an interest refresh
    expect(watcher.room.state.players?.size ?? 0).toBe(0);
    // …and the visitor does not see the watcher either.
    expect([...andi.room.state.players.keys()]).toEqual([andi.room.sessionId]);
    expect(watcher.got.chatHistory).toEqual([]);
  });

  it('cannot move, travel, chat or report: each message is dropped and counted', async () => {
    const andi = await city.join('Andi');
    const watcher = await joinWatcher();
    const room = city.roomOf(watcher.room);
    const dropped = room.stats.dropped;
    watcher.room.send('move', { x: 1, z: 2, heading: 0, anim: 'walk' });
    watcher.room.send('travel', { to: 'disdukcapil' });
    watcher.room.send('chat', { text: 'halo dari kios', channel: 'plaza' });
    watcher.room.send('chat', { text: 'halo dekat', channel: 'nearby' });
    sendRaw(watcher.room, 'teleport', { x: 0, z: 0 });
    await waitFor(() => room.stats.dropped === dropped + 5, 3000, 'five drops');
    await sleep(200);
    expect(room.state.players.has(watcher.room.sessionId)).toBe(false);
    expect(andi.got.chat).toEqual([]);
    expect(watcher.got.chat).toEqual([]);
    expect(watcher.got.correction).toEqual([]);
    expect(watcher.got.notice).toEqual([]);
    expect(room.state.visitors).toBe(1);
  });

  it('is cut off for flooding like any client', async () => {
    const watcher = await joinWatcher();
    const room = city.roomOf(watcher.room);
    for (let i = 0; i < FLOOD_LIMIT.capacity + 20; i++) sendRaw(watcher.room, 'move', { x: 0, z: 0 });
    await waitFor(() => watcher.leftWith !== undefined, 3000, 'the kick');
    expect(watcher.leftWith).toBe(CLOSE_CODES.flooded);
    expect(room.stats.flooded).toBeGreaterThan(0);
  });

  it('leaves without a trace; a visitor joining as itself afterwards is counted', async () => {
    const watcher = await joinWatcher();
    const room = city.roomOf(watcher.room);
    const id = watcher.room.sessionId;
    await watcher.room.leave(true);
    await waitFor(() => !room.watchers.has(id), 3000, 'watcher gone');
    // (The emptied shard may have been disposed: the visitor's own shard is asked.)
    const visitor = await city.join('Tamu Losari 12');
    const now = city.roomOf(visitor.room);
    expect(now.state.players.has(visitor.room.sessionId)).toBe(true);
    await waitFor(() => now.state.visitors === 1, 3000, 'counted');
    expect(await healthVisitors()).toBe(1);
  });
});
