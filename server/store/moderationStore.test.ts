// The moderation store on SQLite and, when reachable (always in CI), PostgreSQL: visits, reports,
// sanctions matched by any key until they end or are lifted, deleted chat lines left out of history.
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testDatabases.ts';
import { openStore } from './store.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const T = 1_700_000_000_000;
const MINUTE = 60_000;

describe.each(databases)('moderation store on $name', ({ options }) => {
  it('keeps visits and reports, limits by reporter key, resolves once', async () => {
    const store = await openStore(options);
    const m = store.moderation;
    await m.recordVisit({ sessionId: 'sessA', name: 'Andi', keys: ['visitor:aaaa', 'session:sessA'], at: T });
    expect(await m.visit('sessA')).toEqual({
      sessionId: 'sessA',
      name: 'Andi',
      keys: ['visitor:aaaa', 'session:sessA'],
      at: T,
    });
    expect(await m.visit('nobody')).toBeUndefined();
    const line = await store.appendChat({
      channel: 'plaza',
      from: 'sessA',
      name: 'Andi',
      text: 'jelek',
      at: T,
    });
    const report = {
      at: T,
      reporterKey: 'visitor:bbbb',
      reporterName: 'Besse',
      target: { sessionId: 'sessA', name: 'Andi' },
      message: { id: line.id, text: line.text },
      reason: 'abuse' as const,
      note: '',
    };
    const id = await m.addReport(report);
    await m.addReport({ ...report, at: T + 2 * 3_600_000, message: null, reason: 'spam' });
    expect(await m.reportsSince('visitor:bbbb', T)).toBe(2);
    expect(await m.reportsSince('visitor:bbbb', T + 1)).toBe(1);
    expect((await m.reports({ open: true, limit: 10 })).map((r) => r.reason)).toEqual(['spam', 'abuse']);
    expect(await m.resolveReport(id, 'staff:mod', T)).toBe(true);
    expect(await m.resolveReport(id, 'staff:mod', T)).toBe(false);
    expect((await m.reports({ open: true, limit: 10 })).map((r) => r.reason)).toEqual(['spam']);
    expect((await m.reports({ open: false, limit: 10 })).at(-1)).toMatchObject({
      message: { id: line.id, text: 'jelek', deleted: false },
      resolved: true,
    });
    await m.deleteChat(line.id, 'staff:mod', '', T);
    expect((await m.reports({ open: false, limit: 10 })).at(-1)?.message?.deleted).toBe(true);
    await store.close();
  });

  it('matches sanctions by any key until they end or are lifted', async () => {
    const store = await openStore(options);
    const m = store.moderation;
    const base = { sessionId: 'sessC', name: 'Cici', reason: 'spam', by: 'staff:mod', at: T };
    const ban = await m.addSanction({
      ...base,
      kind: 'ban',
      keys: ['visitor:cccc', 'session:sessC'],
      until: T + 10 * MINUTE,
    });
    await m.addSanction({ ...base, kind: 'mute', keys: ['visitor:cccc'], until: T + 5 * MINUTE });
    expect(await m.sanctionsOf(['visitor:cccc'], T)).toEqual({
      banUntil: T + 10 * MINUTE,
      muteUntil: T + 5 * MINUTE,
    });
    expect(await m.sanctionsOf(['session:sessC'], T)).toEqual({ banUntil: T + 10 * MINUTE, muteUntil: 0 });
    expect(await m.sanctionsOf(['visitor:other'], T)).toEqual({ banUntil: 0, muteUntil: 0 });
    expect(await m.sanctionsOf(['visitor:cccc'], T + 6 * MINUTE)).toEqual({
      banUntil: T + 10 * MINUTE,
      muteUntil: 0,
    });
    expect((await m.activeSanctions(T)).map((s) => s.kind)).toEqual(['mute', 'ban']);
    const lifted = await m.liftSanction(ban.id, 'staff:mod', T + MINUTE);
    expect(lifted).toMatchObject({
      kind: 'ban',
      keys: expect.arrayContaining(['visitor:cccc', 'session:sessC']),
    });
    expect(await m.liftSanction(ban.id, 'staff:mod', T + MINUTE)).toBeUndefined();
    expect((await m.sanctionsOf(['visitor:cccc'], T + MINUTE)).banUntil).toBe(0);
    await store.close();
  });

  it('deletes a city chat line once and leaves it out of history', async () => {
    const store = await openStore(options);
    const at = T;
    const a = await store.appendChat({ channel: 'plaza', from: 's1', name: 'A', text: 'satu', at });
    const b = await store.appendChat({ channel: 'plaza', from: 's2', name: 'B', text: 'dua', at });
    expect(await store.moderation.deleteChat(a.id, 'staff:mod', 'kasar', at)).toEqual(a);
    expect(await store.moderation.deleteChat(a.id, 'staff:mod', 'kasar', at)).toBeUndefined();
    expect(await store.moderation.deleteChat(999_999, 'staff:mod', '', at)).toBeUndefined();
    expect(await store.moderation.chatLine(a.id)).toBeUndefined();
    const ids = (await store.recentChat('plaza', 50)).map((l) => l.id);
    expect(ids).toContain(b.id);
    expect(ids).not.toContain(a.id);
    await store.close();
  });
});
