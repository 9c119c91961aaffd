// Residents and city moderation: residents' reports are checked, stored and limited per reporter,
// hostile `report` payloads change nothing, and only moderators and admins may use the moderation
// API (others get 403, audited). Real SDK clients and HTTP against a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw, tempDir, waitFor } from '../testing.ts';
import {
  type ModerationCity,
  startModerationCity,
  newCityVisitorId as visitorId,
} from '../testingModeration.ts';

const dir = tempDir();
let m: ModerationCity;

beforeAll(async () => {
  m = await startModerationCity(`${dir.path}/reports.sqlite`);
});
afterAll(async () => {
  await m.city.stop();
  dir.remove();
});

describe('city reports and moderator rights', () => {
  it('refuses moderator endpoints to residents and other staff (audited), and to no token', async () => {
    const staffToken = await m.createUser('staf-setda', 'staff');
    const hostToken = await m.createUser('tuan-rumah', 'host');
    const target = await m.join('Maya');
    const ban = { kind: 'ban', sessionId: target.room.sessionId, minutes: 10, reason: '' };
    expect((await m.api('POST', '/api/moderation/city/actions', undefined, ban)).status).toBe(401);
    for (const token of [staffToken, hostToken]) {
      expect((await m.api('POST', '/api/moderation/city/actions', token, ban)).status).toBe(403);
      expect((await m.api('GET', '/api/moderation/city/reports', token)).status).toBe(403);
      expect((await m.api('DELETE', '/api/moderation/city/chat/1', token)).status).toBe(403);
    }
    expect(
      (await m.city.app.store.moderation.activeSanctions(Date.now())).some((s) => s.name === 'Maya'),
    ).toBe(false);
    expect(target.leftWith).toBeUndefined();
    expect(
      (await m.audit()).filter((e) => e.action === 'city.moderation-denied').length,
    ).toBeGreaterThanOrEqual(6);
    // Bad bodies are 400 with the field, unknown visitors 404.
    expect((await m.moderate('/actions', 'POST', { ...ban, minutes: 0 })).status).toBe(400);
    expect((await m.moderate('/actions', 'POST', { ...ban, sessionId: 'zzzzzzzz' })).status).toBe(404);
    expect((await m.moderate('/chat/abc', 'DELETE')).status).toBe(400);
    const malformed = await fetch(`${m.city.baseUrl}/api/moderation/city/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m.modToken}` },
      body: '{bad',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ field: 'body' });
    await target.room.leave();
  });

  it('stores residents’ reports, limited per reporter; hostile report payloads change nothing', async () => {
    const nina = await m.join('Nina');
    const oki = await m.join('Oki', visitorId(), nina);
    const line = await m.say(oki, 'kata kasar');
    await waitFor(() => nina.got.chat.some((l) => l.id === line), 3000, 'Nina sees it');
    const room = m.city.roomOf(nina.room);
    const dropped = room.stats.dropped;
    const hostile: unknown[] = [
      undefined,
      null,
      'laporkan',
      [1, 2],
      { target: { kind: 'message', messageId: line } },
      { target: { kind: 'message', messageId: -1 }, reason: 'spam' },
      { target: { kind: 'message', messageId: line }, reason: 'spam', note: 'x'.repeat(401) },
      { target: { kind: 'message', messageId: line }, reason: 'fitnah' },
      { target: { kind: 'person', sessionId: '<script>' }, reason: 'spam' },
      { target: { kind: 'message', messageId: line }, reason: 'spam', extra: true },
      { target: { kind: 'message', messageId: '1' }, reason: 'spam' },
      { target: { kind: 'room', id: 1 }, reason: 'spam' },
    ];
    for (const h of hostile) sendRaw(nina.room, 'report', h);
    await waitFor(() => room.stats.dropped - dropped === hostile.length, 3000, 'all dropped');
    expect(await m.city.app.store.moderation.reports({ open: false, limit: 100 })).toEqual([]);
    expect(nina.leftWith).toBeUndefined();

    const reports = () => m.city.app.store.moderation.reports({ open: true, limit: 100 });
    nina.room.send('report', { target: { kind: 'message', messageId: 999_999 }, reason: 'spam' });
    await waitFor(() => nina.got.notice.some((n) => n.code === 'report-unknown'), 3000, 'unknown');
    nina.room.send('report', { target: { kind: 'person', sessionId: nina.room.sessionId }, reason: 'spam' });
    nina.room.send('report', {
      target: { kind: 'message', messageId: line },
      reason: 'abuse',
      note: ' menghina\u202e saya ',
    });
    await waitFor(() => nina.got.notice.some((n) => n.code === 'report-sent'), 3000, 'sent');
    expect(await reports()).toMatchObject([
      {
        reporterName: 'Nina',
        target: { sessionId: oki.room.sessionId, name: 'Oki' },
        message: { id: line, text: 'kata kasar' },
        reason: 'abuse',
        note: 'menghina saya',
        resolved: false,
      },
    ]);
    // The burst is 3 per visitor (two were spent above on refused targets): the next is limited.
    nina.room.send('report', { target: { kind: 'person', sessionId: oki.room.sessionId }, reason: 'other' });
    await waitFor(() => nina.got.notice.some((n) => n.code === 'report-rate'), 3000, 'limited');
    expect(await reports()).toHaveLength(1);

    const listed = (await (await m.moderate('/reports', 'GET')).json()) as { reports: Array<{ id: number }> };
    const id = listed.reports[0]?.id ?? 0;
    expect((await m.moderate(`/reports/${id}/resolve`)).status).toBe(204);
    expect((await m.moderate(`/reports/${id}/resolve`)).status).toBe(404);
    expect(await reports()).toEqual([]);
    for (const v of [nina, oki]) await v.room.leave();
  });
});
