// Someone who leaves the hall for good gives the stage back: the floor holder's turn ends, a
// speaker's place and a raised hand go, so the host never waits on an empty spotlight. A second
// connection of the same person keeps them present. Real clients against the real hall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, waitFor } from '../testing.ts';
import { newVisitorId, startTestHall, type TestAttendee, type TestHall } from '../testingHall.ts';

const dir = tempDir();
let hall: TestHall;
let hostToken: string;

beforeAll(async () => {
  hall = await startTestHall(dir.path, { shardSize: 20 });
  await hall.createUser('camat', 'host', 'setda');
  hostToken = await hall.tokenOf('camat');
});
afterAll(async () => {
  await hall.stop();
  dir.remove();
});

const handle = (a: TestAttendee) => a.got.you.at(-1)?.handle ?? '';

async function liveSession() {
  const s = await hall.schedule('camat');
  const host = await hall.join(s.id, 'Pak Camat', { token: hostToken });
  const hub = hall.roomOf(host.room).hub;
  host.act({ do: 'open' });
  await waitFor(() => hub.model.phase === 'live', 3000, 'live');
  return { s, host, hub };
}

describe('leaving the hall', () => {
  it('releases the floor when the resident holding it leaves', async () => {
    const { s, host, hub } = await liveSession();
    const budi = await hall.join(s.id, 'Budi');
    await waitFor(() => handle(budi) !== '', 3000, 'handle');
    budi.act({ do: 'raiseHand', text: 'Drainase' });
    await waitFor(() => hub.model.hands.length === 1, 3000, 'hand');
    host.act({ do: 'floor', handle: handle(budi) });
    await waitFor(() => hub.model.floor?.handle === handle(budi), 3000, 'floor given');

    await budi.room.leave(true);
    await waitFor(() => hub.model.floor === null, 3000, 'floor released');
    expect(hub.model.hands).toEqual([]);
    expect(hub.model.handLog.at(-1)).toMatchObject({ name: 'Budi', what: 'lower' });
    await host.room.leave(true);
  });

  it('removes a speaker who leaves, and a raised hand, but not while a second tab is open', async () => {
    const { s, host, hub } = await liveSession();
    const visitorId = newVisitorId();
    const ani = await hall.join(s.id, 'Ani', { visitorId });
    const aniTab2 = await hall.join(s.id, 'Ani', { visitorId });
    await waitFor(() => handle(ani) !== '', 3000, 'handle');
    host.act({ do: 'speaker', handle: handle(ani), on: true });
    await waitFor(() => hub.model.speakers[handle(ani)] === 'Ani', 3000, 'speaker');
    const cici = await hall.join(s.id, 'Cici');
    cici.act({ do: 'raiseHand' });
    await waitFor(() => hub.model.hands.length === 1, 3000, 'hand');

    await ani.room.leave(true);
    await cici.room.leave(true);
    await waitFor(() => hub.model.hands.length === 0, 3000, 'hand released');
    // Ani is still there in her other tab.
    expect(hub.model.speakers[handle(ani)]).toBe('Ani');
    await aniTab2.room.leave(true);
    await waitFor(() => hub.model.speakers[handle(ani)] === undefined, 3000, 'speaker released');
    await host.room.leave(true);
  });
});
