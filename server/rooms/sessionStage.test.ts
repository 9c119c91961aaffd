// Audience participation through real clients: one upvote per person (also across a reconnect and a
// rejoin), exact poll tallies under concurrent votes, the session chat and its rules, reactions,
// moving in the hall, hostile messages, and a poll timer that survives a restart of the hub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_LIMIT } from '../../shared/protocol.ts';
import { HALL } from '../../shared/session/hallPlan.ts';
import { sendRaw, tempDir, waitFor } from '../testing.ts';
import {
  type SessionClientRoom,
  startTestHall,
  type TestAttendee,
  type TestHall,
  watchSession,
} from '../testingHall.ts';

const dir = tempDir();
let hall: TestHall;
let hostToken: string;
const SHARD = 20;

beforeAll(async () => {
  hall = await startTestHall(dir.path, { shardSize: SHARD });
  await hall.createUser('walikota', 'host', 'setda');
  hostToken = await hall.tokenOf('walikota');
});
afterAll(async () => {
  await hall.stop();
  dir.remove();
});

async function liveSession() {
  const s = await hall.schedule('walikota');
  const host = await hall.join(s.id, 'Pak Wali', { token: hostToken });
  const hub = hall.roomOf(host.room).hub;
  host.act({ do: 'open' });
  await waitFor(() => hub.model.phase === 'live', 3000, 'live');
  return { s, host, hub };
}

const handle = (a: TestAttendee) => a.got.you.at(-1)?.handle ?? '';
const lastNotice = (a: TestAttendee) => a.got.notice.at(-1)?.code;

describe('questions and answers', () => {
  it('counts one upvote per person, also after a reconnect and a rejoin', async () => {
    const { s, host, hub } = await liveSession();
    const asker = await hall.join(s.id, 'Andi');
    const voter = await hall.join(s.id, 'Besse');
    asker.act({ do: 'ask', text: 'Kapan  jalan\u202e  diperbaiki?', anonymous: false });
    await waitFor(() => hub.model.questions.length === 1);
    // Pending questions are not public, and cannot be upvoted yet.
    expect(voter.room.state.questions.size).toBe(0);
    await waitFor(() => asker.got.you.at(-1)?.asked.length === 1, 3000, 'own question');
    expect(asker.got.you.at(-1)?.asked).toEqual([
      { id: 1, text: 'Kapan jalan diperbaiki?', status: 'pending', answered: false },
    ]);
    voter.act({ do: 'upvote', questionId: 1 });
    await waitFor(() => lastNotice(voter) === 'not-found');
    host.act({ do: 'approve', questionId: 1 });
    await waitFor(() => voter.room.state.questions.get('1') !== undefined);

    voter.act({ do: 'upvote', questionId: 1 });
    voter.act({ do: 'upvote', questionId: 1 });
    await waitFor(() => lastNotice(voter) === 'already-voted');
    await waitFor(() => voter.room.state.questions.get('1')?.votes === 1, 3000, 'one vote shown');
    expect(hub.model.questions[0]?.voters).toHaveLength(1);
    expect(voter.got.you.at(-1)?.upvoted).toEqual([1]);

    // A dropped connection comes back as the same attendee.
    const { reconnectionToken } = voter.room;
    voter.room.reconnection.enabled = false;
    voter.room.connection.close();
    await waitFor(() => hall.roomOf(host.room).state.players.get(voter.room.sessionId)?.connected === false);
    const back = watchSession(
      (await hall.city.colyseus.sdk.reconnect(reconnectionToken)) as SessionClientRoom,
      voter.visitorId,
    );
    expect(back.room.sessionId).toBe(voter.room.sessionId);
    back.act({ do: 'upvote', questionId: 1 });
    await waitFor(() => lastNotice(back) === 'already-voted', 3000, 'refused after reconnect');
    // The same browser joining again (even in another shard) is the same attendee.
    await back.room.leave(true);
    const rejoined = await hall.join(s.id, 'Besse', { visitorId: voter.visitorId });
    expect(handle(rejoined)).toBe(handle(voter));
    expect(rejoined.got.you.at(-1)?.upvoted).toEqual([1]);
    rejoined.act({ do: 'upvote', questionId: 1 });
    await waitFor(() => lastNotice(rejoined) === 'already-voted');
    expect(hub.model.questions[0]?.voters).toHaveLength(1);
    expect(rejoined.room.state.questions.get('1')?.votes).toBe(1);
  });

  it('limits how fast one attendee asks', async () => {
    const { s, hub } = await liveSession();
    const a = await hall.join(s.id, 'Cici');
    for (let i = 0; i < 4; i++) a.act({ do: 'ask', text: `Pertanyaan ${i}`, anonymous: true });
    await waitFor(() => lastNotice(a) === 'ask-rate');
    await waitFor(() => hub.model.questions.length === 2);
    expect(a.got.notice.filter((n) => n.code === 'ask-rate')).toHaveLength(2);
  });
});

describe('polls', () => {
  it('tallies exactly under 50 concurrent voters across shards', async () => {
    const { s, host, hub } = await liveSession();
    const voters = await Promise.all(Array.from({ length: 50 }, (_, i) => hall.join(s.id, `Warga ${i}`)));
    expect(new Set(voters.map((v) => v.room.roomId)).size).toBeGreaterThanOrEqual(3);
    host.act({
      do: 'pollOpen',
      question: 'Apakah Anda tahu Makaverse?',
      options: ['Tahu', 'Ingin tahu', 'Belum penting'],
      multi: false,
      reveal: 'live',
    });
    await waitFor(() => voters.every((v) => v.room.state.poll.open), 3000, 'poll everywhere');
    // Everyone at once, each twice (the second ballot is refused).
    voters.forEach((v, i) => {
      v.act({ do: 'pollVote', pollId: 1, choices: [i % 3] });
      v.act({ do: 'pollVote', pollId: 1, choices: [(i + 1) % 3] });
    });
    const expected = [17, 17, 16];
    await waitFor(
      () => voters.every((v) => v.room.state.poll.voters === 50 && lastNotice(v) === 'already-voted'),
      8000,
      'all ballots',
    );
    for (const v of voters) expect([...v.room.state.poll.tallies]).toEqual(expected);
    expect(Object.keys(hub.model.polls[0]?.ballots ?? {})).toHaveLength(50);
    host.act({ do: 'pollClose', pollId: 1 });
    await waitFor(() => voters.every((v) => !v.room.state.poll.open));
    voters[0]?.act({ do: 'pollVote', pollId: 1, choices: [0] });
    await waitFor(() => lastNotice(voters[0] as TestAttendee) === 'poll-closed');
    await Promise.all(voters.map((v) => v.room.leave(true)));
  });

  it('closes a timed poll when its time is up, also after the hub was restarted', async () => {
    const { s, host, hub } = await liveSession();
    host.act({
      do: 'pollOpen',
      question: 'Lanjut?',
      options: ['Ya', 'Tidak'],
      multi: false,
      reveal: 'close',
      durationS: 10,
    });
    await waitFor(() => hub.model.polls.length === 1);
    // Everyone leaves: the hub goes; 9.8 s later a new attendee brings it back from the store.
    await host.room.leave(true);
    await waitFor(
      () => hall.city.app.sessions.attendance(s.id) === 0 && !hall.city.app.sessions.owned().includes(s.id),
      3000,
      'hub gone',
    );
    hall.clock.offsetMs = 9_800;
    try {
      const a = await hall.join(s.id, 'Daeng');
      expect(a.room.state.poll.open).toBe(true);
      await waitFor(() => !a.room.state.poll.open, 3000, 'timer ran out');
      expect([...a.room.state.poll.tallies]).toEqual([0, 0]);
      const events = await hall.city.app.store.sessions.events(s.id);
      expect(events.at(-1)?.act).toEqual({ do: 'pollTimeout', pollId: 1 });
    } finally {
      hall.clock.offsetMs = 0;
    }
  });
});

describe('session chat', () => {
  it('reaches every shard, follows the rules, and deleted lines disappear', async () => {
    const { s, host } = await liveSession();
    const others = [];
    for (let i = 0; i < SHARD + 1; i++) others.push(await hall.join(s.id, `Warga ${i}`));
    const far = others.at(-1) as TestAttendee;
    const near = others[0] as TestAttendee;
    expect(far.room.roomId).not.toBe(host.room.roomId);

    near.room.send('chat', { text: 'Halo dari\n\nbaris depan' });
    await waitFor(() => far.got.chat.length === 1 && host.got.chat.length === 1, 3000, 'chat everywhere');
    const line = far.got.chat[0];
    expect(line).toMatchObject({
      channel: 'session',
      name: 'Warga 0',
      text: 'Halo dari baris depan',
      from: handle(near),
    });

    host.act({ do: 'slowMode', seconds: 30 });
    await waitFor(() => near.room.state.chat.slowS === 30);
    near.room.send('chat', { text: 'Lagi' });
    await waitFor(() => lastNotice(near) === 'chat-slow');
    host.room.send('chat', { text: 'Host tidak kena slow mode' });
    host.room.send('chat', { text: 'Sekali lagi' });
    await waitFor(() => far.got.chat.length === 3);

    host.act({ do: 'chatOff', on: true });
    await waitFor(() => far.room.state.chat.off);
    far.room.send('chat', { text: 'Boleh?' });
    await waitFor(() => lastNotice(far) === 'chat-off');
    host.act({ do: 'chatOff', on: false });
    host.act({ do: 'slowMode', seconds: 0 });
    host.act({ do: 'mute', handle: handle(far), on: true, reason: 'spam' });
    await waitFor(() => far.got.you.at(-1)?.muted === true);
    far.room.send('chat', { text: 'Masih bisa?' });
    await waitFor(() => lastNotice(far) === 'chat-muted');

    host.act({ do: 'deleteMessage', messageId: line?.id ?? 0, reason: 'salah kanal' });
    await waitFor(() => far.got.chatDeleted.length === 1 && near.got.chatDeleted.length === 1);
    expect(far.got.chatDeleted[0]).toEqual({ id: line?.id });
    const late = await hall.join(s.id, 'Terlambat');
    expect(late.got.chatHistory[0]?.map((l) => l.text)).toEqual(['Host tidak kena slow mode', 'Sekali lagi']);
    expect(host.got.chat.every((l) => l.channel === 'session')).toBe(true);
    await Promise.all(others.map((o) => o.room.leave(true)));
  });

  it('rate-limits chat and reactions per attendee and fans reactions out', async () => {
    const { s, host } = await liveSession();
    const a = await hall.join(s.id, 'Andi');
    for (let i = 0; i < CHAT_LIMIT.capacity + 1; i++) a.room.send('chat', { text: `baris ${i}` });
    await waitFor(() => lastNotice(a) === 'chat-rate');
    for (let i = 0; i < 7; i++) a.room.send('react', { kind: 'applause' });
    await waitFor(() => lastNotice(a) === 'react-rate');
    await waitFor(() => host.got.reaction.length === 5);
    expect(host.got.reaction[0]).toEqual({ kind: 'applause', handle: handle(a) });
  });
});

describe('the hall floor', () => {
  it('keeps residents off the stage until they are invited as speakers', async () => {
    const { s, host } = await liveSession();
    const a = await hall.join(s.id, 'Andi');
    const server = () => hall.roomOf(a.room).visitors.get(a.room.sessionId);
    const seat = { x: server()?.x ?? 0, z: server()?.z ?? 0 };
    expect(seat.z).toBeGreaterThan(HALL.stage.maxZ);
    // Walk to the stage edge, then try to step up.
    a.room.send('move', { x: seat.x, z: seat.z - 2, heading: 0, anim: 'walk' });
    await waitFor(() => server()?.z === seat.z - 2);
    const start = hall.roomOf(a.room).stats.corrected;
    a.room.send('move', { x: 2, z: -8.7, heading: 0, anim: 'walk' });
    await waitFor(() => hall.roomOf(a.room).stats.corrected > start, 3000, 'corrected');
    host.act({ do: 'speaker', handle: handle(a), on: true });
    await waitFor(() => a.got.correction.length > 1, 3000, 'moved on stage');
    expect(a.got.correction.at(-1)).toEqual(HALL.speakerSpots[0]);
    await waitFor(() => a.room.state.speakers.get(handle(a)) === 'Andi', 3000, 'speaker in state');
    a.room.send('move', { x: -4, z: -11.5, heading: 0, anim: 'walk' });
    await waitFor(() => server()?.z === -11.5, 3000, 'walks on stage');
    host.act({ do: 'speaker', handle: handle(a), on: false });
    await waitFor(() => (server()?.z ?? -99) > HALL.stage.maxZ, 3000, 'back to a seat');
  });

  it('drops hostile messages without changing anything', async () => {
    const { s, hub } = await liveSession();
    const a = await hall.join(s.id, 'Nakal');
    const seq = hub.model.seq;
    const room = hall.roomOf(a.room);
    const dropped = room.stats.dropped;
    sendRaw(a.room, 'act', { do: 'open', extra: 1 });
    sendRaw(a.room, 'act', { do: 'ban', handle: '../../etc', minutes: 5 });
    sendRaw(a.room, 'act', { do: 'pollVote', pollId: 1, choices: [1e9] });
    sendRaw(a.room, 'act', 'open');
    sendRaw(a.room, 'chat', { text: 'x'.repeat(600) });
    sendRaw(a.room, 'react', { kind: 'bomb' });
    sendRaw(a.room, 'nope', {});
    await waitFor(() => room.stats.dropped === dropped + 7, 3000, 'dropped');
    expect(hub.model.seq).toBe(seq);
    a.act({ do: 'open' });
    await waitFor(() => lastNotice(a) === 'not-allowed');
    expect(hub.model.seq).toBe(seq);
  });
});
