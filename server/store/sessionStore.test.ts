// The session store on SQLite and, when reachable (always in CI), PostgreSQL: sessions, event logs
// (seq order and uniqueness), per-session chat, slide decks with their bytes, stored records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import type { ActorRef } from '../../shared/session/model.ts';
import type { SessionRecord } from '../../shared/session/record.ts';
import { NewSession } from '../../shared/session/schedule.ts';
import { testDatabases } from '../db/testDatabases.ts';
import { openStore, type Store } from './store.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const T0 = Date.UTC(2026, 10, 1, 1, 0, 0);
const HOUR = 3_600_000;
const by = { id: 7, username: 'hana' };
const host: ActorRef = { key: 'user:7', handle: 'h1', name: 'Hana', role: 'host' };

const draft = (title: string, startsAt: number, extra: Record<string, unknown> = {}) =>
  NewSession.parse({ title, organiser: 'setda', startsAt, endsAt: startsAt + HOUR, ...extra });

const record = (title: string): SessionRecord => ({
  session: {
    id: 'x',
    title,
    organiser: 'setda',
    organiserName: 'Sekretariat Daerah',
    description: '',
    startsAt: T0,
    endsAt: T0 + HOUR,
    agenda: [],
  },
  openedAt: T0,
  endedAt: T0 + HOUR,
  generatedAt: T0 + HOUR,
  attendance: { peak: 3, unique: 4, samples: [[T0, 3]] },
  questions: [],
  polls: [],
  hands: [],
  moderation: [],
  chat: [],
  deletedMessages: 0,
});

describe.each(databases)('session store on $name', ({ options }) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(options);
    await store.organisations.sync(REGISTRY, T0);
  });
  afterAll(() => store.close());

  it('creates sessions with fresh ids and reads them back', async () => {
    const a = await store.sessions.create(draft('Rakorsus Wali Kota', T0, { agenda: ['Pembukaan'] }), by, T0);
    const b = await store.sessions.create(
      draft('Musrenbang Tallo', T0, { visibility: 'invite', inviteCode: 'tallo-2026' }),
      by,
      T0,
    );
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(b.id).not.toBe(a.id);
    expect(a).toEqual({
      id: a.id,
      title: 'Rakorsus Wali Kota',
      organiser: 'setda',
      description: '',
      startsAt: T0,
      endsAt: T0 + HOUR,
      agenda: ['Pembukaan'],
      visibility: 'public',
      inviteCode: null,
      phase: 'scheduled',
      createdById: 7,
      createdBy: 'hana',
      createdAt: T0,
    });
    expect(await store.sessions.get(a.id)).toEqual(a);
    expect(await store.sessions.get(b.id)).toMatchObject({ visibility: 'invite', inviteCode: 'tallo-2026' });
    expect(await store.sessions.get('nope')).toBeUndefined();
    await store.sessions.setPhase(a.id, 'live');
    expect((await store.sessions.get(a.id))?.phase).toBe('live');
  });

  it('lists by start time, since a time, and by state', async () => {
    const base = T0 + 100 * HOUR;
    const early = await store.sessions.create(draft('Sesi pagi', base), by, T0);
    const late = await store.sessions.create(draft('Sesi sore', base + 5 * HOUR), by, T0);
    const over = await store.sessions.create(draft('Sesi lalu', base - 50 * HOUR), by, T0);
    const ended = await store.sessions.create(draft('Sesi selesai dini', base + 2 * HOUR), by, T0);
    await store.sessions.setPhase(ended.id, 'ended');
    const live = await store.sessions.create(draft('Sesi molor', base - 40 * HOUR), by, T0);
    await store.sessions.setPhase(live.id, 'live');
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

    expect(ids(await store.sessions.list({ sinceMs: base, limit: 10 }))).toEqual([
      early.id,
      ended.id,
      late.id,
    ]);
    expect(ids(await store.sessions.list({ sinceMs: base, limit: 1 }))).toEqual([early.id]);
    const nowMs = base - HOUR;
    const upcoming = await store.sessions.list({ limit: 10, when: { kind: 'upcoming', nowMs } });
    expect(ids(upcoming)).toEqual([early.id, late.id]);
    const live2 = await store.sessions.list({ limit: 10, when: { kind: 'live', nowMs } });
    expect(ids(live2)).toContain(live.id);
    expect(live2.every((s) => s.phase === 'live')).toBe(true);
    const past = ids(await store.sessions.list({ limit: 100, when: { kind: 'past', nowMs } }));
    expect(past.slice(0, 2)).toEqual([ended.id, over.id]);
    expect(past).not.toContain(live.id);
  });

  it('appends events with seq 1, 2, … per session and reads them after a seq', async () => {
    const s1 = await store.sessions.create(draft('Sesi acara', T0), by, T0);
    const s2 = await store.sessions.create(draft('Sesi lain', T0), by, T0);
    const e1 = await store.sessions.appendEvent(s1.id, { at: T0, by: host, act: { do: 'open' } });
    const e2 = await store.sessions.appendEvent(s1.id, {
      at: T0 + 1,
      by: null,
      act: { do: 'attendance', count: 12 },
    });
    const other = await store.sessions.appendEvent(s2.id, { at: T0 + 2, by: host, act: { do: 'open' } });
    const e3 = await store.sessions.appendEvent(s1.id, {
      at: T0 + 3,
      by: host,
      act: { do: 'page', page: 2 },
    });
    expect([e1.seq, e2.seq, e3.seq, other.seq]).toEqual([1, 2, 3, 1]);
    expect(await store.sessions.events(s1.id)).toEqual([e1, e2, e3]);
    expect(e2).toEqual({ seq: 2, at: T0 + 1, by: null, act: { do: 'attendance', count: 12 } });
    expect(await store.sessions.events(s1.id, 1)).toEqual([e2, e3]);
    expect(await store.sessions.events(s1.id, 3)).toEqual([]);
    expect(await store.sessions.events(s2.id)).toEqual([other]);
    await expect(
      store.sessions.appendEvent('no-such-id', { at: T0, by: null, act: { do: 'open' } }),
    ).rejects.toThrow();
  });

  it('never stores two events with the same seq, even when callers race', async () => {
    const s = await store.sessions.create(draft('Sesi balapan', T0), by, T0);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        store.sessions.appendEvent(s.id, { at: T0 + i, by: null, act: { do: 'attendance', count: i } }),
      ),
    );
    const accepted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.seq] : []));
    expect(accepted.length).toBeGreaterThan(0);
    const stored = (await store.sessions.events(s.id)).map((e) => e.seq);
    expect(stored).toEqual([...stored].sort((a, b) => a - b));
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.sort((a, b) => a - b)).toEqual(accepted.sort((a, b) => a - b));
  });

  it('keeps a forwarded request id with its event: found again, never stored twice', async () => {
    const s = await store.sessions.create(draft('Sesi pindah', T0), by, T0);
    const e = await store.sessions.appendEvent(s.id, { at: T0, by: host, act: { do: 'open' } }, 'req-1');
    expect(await store.sessions.eventByRequest(s.id, 'req-1')).toEqual(e);
    expect(await store.sessions.eventByRequest(s.id, 'req-2')).toBeUndefined();
    await expect(
      store.sessions.appendEvent(s.id, { at: T0, by: host, act: { do: 'page', page: 2 } }, 'req-1'),
    ).rejects.toThrow();
    expect(await store.sessions.events(s.id)).toEqual([e]);
    // Events made without a request id (system events, local actions) do not collide.
    await store.sessions.appendEvent(s.id, { at: T0 + 1, by: null, act: { do: 'attendance', count: 1 } });
    await store.sessions.appendEvent(s.id, { at: T0 + 2, by: null, act: { do: 'attendance', count: 2 } });
    expect((await store.sessions.events(s.id)).map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('keeps each session its own chat, apart from the plaza', async () => {
    const s1 = await store.sessions.create(draft('Sesi obrolan', T0), by, T0);
    const s2 = await store.sessions.create(draft('Sesi obrolan 2', T0), by, T0);
    const l1 = await store.sessions.appendChat(s1.id, { from: 'v1', name: 'Ana', text: 'Halo', at: T0 });
    await store.sessions.appendChat(s2.id, { from: 'v2', name: 'Budi', text: 'Sesi lain', at: T0 });
    const l2 = await store.sessions.appendChat(s1.id, { from: 'v3', name: 'Cici', text: 'Tabe', at: T0 + 1 });
    await store.appendChat({ channel: 'plaza', from: 'v4', name: 'Dedi', text: 'plaza', at: T0 });
    expect(l1).toMatchObject({ channel: 'session', from: 'v1', name: 'Ana', text: 'Halo', at: T0 });
    expect(await store.sessions.chat(s1.id)).toEqual([l1, l2]);
    expect(await store.sessions.chat(s1.id, 1)).toEqual([l2]);
    expect((await store.sessions.chat(s2.id)).map((l) => l.text)).toEqual(['Sesi lain']);
    expect((await store.recentChat('plaza', 10)).map((l) => l.text)).not.toContain('Halo');
  });

  it('stores decks and gives back every page byte for byte, only under its session', async () => {
    const s = await store.sessions.create(draft('Sesi paparan', T0), by, T0);
    const other = await store.sessions.create(draft('Sesi tetangga', T0), by, T0);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 1, 0, 128]);
    const jpeg = new Uint8Array(70_000).map((_, i) => (i * 31) & 0xff);
    const deck = await store.sessions.addDeck(
      s.id,
      'Paparan APBD',
      [
        { mime: 'image/png', bytes: png },
        { mime: 'image/jpeg', bytes: jpeg },
      ],
      T0 + 5,
    );
    expect(deck).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{10}$/), pages: 2 });
    expect(await store.sessions.decks(s.id)).toEqual([
      { id: deck.id, name: 'Paparan APBD', pages: 2, at: T0 + 5 },
    ]);
    expect(await store.sessions.decks(other.id)).toEqual([]);
    const p0 = await store.sessions.page(s.id, deck.id, 0);
    const p1 = await store.sessions.page(s.id, deck.id, 1);
    expect(p0?.mime).toBe('image/png');
    expect(p0?.bytes).toEqual(png);
    expect(p1?.mime).toBe('image/jpeg');
    expect(p1?.bytes).toEqual(jpeg);
    expect(await store.sessions.page(s.id, deck.id, 2)).toBeUndefined();
    expect(await store.sessions.page(other.id, deck.id, 0)).toBeUndefined();
    await expect(
      store.sessions.addDeck('no-such-id', 'x', [{ mime: 'image/png', bytes: png }], T0),
    ).rejects.toThrow();
  });

  it('saves records and returns the newest, one by id, and the list newest first', async () => {
    const s = await store.sessions.create(draft('Sesi berakhir', T0), by, T0);
    expect(await store.sessions.record(s.id)).toBeUndefined();
    expect(await store.sessions.records(s.id)).toEqual([]);
    const first = await store.sessions.saveRecord(s.id, record('pertama'), T0 + HOUR);
    const second = await store.sessions.saveRecord(s.id, record('kedua'), T0 + 2 * HOUR);
    expect(await store.sessions.records(s.id)).toEqual([
      { id: second.id, at: T0 + 2 * HOUR },
      { id: first.id, at: T0 + HOUR },
    ]);
    expect(await store.sessions.record(s.id)).toEqual(record('kedua'));
    expect(await store.sessions.record(s.id, first.id)).toEqual(record('pertama'));
    const other = await store.sessions.create(draft('Sesi lain lagi', T0), by, T0);
    expect(await store.sessions.record(other.id, first.id)).toBeUndefined();
  });
});
