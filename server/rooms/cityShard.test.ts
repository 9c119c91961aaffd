import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/shard.sqlite`, { MAX_VISITORS_PER_SHARD: '2' });
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('shards', () => {
  it('fills one city shard after another', async () => {
    const a = await city.join('Andi');
    const b = await city.join('Besse');
    const c = await city.join('Cici');
    expect(b.room.roomId).toBe(a.room.roomId);
    expect(c.room.roomId).not.toBe(a.room.roomId);
    expect(c.room.state.players.size).toBe(1);
    expect(city.roomOf(a.room).maxClients).toBe(2);
    const health = await fetch(`${city.baseUrl}/api/health`).then((r) => r.json());
    expect(health.visitors).toBe(3);
  });

  it('carries a plaza line to every shard, a nearby line to none but its own', async () => {
    await city.colyseus.cleanup();
    const [a, b, c] = [await city.join('Andi'), await city.join('Besse'), await city.join('Cici')];
    expect(c.room.roomId).not.toBe(a.room.roomId);
    c.room.send('chat', { text: 'halo dari shard dua', channel: 'plaza' });
    await waitFor(() => [a, b, c].every((v) => v.got.chat.length === 1));
    expect(a.got.chat[0]).toEqual(c.got.chat[0]);
    c.room.send('chat', { text: 'hanya di sini', channel: 'nearby' });
    await waitFor(() => c.got.chat.length === 2);
    a.room.send('chat', { text: 'terima kasih', channel: 'plaza' });
    await waitFor(() => c.got.chat.length === 3);
    expect(a.got.chat.map((l) => l.text)).toEqual(['halo dari shard dua', 'terima kasih']);
  });
});
