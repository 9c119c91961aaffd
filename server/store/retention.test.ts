// Retention of chat and session event logs, against SQLite and (when reachable) PostgreSQL: old chat
// of every channel is deleted, the plaza keeps only its newest lines, session events go only when a
// snapshot covers them; recent data and other sessions stay.
import { afterAll, describe, expect, it } from 'vitest';
import { emptyModel } from '../../shared/session/model.ts';
import { testDatabases } from '../db/testDatabases.ts';
import { applyRetention } from './retention.ts';
import { openStore } from './store.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const RULES = { chatDays: 30, plazaKeepLines: 100, eventDays: 90 };
const line = (n: number, at: number) => ({ from: `s${n}`, name: `Warga ${n}`, text: `baris ${n}`, at });

describe.each(databases)('retention on $name', ({ options }) => {
  it('deletes chat older than the retention and plaza lines beyond the cap, keeping the rest', async () => {
    const store = await openStore(options);
    const host = await store.users.create({
      username: `host${Date.now()}`,
      passwordHash: 'x',
      role: 'host',
      organisationId: null,
      createdAt: NOW,
    });
    const s = await store.sessions.create(
      {
        title: 'Sesi',
        organiser: 'setda',
        description: '',
        startsAt: NOW,
        endsAt: NOW + DAY,
        agenda: [],
        visibility: 'public',
      },
      { id: host.id, username: host.username },
      NOW,
    );
    for (let n = 0; n < 5; n++) await store.appendChat({ channel: 'plaza', ...line(n, NOW - 40 * DAY) });
    for (let n = 5; n < 150; n++) await store.appendChat({ channel: 'plaza', ...line(n, NOW - DAY) });
    await store.sessions.appendChat(s.id, line(1, NOW - 31 * DAY));
    await store.sessions.appendChat(s.id, line(2, NOW - 29 * DAY));

    await store.moderation.recordVisit({
      sessionId: 'old-visit',
      name: 'Lama',
      keys: ['v:old'],
      at: NOW - 31 * DAY,
    });
    await store.moderation.recordVisit({
      sessionId: 'new-visit',
      name: 'Baru',
      keys: ['v:new'],
      at: NOW - DAY,
    });

    const deleted = await applyRetention(store, RULES, NOW);
    expect(deleted.chatLines).toBe(5 + 45 + 1);
    expect(deleted.visits).toBe(1);
    expect(await store.moderation.visit('old-visit')).toBeUndefined();
    expect(await store.moderation.visit('new-visit')).toBeDefined();
    const plaza = await store.recentChat('plaza', 1000);
    expect(plaza.map((l) => l.text)).toEqual(Array.from({ length: 100 }, (_, i) => `baris ${i + 50}`));
    expect((await store.sessions.chat(s.id)).map((l) => l.text)).toEqual(['baris 2']);
    expect(await applyRetention(store, RULES, NOW)).toEqual({ chatLines: 0, events: 0, visits: 0 });
    await store.close();
  });

  it('deletes old session events only below the newest snapshot', async () => {
    const store = await openStore(options);
    const host = await store.users.create({
      username: `wali${Date.now()}`,
      passwordHash: 'x',
      role: 'host',
      organisationId: null,
      createdAt: NOW,
    });
    const session = () =>
      store.sessions.create(
        {
          title: 'Sesi',
          organiser: 'setda',
          description: '',
          startsAt: NOW,
          endsAt: NOW + DAY,
          agenda: [],
          visibility: 'public',
        },
        { id: host.id, username: host.username },
        NOW,
      );
    const [snapped, plain] = [await session(), await session()];
    for (const s of [snapped, plain]) {
      for (let i = 0; i < 10; i++)
        await store.sessions.appendEvent(s.id, {
          at: NOW - 100 * DAY + i,
          by: null,
          act: { do: 'attendance', count: i },
        });
    }
    const model = { ...emptyModel('live'), seq: 6 };
    await store.sessions.saveSnapshot(snapped.id, { model, openedAt: null, endedAt: null }, NOW);
    expect(await applyRetention(store, RULES, NOW)).toMatchObject({ events: 5 });
    expect((await store.sessions.events(snapped.id)).map((e) => e.seq)).toEqual([6, 7, 8, 9, 10]);
    expect(await store.sessions.events(plain.id)).toHaveLength(10);
    expect(
      (
        await store.sessions.appendEvent(snapped.id, {
          at: NOW,
          by: null,
          act: { do: 'attendance', count: 0 },
        })
      ).seq,
    ).toBe(11);
    await store.close();
  });
});
