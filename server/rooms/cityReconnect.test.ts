import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { placeAt, serverPos, startTestCity, type TestCity, tempDir, waitFor, watch } from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/reconnect.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('dropped connections', () => {
  it('holds a dropped visitor and restores session, name, colour and place on reconnect', async () => {
    const a = await city.join('Andi', { color: '#ff8800' });
    const b = await city.join('Besse');
    await placeAt(city, a, 5, -35);
    const { sessionId, reconnectionToken } = a.room;
    a.room.reconnection.enabled = false;
    a.room.connection.close();

    await waitFor(
      () => b.room.state.players.get(sessionId)?.connected === false,
      3000,
      'held as disconnected',
    );
    expect(b.room.state.players.get(sessionId)?.name).toBe('Andi');

    const back = watch(await city.colyseus.sdk.reconnect(reconnectionToken));
    expect(back.room.sessionId).toBe(sessionId);
    await waitFor(() => b.room.state.players.get(sessionId)?.connected === true, 3000, 'connected again');
    const seen = b.room.state.players.get(sessionId);
    expect(seen).toMatchObject({ name: 'Andi', color: '#ff8800' });
    expect(serverPos(city, back)).toEqual({ x: 5, z: -35 });
    // The restored visitor plays on from where it stood.
    back.room.send('move', { x: 5.5, z: -35, heading: 0, anim: 'walk' });
    await waitFor(() => Math.abs((b.room.state.players.get(sessionId)?.x ?? 0) - 5.5) < 0.05);
    expect(back.got.correction).toEqual([]);
  });

  it('reconnects automatically through the SDK', async () => {
    const a = await city.join('Andi');
    const b = await city.join('Besse');
    a.room.reconnection.minUptime = 0;
    let reconnected = false;
    a.room.onReconnect(() => {
      reconnected = true;
    });
    a.room.connection.close();
    await waitFor(() => reconnected, 5000, 'SDK reconnection');
    await waitFor(() => b.room.state.players.get(a.room.sessionId)?.connected === true);
    expect(b.room.state.players.size).toBe(2);
  });

  it('removes a visitor who leaves on purpose at once', async () => {
    const a = await city.join('Andi');
    const b = await city.join('Besse');
    await a.room.leave(true);
    await waitFor(() => !b.room.state.players.has(a.room.sessionId));
    expect(city.roomOf(b.room).visitors.has(a.room.sessionId)).toBe(false);
  });
});
