// The sessions API against a real store (temp SQLite file), real accounts and real signed tokens:
// scheduling per role and organiser, listing and invite-only visibility. Slide decks are in
// sessionDecks.test.ts, records in sessionRecords.test.ts; the set-up is in sessionsTesting.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import {
  audited,
  call,
  clock,
  draft,
  HOUR,
  json,
  seed,
  setUpSessionsApi,
  store,
  stored,
  T,
} from './sessionsTesting.ts';

setUpSessionsApi();

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
