// Session records of the sessions API against a real store, real accounts and real signed tokens:
// access per role, in JSON and Markdown, the list of stored records and bad or unknown ones.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../shared/session/record.ts';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { audited, call, HOUR, json, seed, setUpSessionsApi, store, T } from './sessionsTesting.ts';

setUpSessionsApi();

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
