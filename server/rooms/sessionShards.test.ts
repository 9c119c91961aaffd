// Several hall shards of one session (2 avatars each here): the host acts once and every shard shows
// the same stage; attendance is counted across shards; a ban reaches every shard; the record is
// written when the session ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { eventually, tempDir, waitFor } from '../testing.ts';
import { startTestHall, type TestAttendee, type TestHall } from '../testingHall.ts';

const dir = tempDir();
let hall: TestHall;
let hostToken: string;

beforeAll(async () => {
  hall = await startTestHall(dir.path, { shardSize: 2 });
  await hall.createUser('walikota', 'host', 'setda');
  await hall.createUser('moderator', 'moderator');
  hostToken = await hall.tokenOf('walikota');
});
afterAll(async () => {
  await hall.stop();
  dir.remove();
});

/** What an attendee's client shows of the stage (its state without avatars). */
function stageSeen(a: TestAttendee): string {
  const { players: _players, ...rest } = a.room.state.toJSON() as Record<string, unknown>;
  return JSON.stringify(rest);
}

async function hallOfFive() {
  const s = await hall.schedule('walikota');
  const host = await hall.join(s.id, 'Pak Wali', { token: hostToken });
  const residents = [];
  for (const name of ['Andi', 'Besse', 'Cici', 'Daeng']) residents.push(await hall.join(s.id, name));
  return { s, host, residents, all: [host, ...residents] };
}

describe('shards of one session', () => {
  it('opens three shards for five attendees and mirrors one host action into all of them', async () => {
    const { s, host, residents, all } = await hallOfFive();
    expect(new Set(all.map((a) => a.room.roomId)).size).toBe(3);
    const store = hall.city.app.store;
    await store.sessions.addDeck(
      s.id,
      'Paparan RKPD',
      [0, 1, 2, 3].map(() => ({ mime: 'image/png' as const, bytes: new Uint8Array([137, 80, 78, 71]) })),
      Date.now(),
    );
    const deckId = (await store.sessions.decks(s.id))[0]?.id ?? '';

    host.act({ do: 'open' });
    // A client's claim of the page count is ignored: it comes from the stored deck.
    host.act({ do: 'screen', screen: { mode: 'slides', deckId, pages: 99 } });
    host.act({ do: 'page', page: 2 });
    host.act({
      do: 'pollOpen',
      question: 'Apakah Anda tahu Makaverse?',
      options: ['Tahu', 'Ingin tahu', 'Belum penting'],
      multi: false,
      reveal: 'live',
    });
    residents[2]?.act({ do: 'ask', text: 'Bagaimana drainase di Tamalate?', anonymous: true });
    await waitFor(() => hall.roomOf(host.room).hub.model.questions.length === 1, 3000, 'question');
    host.act({ do: 'approve', questionId: 1 });
    residents[0]?.act({ do: 'pollVote', pollId: 1, choices: [1] });
    residents[3]?.act({ do: 'upvote', questionId: 1 });

    const done = (a: TestAttendee) =>
      a.room.state.poll.voters === 1 &&
      a.room.state.questions.get('1')?.votes === 1 &&
      a.room.state.screen.page === 2 &&
      a.room.state.attendance === 5;
    await waitFor(() => all.every(done), 5000, 'every shard mirrored');
    const seen = all.map(stageSeen);
    expect(new Set(seen).size).toBe(1);
    const state = host.room.state;
    expect(state.info.phase).toBe('live');
    expect(state.screen.toJSON()).toMatchObject({ mode: 'slides', deckId, page: 2, pages: 4 });
    expect(state.poll.toJSON()).toMatchObject({
      id: 1,
      question: 'Apakah Anda tahu Makaverse?',
      options: ['Tahu', 'Ingin tahu', 'Belum penting'],
      open: true,
      tallies: [0, 1, 0],
      voters: 1,
    });
    expect(state.questions.get('1')?.toJSON()).toMatchObject({ author: 'Warga', votes: 1, answered: false });
    // Every shard's replica is the hub's model.
    const hub = hall.roomOf(host.room).hub;
    for (const a of all) expect(hall.roomOf(a.room).replica.model).toEqual(hub.model);
  });

  it('counts attendance across shards, live and over HTTP', async () => {
    const { s, host, residents, all } = await hallOfFive();
    await waitFor(() => all.every((a) => a.room.state.attendance === 5), 3000, 'five everywhere');
    const summary = async () => (await fetch(`${hall.city.baseUrl}/api/sessions/${s.id}`)).json();
    expect((await summary()).attendance).toBe(5);
    await residents[3]?.room.leave(true);
    await waitFor(() => host.room.state.attendance === 4 && (residents[0]?.room.state.attendance ?? 0) === 4);
    expect(host.room.state.peak).toBe(5);
    expect((await summary()).attendance).toBe(4);
  });

  it('orders raised hands across shards; the floor goes to every shard', async () => {
    const { host, residents, all } = await hallOfFive();
    host.act({ do: 'open' });
    const hub = hall.roomOf(host.room).hub;
    await waitFor(() => hub.model.phase === 'live');
    const [a, b, c] = residents as [TestAttendee, TestAttendee, TestAttendee];
    for (const r of [c, a, b]) {
      const before = hub.model.hands.length;
      r.act({ do: 'raiseHand', text: `Saya ${r.got.you.at(-1)?.handle}` });
      await waitFor(() => hub.model.hands.length === before + 1, 3000, 'hand up');
    }
    const handle = (r: TestAttendee) => r.got.you.at(-1)?.handle;
    await waitFor(() => host.got.staff.at(-1)?.hands.length === 3, 3000, 'staff queue');
    expect(host.got.staff.at(-1)?.hands.map((h) => h.handle)).toEqual([handle(c), handle(a), handle(b)]);
    expect(a.got.you.at(-1)?.hand).toBe(2);
    a.act({ do: 'lowerHand' });
    await waitFor(() => host.got.staff.at(-1)?.hands.length === 2);
    host.act({ do: 'floor', handle: handle(c) ?? '' });
    await waitFor(() => all.every((x) => x.room.state.floor.handle === handle(c)), 3000, 'floor everywhere');
    expect(host.got.staff.at(-1)?.hands.map((h) => h.handle)).toEqual([handle(b)]);
    expect(all.every((x) => x.room.state.hands === 1)).toBe(true);
    expect(c.got.you.at(-1)).toMatchObject({ floor: true, hand: null });
    expect(b.got.you.at(-1)?.hand).toBe(1);
  });

  it('kicks a banned attendee from their shard and refuses them until the ban ends', async () => {
    const { s, host, residents } = await hallOfFive();
    const mod = await hall.join(s.id, 'Moderator', { token: await hall.tokenOf('moderator') });
    host.act({ do: 'open' });
    const hub = hall.roomOf(host.room).hub;
    await waitFor(() => hub.model.phase === 'live');
    const target = residents[2] as TestAttendee;
    mod.act({ do: 'ban', handle: target.got.you.at(-1)?.handle ?? '', minutes: 10, reason: 'menghina' });
    await waitFor(() => target.leftWith !== undefined, 3000, 'kicked');
    expect(target.leftWith).toBe(CLOSE_CODES.banned);
    const gone = target.room.sessionId;
    await waitFor(
      () => residents.every((r) => r === target || !r.room.state.players.has(gone)),
      3000,
      'gone',
    );
    expect(hall.roomOf(host.room).hub.count()).toBe(5);
    await expect(hall.join(s.id, 'Cici', { visitorId: target.visitorId })).rejects.toMatchObject({
      code: 403,
      message: 'banned',
    });
    const audit = (await hall.audit()).find((e) => e.action === 'session.ban' && e.target === s.id);
    expect(audit).toMatchObject({ actor: 'staff:moderator', detail: { reason: 'menghina' } });
    hall.clock.offsetMs = 11 * 60_000;
    try {
      const back = await hall.join(s.id, 'Cici', { visitorId: target.visitorId });
      expect(back.got.you.at(-1)?.handle).toBe(target.got.you.at(-1)?.handle);
    } finally {
      hall.clock.offsetMs = 0;
    }
  });

  it('writes the record with its content when the host ends the session', async () => {
    const { s, host, residents, all } = await hallOfFive();
    const [a, b, c] = residents as [TestAttendee, TestAttendee, TestAttendee];
    const hub = hall.roomOf(host.room).hub;
    const until = (check: () => boolean) => waitFor(check, 3000, 'stage');
    host.act({ do: 'open' });
    await until(() => hub.model.phase === 'live');
    a.room.send('chat', { text: 'Selamat pagi Pak Wali' });
    await until(() => all.every((x) => x.got.chat.length === 1));
    a.act({ do: 'ask', text: 'Kapan pasar Terong direnovasi?', anonymous: false });
    await until(() => hub.model.questions.length === 1);
    host.act({ do: 'approve', questionId: 1 });
    b.act({ do: 'upvote', questionId: 1 });
    c.act({ do: 'upvote', questionId: 1 });
    host.act({ do: 'answered', questionId: 1 });
    host.act({
      do: 'pollOpen',
      question: 'Setuju?',
      options: ['Ya', 'Tidak'],
      multi: false,
      reveal: 'close',
    });
    await until(() => hub.model.polls.length === 1);
    a.act({ do: 'pollVote', pollId: 1, choices: [0] });
    b.act({ do: 'pollVote', pollId: 1, choices: [0] });
    c.act({ do: 'pollVote', pollId: 1, choices: [1] });
    b.act({ do: 'raiseHand' });
    await until(
      () => hub.model.hands.length === 1 && Object.keys(hub.model.polls[0]?.ballots ?? {}).length === 3,
    );
    // While open, a 'close'-reveal poll shows no tallies to residents; staff see them.
    expect(a.room.state.poll.tallies.length).toBe(0);
    await until(() => host.got.staff.at(-1)?.polls[0]?.tallies.join() === '2,1');
    host.act({ do: 'mute', handle: c.got.you.at(-1)?.handle ?? '', on: true, reason: 'spam' });
    host.act({ do: 'end' });
    await until(() => all.every((x) => x.room.state.info.phase === 'ended'));
    const record = await eventually(() => hall.city.app.store.sessions.record(s.id), 3000, 'record');
    expect(record.session).toMatchObject({ id: s.id, title: s.title, agenda: ['Pembukaan', 'Tanya jawab'] });
    expect(record.attendance).toMatchObject({ peak: 5, unique: 5 });
    expect(record.attendance.samples.length).toBeGreaterThanOrEqual(2);
    expect(record.questions).toEqual([
      expect.objectContaining({
        text: 'Kapan pasar Terong direnovasi?',
        author: 'Andi',
        votes: 2,
        answered: true,
      }),
    ]);
    expect(record.polls[0]).toMatchObject({ question: 'Setuju?', tallies: [2, 1], voters: 3 });
    expect(record.hands.map((h) => h.what)).toEqual(['raise']);
    expect(record.moderation.map((m) => m.action)).toContain('mute');
    expect(record.chat.map((l) => l.text)).toEqual(['Selamat pagi Pak Wali']);
    expect(record.openedAt).not.toBeNull();
    expect(record.endedAt).not.toBeNull();
    expect(await hall.city.app.store.sessions.get(s.id)).toMatchObject({ phase: 'ended' });
    // The minutes over HTTP, for the host.
    const url = `${hall.city.baseUrl}/api/sessions/${s.id}/record`;
    const auth = { headers: { Authorization: `Bearer ${hostToken}` } };
    const json = await fetch(`${url}?format=json`, auth);
    expect(json.status).toBe(200);
    expect((await json.json()).polls[0].tallies).toEqual([2, 1]);
    const md = await fetch(`${url}?format=md`, auth);
    expect(md.headers.get('content-type')).toMatch(/markdown/);
    expect(await md.text()).toContain('Kapan pasar Terong direnovasi?');
    expect((await fetch(`${url}?format=json`)).status).toBe(401);
    // An ended session takes no new attendees.
    await expect(hall.join(s.id, 'Telat')).rejects.toMatchObject({ code: 409, message: 'ended' });
  });
});
