// The sessions API against a real store (temp SQLite file), real accounts and real signed tokens:
// scheduling per role and organiser, listing and invite-only visibility, slide deck upload checks
// and serving, record access per role in JSON and Markdown.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/accounts.ts';
import { REGISTRY } from '../../shared/registry.ts';
import type { SessionRecord } from '../../shared/session/record.ts';
import { NewSession, type SessionSummary } from '../../shared/session/schedule.ts';
import { hashPassword } from '../auth/password.ts';
import { claimsOf, createTokens } from '../auth/tokens.ts';
import { openStore, type Store } from '../store/store.ts';
import type { User } from '../store/userStore.ts';
import { tempDir } from '../testing.ts';
import { MAX_PAGE_BYTES } from './sessionDecks.ts';
import { sessionsRouter } from './sessions.ts';

const HOUR = 3_600_000;
const clock = { now: Date.UTC(2026, 10, 20, 1, 0, 0) };
const T = () => clock.now;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAABAAAAAQBPJcTWAAAAD0lEQVR4nGNgYPgHRmAKABfeA/n0AEaqAAAAAElFTkSuQmCC',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQqKiokJCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAACAAIDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z',
  'base64',
);
const dataUrl = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

const dir = tempDir();
let store: Store;
let base: string;
let close: () => void;
/** A fresh token per request: the tests move the clock past tokens' lifetime. */
let tokenOf: (who: string) => string;

const USERS: Array<[string, Role, string | null]> = [
  ['root', 'admin', null],
  ['hana', 'host', 'setda'],
  ['hadi', 'host', null],
  ['dewi', 'host', 'dinkes'],
  ['mira', 'moderator', null],
  ['ana', 'staff', 'setda'],
];

beforeAll(async () => {
  store = await openStore({ dbPath: join(dir.path, 'sessions.sqlite') });
  await store.organisations.sync(REGISTRY, T());
  const tokens = createTokens('rahasia-uji-sesi', T);
  const users = new Map<string, User>();
  for (const [username, role, organisationId] of USERS) {
    const passwordHash = await hashPassword('kata-sandi-yang-panjang');
    users.set(
      username,
      await store.users.create({ username, passwordHash, role, organisationId, createdAt: T() }),
    );
  }
  tokenOf = (who) => {
    const user = users.get(who);
    return user ? tokens.issue(claimsOf(user)).token : who;
  };
  const app = express();
  const deps = {
    sessions: store.sessions,
    users: store.users,
    tokens,
    audit: store.audit,
    registry: REGISTRY,
  };
  app.use('/api', sessionsRouter({ ...deps, now: T, attendance: (id) => (id.length === 10 ? 3 : 0) }));
  const server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  close = () => server.close();
});
afterAll(async () => {
  close();
  await store.close();
  dir.remove();
});

async function call(method: string, path: string, who?: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(who ? { Authorization: `Bearer ${tokenOf(who)}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return res;
}
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
const audited = async (action: string) =>
  (await store.audit.recent({ limit: 1000 })).filter((e) => e.action === action);

const draft = (extra: Record<string, unknown> = {}) => ({
  title: 'Rakorsus Wali Kota',
  organiser: 'setda',
  description: 'Rapat koordinasi khusus.',
  startsAt: T() + HOUR,
  endsAt: T() + 3 * HOUR,
  agenda: ['Pembukaan', 'Paparan'],
  ...extra,
});
const stored = async () => (await store.sessions.list({ limit: 1000 })).length;
/** A session straight in the store (for states the API cannot create, like past ones). */
const seed = (extra: Record<string, unknown>) =>
  store.sessions.create(NewSession.parse(draft(extra)), { id: 999, username: 'seed' }, T());

describe('POST /api/sessions', () => {
  it('refuses anonymous and bad tokens (401) and roles other than host and admin (403, audited)', async () => {
    const before = await stored();
    expect((await call('POST', '/sessions', undefined, draft())).status).toBe(401);
    expect((await call('POST', '/sessions', 'bukan.token', draft())).status).toBe(401);
    for (const who of ['ana', 'mira']) {
      const res = await call('POST', '/sessions', who, draft());
      expect(res.status).toBe(403);
      expect(await json(res)).toEqual({ error: 'forbidden' });
    }
    expect((await audited('session.create-denied')).map((e) => e.actor).sort()).toEqual([
      'moderator:mira',
      'staff:ana',
    ]);
    expect(await stored()).toBe(before);
  });

  it('answers invalid bodies with 400 naming the field, storing nothing', async () => {
    const before = await stored();
    const cases: Array<[unknown, string]> = [
      [draft({ title: 'x' }), 'title'],
      [draft({ title: 'a\u200b\u202eb' }), 'title'],
      [draft({ agenda: ['Pembukaan', '\u200b'] }), 'agenda'],
      [draft({ endsAt: T() }), 'endsAt'],
      [draft({ visibility: 'invite' }), 'inviteCode'],
      [draft({ inviteCode: 'ab' }), 'inviteCode'],
      [draft({ agenda: 'bukan daftar' }), 'agenda'],
      [draft({ extra: 1 }), 'extra'],
      [draft({ organiser: 'no-such-opd' }), 'organiser'],
      [draft({ startsAt: T() - 3 * HOUR, endsAt: T() - HOUR }), 'endsAt'],
      ['{"title": ', 'body'],
      [[1, 2], 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await call('POST', '/sessions', 'hana', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await json(res)).toMatchObject({ error: 'invalid', field });
    }
    expect(await stored()).toBe(before);
  });

  it('lets a host bound to an organisation schedule only for it; unbound hosts and admins for any', async () => {
    const refused = await call('POST', '/sessions', 'hana', draft({ organiser: 'dinkes' }));
    expect(refused.status).toBe(403);
    expect(await json(refused)).toEqual({ error: 'organiser', field: 'organiser' });
    expect((await audited('session.create-denied')).some((e) => e.actor === 'host:hana')).toBe(true);
    expect((await call('POST', '/sessions', 'hadi', draft({ organiser: 'dinkes' }))).status).toBe(201);
    expect((await call('POST', '/sessions', 'root', draft({ organiser: 'dinkes' }))).status).toBe(201);
  });

  it('creates a session: 201 with its summary (the invite code for its host only), link and an audit entry', async () => {
    const res = await call(
      'POST',
      '/sessions',
      'hana',
      draft({ visibility: 'invite', inviteCode: 'rahasia-99' }),
    );
    expect(res.status).toBe(201);
    const s = (await res.json()) as SessionSummary;
    expect(s).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{10}$/),
      title: 'Rakorsus Wali Kota',
      organiser: 'setda',
      organiserName: REGISTRY.organisations.find((o) => o.id === 'setda')?.name,
      description: 'Rapat koordinasi khusus.',
      startsAt: T() + HOUR,
      endsAt: T() + 3 * HOUR,
      agenda: ['Pembukaan', 'Paparan'],
      visibility: 'invite',
      phase: 'scheduled',
      when: 'upcoming',
      link: `/?session=${s.id}`,
      createdBy: 'hana',
      attendance: 3,
      records: [],
      inviteCode: 'rahasia-99',
    });
    const seenByGuest = await call('GET', `/sessions/${s.id}?invite=rahasia-99`);
    expect(seenByGuest.status).toBe(200);
    expect(JSON.stringify(await seenByGuest.json())).not.toContain('rahasia-99');
    const listedForOtherHost = (await (await call('GET', '/sessions', 'hadi')).json()) as SessionSummary[];
    expect(listedForOtherHost.find((x) => x.id === s.id)).toBeUndefined();
    expect(await store.sessions.get(s.id)).toMatchObject({
      inviteCode: 'rahasia-99',
      createdById: expect.any(Number),
    });
    const entry = (await audited('session.create')).find((e) => e.target === s.id);
    expect(entry).toMatchObject({ actor: 'host:hana', detail: { organiser: 'setda', visibility: 'invite' } });
    expect(JSON.stringify(entry)).not.toContain('rahasia-99');
  });

  it('keeps titles, agenda and descriptions plain text (no control or bidi characters)', async () => {
    const body = draft({
      title: ' Rapat\u202e\u0007 Warga\n',
      description: 'Baris satu\u200b\n\n\n\nBaris\tdua',
      agenda: ['Sambutan\u0000 wali kota'],
    });
    const s = (await (await call('POST', '/sessions', 'hana', body)).json()) as SessionSummary;
    expect(s).toMatchObject({
      title: 'Rapat Warga',
      description: 'Baris satu\n\nBaris dua',
      agenda: ['Sambutan wali kota'],
    });
  });
});

describe('GET /api/sessions', () => {
  const ids = { later: '', soon: '', invite: '', live: '', past: '', ended: '' };
  beforeAll(async () => {
    // A fresh window far ahead, so sessions from the other tests sort before or after it predictably.
    clock.now += 1000 * HOUR;
    const at = (h: number) => ({ startsAt: T() + h * HOUR, endsAt: T() + (h + 1) * HOUR });
    ids.later = (await seed({ title: 'Sesi nanti', ...at(5) })).id;
    ids.soon = (await seed({ title: 'Sesi segera', ...at(1) })).id;
    ids.invite = (
      await seed({ title: 'Sesi undangan', visibility: 'invite', inviteCode: 'kode-123', ...at(2) })
    ).id;
    ids.live = (await seed({ title: 'Sesi langsung', ...at(-0.5) })).id;
    await store.sessions.setPhase(ids.live, 'live');
    ids.past = (await seed({ title: 'Sesi kemarin', ...at(-0.9) })).id;
    clock.now += 0.95 * HOUR;
    ids.ended = (await seed({ title: 'Sesi selesai', ...at(0.5) })).id;
    await store.sessions.setPhase(ids.ended, 'ended');
  });
  const list = async (query = '', who?: string) =>
    (await (await call('GET', `/sessions${query}`, who)).json()) as SessionSummary[];

  it('lists live, then upcoming by start, then past newest first; never invite-only ones for the public', async () => {
    const all = await list();
    const titles = all.map((s) => s.title);
    expect(titles.slice(0, 3)).toEqual(['Sesi langsung', 'Sesi segera', 'Sesi nanti']);
    expect(titles.indexOf('Sesi selesai')).toBeLessThan(titles.indexOf('Sesi kemarin'));
    expect(all.map((s) => s.when).indexOf('past')).toBeGreaterThan(2);
    expect(titles).not.toContain('Sesi undangan');
    expect(all.find((s) => s.id === ids.ended)).toMatchObject({ phase: 'ended', when: 'past' });
    expect(all.find((s) => s.id === ids.past)).toMatchObject({ phase: 'scheduled', when: 'past' });
    expect(JSON.stringify(all)).not.toContain('kode-123');
  });

  it('filters by when, and rejects an unknown one', async () => {
    expect((await list('?when=live')).map((s) => s.id)).toEqual([ids.live]);
    const upcoming = await list('?when=upcoming');
    expect(upcoming.every((s) => s.when === 'upcoming')).toBe(true);
    expect(upcoming.map((s) => s.id).slice(0, 2)).toEqual([ids.soon, ids.later]);
    const past = await list('?when=past');
    expect(past.every((s) => s.when === 'past')).toBe(true);
    expect(past[0]?.id).toBe(ids.ended);
    const bad = await call('GET', '/sessions?when=kemarin');
    expect(bad.status).toBe(400);
    expect(await json(bad)).toEqual({ error: 'invalid', field: 'when' });
  });

  it('shows invite-only sessions to those who may host or moderate them, not to other accounts', async () => {
    const sees = async (who?: string) => (await list('?when=upcoming', who)).some((s) => s.id === ids.invite);
    expect(await sees()).toBe(false);
    expect(await sees('ana')).toBe(false);
    expect(await sees('dewi')).toBe(false);
    expect(await sees('hana')).toBe(true);
    expect(await sees('mira')).toBe(true);
    expect(await sees('root')).toBe(true);
    expect(await sees('bukan.token')).toBe(false);
  });

  it('GET /sessions/:id: public ones to anyone; invite-only only with its code or a staff token', async () => {
    const one = async (id: string, query = '', who?: string) => call('GET', `/sessions/${id}${query}`, who);
    expect(await json(await one(ids.soon))).toMatchObject({ id: ids.soon, title: 'Sesi segera' });
    const unknown = await one('tidakada12');
    expect(unknown.status).toBe(404);
    const hidden = await one(ids.invite);
    expect(hidden.status).toBe(404);
    expect(await json(hidden)).toEqual(await json(unknown));
    expect((await one(ids.invite, '?invite=kode-124')).status).toBe(404);
    expect((await one(ids.invite, '', 'dewi')).status).toBe(404);
    expect((await one(ids.invite, '', 'ana')).status).toBe(404);
    expect((await one(ids.invite, '?invite=kode-123')).status).toBe(200);
    expect((await one(ids.invite, '', 'hana')).status).toBe(200);
    expect((await one(ids.invite, '', 'mira')).status).toBe(200);
    // The code travels only to the session's staff (for their shareable link), never to a guest.
    expect(await json(await one(ids.invite, '', 'root'))).toMatchObject({ inviteCode: 'kode-123' });
    expect(JSON.stringify(await json(await one(ids.invite, '?invite=kode-123')))).not.toContain('kode-123');
  });
});

describe('slide decks', () => {
  let id: string;
  beforeAll(async () => {
    id = (await seed({ title: 'Sesi paparan', organiser: 'setda' })).id;
  });
  const upload = (body: unknown, who = 'hana') => call('POST', `/sessions/${id}/decks`, who, body);
  const decks = async () => store.sessions.decks(id);

  it('accepts PNG and JPEG pages from the host and serves them byte for byte, cacheable', async () => {
    const res = await upload({
      name: 'Paparan APBD',
      pages: [dataUrl('image/png', PNG), dataUrl('image/jpeg', JPEG)],
    });
    expect(res.status).toBe(201);
    const deck = (await res.json()) as { id: string; pages: number };
    expect(deck).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{10}$/), pages: 2 });
    const listed = await json(await call('GET', `/sessions/${id}/decks`, 'hana'));
    expect(listed).toEqual([{ id: deck.id, name: 'Paparan APBD', pages: 2, at: T() }]);
    for (const [page, mime, bytes] of [
      [0, 'image/png', PNG],
      [1, 'image/jpeg', JPEG],
    ] as const) {
      const img = await fetch(`${base}/sessions/${id}/decks/${deck.id}/${page}`);
      expect(img.status).toBe(200);
      expect(img.headers.get('content-type')).toBe(mime);
      expect(img.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await img.arrayBuffer()).equals(bytes)).toBe(true);
    }
    expect((await call('GET', `/sessions/${id}/decks/${deck.id}/2`)).status).toBe(404);
    expect((await call('GET', `/sessions/${id}/decks/${deck.id}/-1`)).status).toBe(404);
    const elsewhere = (await seed({ title: 'Sesi lain' })).id;
    expect((await call('GET', `/sessions/${elsewhere}/decks/${deck.id}/0`)).status).toBe(404);
    expect((await audited('session.deck')).find((e) => e.target === id)).toMatchObject({
      actor: 'host:hana',
      detail: { deckId: deck.id, pages: 2 },
    });
  });

  it('lets only the session host or an admin upload or list decks', async () => {
    const before = (await decks()).length;
    const good = { name: 'x', pages: [dataUrl('image/png', PNG)] };
    expect((await upload(good, '')).status).toBe(401);
    for (const who of ['dewi', 'mira', 'ana']) {
      expect((await upload(good, who)).status).toBe(403);
      expect((await call('GET', `/sessions/${id}/decks`, who)).status).toBe(403);
    }
    expect((await audited('session.deck-denied')).map((e) => e.actor)).toEqual(
      expect.arrayContaining(['host:dewi', 'moderator:mira', 'staff:ana']),
    );
    expect(await decks()).toHaveLength(before);
    expect((await upload(good, 'root')).status).toBe(201);
    expect((await call('POST', '/sessions/tidakada12/decks', 'root', good)).status).toBe(404);
  });

  it('refuses a broken, mismatched or oversized page naming it, and stores nothing', async () => {
    const before = await decks();
    const png = dataUrl('image/png', PNG);
    const big = new Uint8Array(MAX_PAGE_BYTES + 1);
    big.set(PNG.subarray(0, 8));
    const cases: Array<[string[], number, string, number]> = [
      [[png, dataUrl('image/png', JPEG)], 400, 'page-mismatch', 2],
      [[dataUrl('image/jpeg', PNG)], 400, 'page-mismatch', 1],
      [[png, png, 'data:image/png;base64,iVBOR!w0K'], 400, 'page-base64', 3],
      [[png, 'data:image/png;base64,iVBORw0'], 400, 'page-base64', 2],
      [[dataUrl('image/gif', PNG)], 400, 'page-format', 1],
      [['bukan gambar'], 400, 'page-format', 1],
      [[png, dataUrl('image/png', big)], 413, 'page-too-large', 2],
    ];
    for (const [pages, status, error, page] of cases) {
      const res = await upload({ name: 'Rusak', pages });
      expect(res.status, error).toBe(status);
      const body = await json(res);
      expect(body).toMatchObject({ error, field: `pages.${page - 1}`, page });
      expect(String(body.message)).toContain(`Halaman ${page}`);
    }
    const many = await upload({ name: 'Banyak', pages: Array.from({ length: 101 }, () => png) });
    expect(many.status).toBe(413);
    expect(await json(many)).toMatchObject({ error: 'too-many-pages', field: 'pages' });
    expect((await upload({ name: '', pages: [png] })).status).toBe(400);
    expect(await json(await upload({ name: '\u202e\u200b', pages: [png] }))).toEqual({
      error: 'invalid',
      field: 'name',
    });
    expect((await upload({ name: 'Kosong', pages: [] })).status).toBe(400);
    expect((await upload('{"name": "x", "pages": [')).status).toBe(400);
    const huge = await upload({
      name: 'Raksasa',
      pages: [`data:image/png;base64,${'A'.repeat(41 * 1024 * 1024)}`],
    });
    expect(huge.status).toBe(413);
    expect(await json(huge)).toEqual({ error: 'too-large', field: 'body' });
    expect(await decks()).toEqual(before);
  });
});

describe('records', () => {
  let id: string;
  let record: SessionRecord;
  beforeAll(async () => {
    const s = await seed({ title: 'Musrenbang | Tallo', organiser: 'setda' });
    id = s.id;
    record = {
      session: { ...s, organiserName: 'Sekretariat Daerah' },
      openedAt: T(),
      endedAt: T() + HOUR,
      generatedAt: T() + HOUR,
      attendance: { peak: 42, unique: 57, samples: [[T(), 42]] },
      questions: [
        { id: 1, text: 'Kapan jalan diperbaiki?', author: 'Warga', votes: 9, answered: true, at: T() },
      ],
      polls: [],
      hands: [],
      moderation: [],
      chat: [{ id: 5, name: 'Ana', text: 'Tabe', at: T() }],
      deletedMessages: 0,
    };
  });
  const get = (query: string, who?: string) => call('GET', `/sessions/${id}/record${query}`, who);

  it('answers 409 not-ended until a record is stored, then JSON and Markdown', async () => {
    const none = await get('?format=json', 'hana');
    expect(none.status).toBe(409);
    expect(await json(none)).toEqual({ error: 'not-ended' });
    expect(await json(await call('GET', `/sessions/${id}/records`, 'hana'))).toEqual([]);
    const older = await store.sessions.saveRecord(id, { ...record, deletedMessages: 1 }, T() + HOUR);
    const newer = await store.sessions.saveRecord(id, record, T() + 2 * HOUR);
    expect(await json(await get('?format=json', 'hana'))).toEqual(record);
    expect(await json(await get('', 'hana'))).toEqual(record);
    expect(await json(await get(`?format=json&id=${older.id}`, 'hana'))).toMatchObject({
      deletedMessages: 1,
    });
    const md = await get('?format=md', 'root');
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    const text = await md.text();
    expect(text).toContain('# Notulen');
    expect(text).toContain('Kapan jalan diperbaiki?');
    expect(await json(await call('GET', `/sessions/${id}/records`, 'mira'))).toEqual([
      { id: newer.id, at: T() + 2 * HOUR },
      { id: older.id, at: T() + HOUR },
    ]);
    const summary = (await json(await call('GET', `/sessions/${id}`))) as SessionSummary;
    expect(summary.records.map((r) => r.id)).toEqual([newer.id, older.id]);
  });

  it('gives the record to the session host, moderators and admins only', async () => {
    expect((await get('?format=md')).status).toBe(401);
    expect((await get('?format=json', 'bukan.token')).status).toBe(401);
    expect((await call('GET', `/sessions/${id}/records`)).status).toBe(401);
    for (const who of ['ana', 'dewi']) {
      expect((await get('?format=json', who)).status).toBe(403);
      expect((await get('?format=md', who)).status).toBe(403);
      expect((await call('GET', `/sessions/${id}/records`, who)).status).toBe(403);
    }
    expect((await audited('session.record-denied')).map((e) => e.actor)).toEqual(
      expect.arrayContaining(['staff:ana', 'host:dewi']),
    );
    for (const who of ['hana', 'mira', 'root']) expect((await get('?format=md', who)).status).toBe(200);
  });

  it('rejects a bad format or id and answers 404 for unknown ones', async () => {
    expect(await json(await get('?format=pdf', 'hana'))).toEqual({ error: 'invalid', field: 'format' });
    expect(await json(await get('?id=abc', 'hana'))).toEqual({ error: 'invalid', field: 'id' });
    expect((await get('?id=999999', 'hana')).status).toBe(404);
    expect((await call('GET', '/sessions/tidakada12/record', 'root')).status).toBe(404);
  });
});
