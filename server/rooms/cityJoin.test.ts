import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { layoutCity } from '../../shared/layout.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';
import { spawnPoint } from './cityVisitor.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/join.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('joining the city', () => {
  it('two visitors see each other with name and position', async () => {
    const { room: a } = await city.join('Andi');
    const { room: b } = await city.join('Besse');
    expect(b.roomId).toBe(a.roomId);
    await waitFor(() => a.state.players.size === 2 && b.state.players.size === 2);
    const seenByA = a.state.players.get(b.sessionId);
    const seenByB = b.state.players.get(a.sessionId);
    expect(seenByA?.name).toBe('Besse');
    expect(seenByB?.name).toBe('Andi');
    expect(seenByB?.connected).toBe(true);
    expect(seenByB?.anim).toBe(0);
    const layout = layoutCity(REGISTRY);
    expect(Math.hypot((seenByB?.x ?? 0) - layout.spawn.x, (seenByB?.z ?? 0) - layout.spawn.z)).toBeLessThan(
      10,
    );
    expect([seenByA?.x, seenByA?.z]).not.toEqual([seenByB?.x, seenByB?.z]);
  });

  it('cleans the name and normalises the colour', async () => {
    const { room: a } = await city.join('  Daeng\u200b   Ngalle  ', { color: '#AABBCC' });
    const me = a.state.players.get(a.sessionId);
    expect(me?.name).toBe('Daeng Ngalle');
    expect(me?.color).toBe('#aabbcc');
  });

  it.each([
    [{ name: 'x' }, 'name-length'],
    [{ name: 'bangsat' }, 'name-profane'],
    [{ color: 'red' }, 'bad-options'],
    [{ name: 42 }, 'bad-options'],
    [{ protocol: 999 }, 'protocol-mismatch'],
  ])('refuses join options %j with %s', async (options, code) => {
    await expect(city.join('Valid Name', options)).rejects.toMatchObject({ code: 400, message: code });
    expect(city.app.server).toBeDefined();
  });

  it('places a rejoining visitor at the requested spot only if it is walkable', async () => {
    const back = await city.join('Kembali', { at: { x: 12.5, z: -30 } });
    expect(city.roomOf(back.room).visitors.get(back.room.sessionId)).toMatchObject({ x: 12.5, z: -30 });
    const layout = layoutCity(REGISTRY);
    for (const at of [
      { x: 0, z: -74 }, // inside Balai Kota
      { x: -150, z: 0 }, // in the sea
      { x: 1e9, z: 0 },
    ]) {
      const v = await city.join('Nyasar', { at });
      const pos = city.roomOf(v.room).visitors.get(v.room.sessionId);
      expect(Math.hypot((pos?.x ?? 0) - layout.spawn.x, (pos?.z ?? 0) - layout.spawn.z)).toBeLessThan(10);
    }
    await expect(city.join('Nakal', { at: { x: 'a', z: 0 } })).rejects.toMatchObject({
      message: 'bad-options',
    });
  });

  it('spreads newcomers around the spawn deterministically', () => {
    const layout = layoutCity(REGISTRY);
    const spots = Array.from({ length: 20 }, (_, n) => spawnPoint(layout, n));
    expect(new Set(spots.map((s) => `${s.x.toFixed(2)},${s.z.toFixed(2)}`)).size).toBe(20);
    expect(spawnPoint(layout, 7)).toEqual(spots[7]);
  });
});
