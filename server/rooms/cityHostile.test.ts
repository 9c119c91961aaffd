import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, FLOOD_LIMIT, MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';
import { sendRaw, serverPos, sleep, startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/hostile.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const nested = (depth: number): unknown => (depth === 0 ? {} : { a: nested(depth - 1) });

const HOSTILE: Array<[string | number, unknown]> = [
  ['move', 'north'],
  ['move', 42],
  ['move', null],
  ['move', undefined],
  ['move', []],
  ['move', [1, 2, 0, 'walk']],
  ['move', { x: Number.NaN, z: 0, heading: 0, anim: 'walk' }],
  ['move', { x: Number.POSITIVE_INFINITY, z: 0, heading: 0, anim: 'walk' }],
  ['move', { x: 0, z: Number.NEGATIVE_INFINITY, heading: Number.NaN, anim: 'walk' }],
  ['move', { x: '1', z: 2, heading: 0, anim: 'walk' }],
  ['move', { x: 1, z: 2, heading: 0, anim: 'fly' }],
  ['move', { x: 1, z: 2, heading: 0, anim: 'walk', admin: true }],
  ['move', { x: 1, z: 2 }],
  ['move', nested(60)],
  ['chat', { text: 5, channel: 'plaza' }],
  ['chat', { text: 'hai', channel: 'global' }],
  ['chat', { text: 'x'.repeat(2000), channel: 'plaza' }],
  ['chat', ['hai', 'plaza']],
  ['chat', null],
  ['travel', { to: '' }],
  ['travel', { to: 'x'.repeat(100) }],
  ['travel', { to: { id: 'dinkes' } }],
  ['teleport', { x: 0, z: 0 }],
  ['__proto__', {}],
  ['constructor', {}],
  ['toString', 1],
  [7, { x: 1 }],
  ['', ''],
];

describe('hostile clients', () => {
  it('drops and counts malformed and unknown messages without disconnecting anyone', async () => {
    const bad = await city.join('Nakal');
    const good = await city.join('Baik');
    const room = city.roomOf(bad.room);
    const before = room.stats.dropped;
    const start = serverPos(city, bad);
    for (const [type, payload] of HOSTILE) sendRaw(bad.room, type, payload);
    bad.room.sendBytes('move', new Uint8Array([0xc1, 0xff, 0x00]));
    await waitFor(() => room.stats.dropped - before === HOSTILE.length + 1, 3000, 'drops');

    expect(bad.leftWith).toBeUndefined();
    expect(good.leftWith).toBeUndefined();
    expect(room.state.players.get(bad.room.sessionId)?.connected).toBe(true);
    expect(serverPos(city, bad)).toEqual(start);
    // The hostile sender still plays normally, and the others still see it.
    bad.room.send('move', { x: start.x + 1, z: start.z, heading: 0, anim: 'walk' });
    await waitFor(
      () => Math.abs((good.room.state.players.get(bad.room.sessionId)?.x ?? 0) - (start.x + 1)) < 0.05,
    );
    good.room.send('chat', { text: 'masih jalan', channel: 'plaza' });
    await waitFor(() => bad.got.chat.length === 1);
    expect(bad.got.correction).toEqual([]);
  });

  it('closes only the socket that sends a frame above MAX_MESSAGE_BYTES', async () => {
    const big = await city.join('Besar');
    const other = await city.join('Lain');
    sendRaw(big.room, 'chat', { text: 'x'.repeat(MAX_MESSAGE_BYTES + 100), channel: 'plaza' });
    await waitFor(() => big.leftWith !== undefined);
    expect(big.leftWith).toBe(1009);
    other.room.send('chat', { text: 'aman', channel: 'plaza' });
    await waitFor(() => other.got.chat.length === 1);
    expect(other.leftWith).toBeUndefined();
  });

  it('cuts off a flooding client with CLOSE_CODES.flooded and nobody else', async () => {
    const flooder = await city.join('Banjir');
    const calm = await city.join('Tenang');
    const room = city.roomOf(flooder.room);
    const { x, z } = serverPos(city, flooder);
    for (let i = 0; i < 400; i++) flooder.room.send('move', { x, z, heading: i / 100, anim: 'idle' });
    await waitFor(() => flooder.leftWith !== undefined, 3000, 'flooder closed');
    expect(flooder.leftWith).toBe(CLOSE_CODES.flooded);
    expect(room.stats.flooded).toBe(1);
    // The flooder's avatar is removed at once (no reconnection hold), the others carry on.
    await waitFor(() => !calm.room.state.players.has(flooder.room.sessionId));
    calm.room.send('chat', { text: 'tenang saja', channel: 'plaza' });
    await waitFor(() => calm.got.chat.length === 1);
    expect(calm.leftWith).toBeUndefined();
  });

  it('lets a client send at the refill rate indefinitely', async () => {
    const steady = await city.join('Stabil');
    const { x, z } = serverPos(city, steady);
    const perSecond = FLOOD_LIMIT.refillPerSec - 5;
    for (let i = 0; i < perSecond * 2.5; i++) {
      steady.room.send('move', { x, z, heading: i / 10, anim: 'idle' });
      await sleep(1000 / perSecond);
    }
    await sleep(100);
    expect(steady.leftWith).toBeUndefined();
  });
});
