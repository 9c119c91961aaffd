import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

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
});
