import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BALAI_KOTA, SHORE_X } from '../../shared/cityPlan.ts';
import { LANDMARKS } from '../../shared/mapPlaces.ts';
import { AVATAR_RADIUS_M, WALK_SPEED_MPS } from '../../shared/movement.ts';
import {
  placeAt,
  serverPos,
  sleep,
  startTestCity,
  type TestCity,
  type TestVisitor,
  tempDir,
  waitFor,
} from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/move.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const MAX_FRAME_S = 0.25;

/** Walks in a straight line at `speedMps`, sending `move` at about MOVE_RATE_HZ with jittery intervals. */
async function walk(v: TestVisitor, to: { x: number; z: number }, speedMps = WALK_SPEED_MPS, seed = 1) {
  let { x, z } = serverPos(city, v);
  let rnd = seed;
  const jitter = () => {
    rnd = (rnd * 1103515245 + 12345) % 2 ** 31;
    return rnd / 2 ** 31;
  };
  const heading = Math.atan2(to.x - x, to.z - z);
  let last = performance.now();
  while (Math.hypot(to.x - x, to.z - z) > 0.01) {
    // 10 Hz on average: 40–160 ms apart, now and then two sends back to back.
    const r = jitter();
    await sleep(r < 0.1 ? 0 : 40 + r * 120);
    const t = performance.now();
    // Like a client that clamps its frame time, so a stalled test process does not make it jump.
    const dtS = Math.min((t - last) / 1000, MAX_FRAME_S);
    const step = Math.min(speedMps * dtS, Math.hypot(to.x - x, to.z - z));
    last = t;
    const d = Math.hypot(to.x - x, to.z - z);
    x += ((to.x - x) / d) * step;
    z += ((to.z - z) / d) * step;
    v.room.send('move', { x, z, heading, anim: 'walk' });
  }
  return { x, z };
}

describe('moving in the city', () => {
  it('applies a move and syncs it to others', async () => {
    const a = await city.join('Andi');
    const b = await city.join('Besse');
    const start = serverPos(city, a);
    a.room.send('move', { x: start.x + 1, z: start.z + 0.5, heading: 1, anim: 'walk' });
    await waitFor(
      () => Math.abs((b.room.state.players.get(a.room.sessionId)?.x ?? 0) - (start.x + 1)) < 0.05,
    );
    const seen = b.room.state.players.get(a.room.sessionId);
    expect(seen?.z).toBeCloseTo(start.z + 0.5, 1);
    expect(seen?.anim).toBe(1);
    expect(seen?.heading).toBeCloseTo(1, 1);
    expect(a.got.correction).toEqual([]);
  });

  it('corrects a teleport and leaves the state unchanged', async () => {
    const a = await city.join('Andi');
    const start = serverPos(city, a);
    a.room.send('move', { x: start.x + 25, z: start.z, heading: 0, anim: 'walk' });
    await waitFor(() => a.got.correction.length === 1);
    expect(a.got.correction[0]).toEqual(start);
    expect(serverPos(city, a)).toEqual(start);
    const player = city.roomOf(a.room).state.players.get(a.room.sessionId);
    expect(player?.x).toBeCloseTo(start.x, 1);
  });

  it('never corrects legitimate 10 Hz walking with jittery timing', async () => {
    const a = await city.join('Andi');
    const start = serverPos(city, a);
    const end = await walk(a, { x: start.x + 15, z: start.z + 3 }, WALK_SPEED_MPS, 7);
    await waitFor(() => Math.abs((a.room.state.players.get(a.room.sessionId)?.x ?? 0) - end.x) < 0.05);
    expect(a.got.correction).toEqual([]);
    expect(city.roomOf(a.room).stats.corrected).toBe(0);
    expect(serverPos(city, a)).toEqual(end);
  });

  it('stops a visitor walking into Balai Kota', async () => {
    const a = await city.join('Andi');
    await placeAt(city, a, 0, BALAI_KOTA.hall.maxZ + 2);
    const wallZ = BALAI_KOTA.hall.maxZ + AVATAR_RADIUS_M;
    await walk(a, { x: 0, z: BALAI_KOTA.hall.maxZ - 2 });
    await waitFor(() => a.got.correction.length > 0);
    expect(serverPos(city, a).z).toBeGreaterThanOrEqual(wallZ);
    expect(serverPos(city, a).z).toBeLessThan(wallZ + 1);
    expect(city.roomOf(a.room).state.players.get(a.room.sessionId)?.z).toBeGreaterThanOrEqual(wallZ - 0.05);
  });

  it('stops a visitor walking into the sea', async () => {
    const a = await city.join('Andi');
    await placeAt(city, a, SHORE_X + 2, 30);
    await walk(a, { x: SHORE_X - 3, z: 30 });
    await waitFor(() => a.got.correction.length > 0);
    expect(serverPos(city, a).x).toBeGreaterThanOrEqual(SHORE_X + AVATAR_RADIUS_M);
    expect(serverPos(city, a).x).toBeLessThan(SHORE_X + AVATAR_RADIUS_M + 1);
  });

  it('corrects running faster than walking speed', async () => {
    const a = await city.join('Andi');
    const start = serverPos(city, a);
    await walk(a, { x: start.x + 20, z: start.z }, WALK_SPEED_MPS * 3);
    expect(a.got.correction.length).toBeGreaterThan(0);
    expect(serverPos(city, a).x).toBeLessThan(start.x + 20);
  });

  it('travels to a booth and back to the plaza', async () => {
    const a = await city.join('Andi');
    const room = city.roomOf(a.room);
    const booth = room.layout.booths.find((b) => b.id === 'dinkes') ?? room.layout.booths[0];
    if (!booth) throw new Error('no booths');
    a.room.send('travel', { to: booth.id });
    await waitFor(() => a.got.correction.length === 1);
    expect(a.got.correction[0]).toEqual(booth.approach);
    expect(serverPos(city, a)).toEqual(booth.approach);
    // The budget starts afresh at the new place: walking on from there is accepted.
    a.room.send('move', { x: booth.approach.x + 1, z: booth.approach.z, heading: 0, anim: 'walk' });
    a.room.send('travel', { to: 'nowhere' });
    await waitFor(() => a.got.notice.length === 1);
    expect(a.got.notice[0]).toEqual({ code: 'travel-unknown' });
    expect(serverPos(city, a)).toEqual({ x: booth.approach.x + 1, z: booth.approach.z });
    a.room.send('travel', { to: 'plaza' });
    await waitFor(() => a.got.correction.length === 2);
    expect(a.got.correction[1]).toEqual(room.layout.spawn);
  });

  it('travels to a landmark picked on the map', async () => {
    const a = await city.join('Mira');
    const fort = LANDMARKS.find((l) => l.id === 'fort-rotterdam');
    if (!fort) throw new Error('no fort');
    a.room.send('travel', { to: fort.id });
    await waitFor(() => a.got.correction.length === 1);
    expect(a.got.correction[0]).toEqual(fort.arrival);
    expect(serverPos(city, a)).toEqual(fort.arrival);
  });
});
