// The `voice` message through the `session` room with a real Janus: who gets a listening ticket and
// who a speak token is decided per attendee by the server (the floor, the speaker list, the role), in
// every shard alike; without JANUS_URL the answer is 'unavailable' and the session runs as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { tempDir, waitFor } from '../testing.ts';
import { startTestHall, type TestAttendee, type TestHall } from '../testingHall.ts';
import { startTestJanus } from './janusTesting.ts';

const janus = await startTestJanus(3);

async function ask(
  a: TestAttendee,
  request: Parameters<TestAttendee['room']['send']>[1],
): Promise<VoiceReply> {
  const before = a.got.voice.length;
  a.room.send('voice', request as never);
  await waitFor(() => a.got.voice.length > before, 5000, 'a voice reply');
  return a.got.voice.at(-1) as VoiceReply;
}

const handle = (a: TestAttendee) => a.got.you.at(-1)?.handle ?? '';

describe('voice without Janus', () => {
  const dir = tempDir();
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall(dir.path);
    await hall.createUser('walikota', 'host', 'setda');
  });
  afterAll(async () => {
    await hall.stop();
    dir.remove();
  });

  it("answers 'unavailable' and the session runs as before", async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    host.act({ do: 'open' });
    await waitFor(() => hall.roomOf(host.room).hub.model.phase === 'live', 3000, 'live');
    expect(await ask(host, { want: 'status' })).toEqual({ kind: 'unavailable' });
    expect(await ask(host, { want: 'speak' })).toEqual({ kind: 'unavailable' });
  });
});

describe.skipIf(!janus)('voice through the session room', () => {
  const dir = tempDir();
  let hall: TestHall;
  beforeAll(async () => {
    if (!janus) return;
    hall = await startTestHall(
      dir.path,
      { shardSize: 1 },
      {
        JANUS_URL: janus.url,
        JANUS_PUBLIC_URL: janus.publicUrl,
        JANUS_ADMIN_KEY: janus.adminKey,
      },
    );
    await hall.createUser('walikota', 'host', 'setda');
    await hall.createUser('moderator', 'moderator');
  });
  afterAll(async () => {
    await hall?.stop();
    await janus?.stop();
    dir.remove();
  });

  it('grants by the stage: listeners in every shard, the host, the floor; refuses the rest', async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    const hub = hall.roomOf(host.room).hub;
    expect(await ask(host, { want: 'speak' })).toEqual({ kind: 'refused', reason: 'not-live' });
    host.act({ do: 'open' });
    await waitFor(() => hub.model.phase === 'live', 3000, 'live');
    expect(await ask(host, { want: 'status' })).toEqual({ kind: 'ready' });

    // Shards of one attendee each: Rina and the moderator sit in other shards than the host.
    const rina = await hall.join(s.id, 'Rina');
    const mod = await hall.join(s.id, 'Moderator', { token: await hall.tokenOf('moderator') });
    expect(new Set([host.room.roomId, rina.room.roomId, mod.room.roomId]).size).toBe(3);
    const heard = [await ask(host, { want: 'listen' }), await ask(rina, { want: 'listen' })];
    expect(heard[0]?.kind).toBe('listen');
    expect(heard[1]).toEqual(heard[0]);

    expect((await ask(host, { want: 'speak' })).kind).toBe('speak');
    expect(await ask(rina, { want: 'speak' })).toEqual({ kind: 'refused', reason: 'not-allowed' });
    expect(await ask(mod, { want: 'speak' })).toEqual({ kind: 'refused', reason: 'not-allowed' });
    expect(await ask(rina, { want: 'mute', handle: handle(host), on: true })).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
    });

    rina.act({ do: 'raiseHand' });
    await waitFor(() => hub.model.hands.length === 1, 3000, 'a raised hand');
    host.act({ do: 'floor', handle: handle(rina) });
    await waitFor(() => hub.model.floor?.handle === handle(rina), 3000, 'the floor');
    expect((await ask(rina, { want: 'speak' })).kind).toBe('speak');
    expect(await ask(mod, { want: 'mute', handle: handle(rina), on: true })).toEqual({
      kind: 'muted',
      handle: handle(rina),
      on: true,
    });
    expect(await ask(rina, { want: 'speak' })).toEqual({ kind: 'refused', reason: 'muted' });

    host.act({ do: 'end' });
    await waitFor(() => hub.model.phase === 'ended', 3000, 'ended');
    expect(await ask(rina, { want: 'listen' })).toEqual({ kind: 'refused', reason: 'not-live' });
  });
});
