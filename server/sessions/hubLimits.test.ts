// What a guest can make a session hub write, against a real server and store: refused privileged
// actions are audited per actor per minute (not a row per message), hand toggles and renames are
// bounded per attendee, a hub restarted from a snapshot holds the same model as a full replay, and a
// forwarded request is decided once even when its hub was restarted in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAND_LIMIT } from '../../shared/protocol.ts';
import { replay } from '../../shared/session/reduce.ts';
import { actorOf } from '../rooms/sessionVisitor.ts';
import { sleep, tempDir, waitFor } from '../testing.ts';
import { startTestHall, type TestAttendee, type TestHall } from '../testingHall.ts';
import { RENAME_EVERY_MS } from './attendees.ts';
import type { Actor } from './hub.ts';
import { restore } from './snapshots.ts';

const dir = tempDir();
let hall: TestHall;
const SNAPSHOT_EVERY = 10;

beforeAll(async () => {
  hall = await startTestHall(dir.path, { snapshotEvery: SNAPSHOT_EVERY });
  await hall.createUser('walikota', 'host', 'setda');
});
afterAll(async () => {
  await hall.stop();
  dir.remove();
});

const hubOf = (a: TestAttendee) => hall.roomOf(a.room).hub;
function actor(a: TestAttendee): Actor {
  const v = hall.roomOf(a.room).visitors.get(a.room.sessionId);
  if (!v) throw new Error('no visitor');
  return actorOf(v);
}
const refusedRows = async (sessionId: string) =>
  (await hall.audit()).filter((e) => e.action === 'session.refused' && e.target === sessionId);

describe('bounded writes of a session hub', () => {
  it('audits 1,000 refused acts of a guest in a bounded number of rows, with their count', async () => {
    const s = await hall.schedule('walikota');
    const guest = await hall.join(s.id, 'Penyusup');
    const hub = hubOf(guest);
    for (let i = 0; i < 1000; i++) {
      const r = await hub.dispatch(actor(guest), { do: 'end' });
      expect(r).toEqual({ ok: false, code: 'not-allowed' });
    }
    const now = await refusedRows(s.id);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ detail: { do: 'end', role: 'resident' } });
    // The next minute: the repeats of the last one are written as one row with their count.
    hall.clock.offsetMs += 61_000;
    await hub.dispatch(actor(guest), { do: 'open' });
    const later = await refusedRows(s.id);
    expect(later.length).toBeLessThanOrEqual(3);
    expect(later.find((e) => e.detail?.repeated === true)).toMatchObject({
      actor: `guest:Penyusup#${guest.got.you.at(-1)?.handle}`,
      detail: { count: 999, actions: { end: 999 } },
    });
    expect(hub.model.phase).toBe('scheduled');
  });

  it('stops a flood of refused acts at the room before the hub (notices, no rows)', async () => {
    const s = await hall.schedule('walikota');
    const guest = await hall.join(s.id, 'Penyusup Dua');
    for (let i = 0; i < 50; i++) guest.act({ do: 'end' });
    await waitFor(() => guest.got.notice.length === 50, 3000, '50 notices');
    expect(new Set(guest.got.notice.map((n) => n.code))).toEqual(new Set(['not-allowed']));
    expect(guest.leftWith).toBeUndefined();
    expect(await refusedRows(s.id)).toHaveLength(1);
  });

  it('bounds the events of hand toggles per attendee, across a rejoin and a restarted hub', async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    await hubOf(host).dispatch(actor(host), { do: 'open' });
    await host.room.leave(true);
    const guest = await hall.join(s.id, 'Tangan Cepat');
    const hub = hubOf(guest);
    const before = hub.model.seq;
    const codes: string[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await hub.dispatch(actor(guest), { do: i % 2 === 0 ? 'raiseHand' : 'lowerHand' });
      if (!r.ok) codes.push(r.code);
    }
    const added = (await hall.city.app.store.sessions.events(s.id, before)).length;
    expect(added).toBeLessThanOrEqual(HAND_LIMIT.capacity + 1);
    expect(codes).toContain('hand-rate');
    expect(codes).toHaveLength(100 - added);
    // The last attendee leaves (the hub goes), rejoins (a new hub from the store): still limited.
    await guest.room.leave(true);
    await waitFor(() => hall.city.app.sessions.attendance(s.id) === 0, 3000, 'the hub gone');
    const again = await hall.join(s.id, 'Tangan Cepat', { visitorId: guest.visitorId });
    expect(hubOf(again)).not.toBe(hub);
    const up = hubOf(again).model.hands.some((h) => h.handle === actor(again).ref.handle);
    const r = await hubOf(again).dispatch(actor(again), { do: up ? 'lowerHand' : 'raiseHand' });
    expect(r).toEqual({ ok: false, code: 'hand-rate' });
  });

  it('answers a forwarded request the store already holds with its event, across a restarted hub', async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    await hubOf(host).dispatch(actor(host), { do: 'open' });
    const guest = await hall.join(s.id, 'Penanya');
    const ask = { do: 'ask', text: 'Kapan jalan diperbaiki?', anonymous: false } as const;
    const first = await hubOf(guest).dispatch(actor(guest), ask, 'rid-ask-1');
    expect(first.ok).toBe(true);
    // The same request again (a retry) is answered with the stored event, decided once.
    expect(await hubOf(guest).dispatch(actor(guest), ask, 'rid-ask-1')).toEqual(first);
    // Its owner stored it and died before answering: the next hub, from the store, gets the retry.
    await host.room.leave(true);
    await guest.room.leave(true);
    await waitFor(() => hall.city.app.sessions.attendance(s.id) === 0, 3000, 'the hub gone');
    const again = await hall.join(s.id, 'Penanya', { visitorId: guest.visitorId });
    const seq = hubOf(again).model.seq;
    expect(await hubOf(again).dispatch(actor(again), ask, 'rid-ask-1')).toEqual(first);
    expect(hubOf(again).model.seq).toBe(seq);
    expect(hubOf(again).model.questions.filter((q) => q.text === ask.text)).toHaveLength(1);
  });

  it('answers hand toggles beyond the limit at the room with hand-rate, writing nothing', async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    await hubOf(host).dispatch(actor(host), { do: 'open' });
    const guest = await hall.join(s.id, 'Tangan Ramai');
    const seq = hubOf(guest).model.seq;
    for (let i = 0; i < 40; i++) guest.act({ do: i % 2 === 0 ? 'raiseHand' : 'lowerHand' });
    await waitFor(() => guest.got.notice.length >= 40 - HAND_LIMIT.capacity, 3000, 'notices');
    expect(guest.got.notice.every((n) => n.code === 'hand-rate')).toBe(true);
    await waitFor(() => hubOf(guest).model.seq >= seq + HAND_LIMIT.capacity, 3000, 'accepted toggles');
    await sleep(100);
    const events = await hall.city.app.store.sessions.events(s.id, seq);
    expect(events).toHaveLength(HAND_LIMIT.capacity);
  });

  it('writes a join event the first time, and a rename at most once a minute', async () => {
    const s = await hall.schedule('walikota');
    const first = await hall.join(s.id, 'Nama Satu');
    const joins = async () =>
      (await hall.city.app.store.sessions.events(s.id)).filter((e) => e.act.do === 'join').length;
    expect(await joins()).toBe(1);
    for (const name of ['Nama Dua', 'Nama Tiga', 'Nama Empat']) {
      await first.room.leave(true);
      const again = await hall.join(s.id, name, { visitorId: first.visitorId });
      Object.assign(first, again);
    }
    expect(await joins()).toBe(2);
    expect(hubOf(first).model.attendees[`guest:${first.visitorId}`]?.name).toBe('Nama Dua');
    expect(first.room.state.players.get(first.room.sessionId)?.name).toBe('Nama Dua');
    hall.clock.offsetMs += RENAME_EVERY_MS + 1000;
    await first.room.leave(true);
    await hall.join(s.id, 'Nama Lima', { visitorId: first.visitorId });
    expect(await joins()).toBe(3);
  });

  it('restores from the newest snapshot plus the tail to the model of a full replay, also after pruning', async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    const hub = hubOf(host);
    await hub.dispatch(actor(host), { do: 'open' });
    for (let i = 0; i < 6; i++) {
      const g = await hall.join(s.id, `Warga ${i}`);
      await hub.dispatch(actor(g), { do: 'ask', text: `Pertanyaan ${i}`, anonymous: i % 2 === 0 });
      await hub.dispatch(actor(g), { do: 'raiseHand', text: 'Saya mau bicara' });
    }
    await hub.dispatch(actor(host), { do: 'chatOff', on: true });
    const store = hall.city.app.store.sessions;
    const all = await store.events(s.id);
    expect(all.length).toBeGreaterThan(2 * SNAPSHOT_EVERY);
    const snap = await store.snapshot(s.id);
    expect(snap?.model.seq).toBeGreaterThanOrEqual(2 * SNAPSHOT_EVERY);
    expect(snap?.model.seq).toBeLessThan(all.length + 1);
    const full = replay(all);
    const restored = await restore(store, (await store.get(s.id)) ?? s);
    expect(restored.model).toEqual(full);
    expect(restored.model).toEqual(hub.model);
    expect(restored.openedAt).toBe(all.find((e) => e.act.do === 'open')?.at);

    // Retention deletes the covered events (never the snapshot's own); the model stays, seq goes on.
    await store.pruneEvents(Date.now() + 86_400_000);
    const kept = await store.events(s.id);
    expect(kept[0]?.seq).toBe(snap?.model.seq);
    expect(kept.at(-1)?.seq).toBe(all.length);
    expect((await restore(store, s)).model).toEqual(full);
    const next = await hub.dispatch(actor(host), { do: 'chatOff', on: false });
    expect(next.ok && next.event.seq).toBe(all.length + 1);
  });
});
