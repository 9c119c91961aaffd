// City plaza moderation with real SDK clients on two shards (2 visitors each) and the staff API:
// bans disconnect and are refused on every shard, mutes stop chat, deleted lines leave history and
// every client, residents cannot moderate, hostile reports change nothing. Every action is audited.
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/accounts.ts';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { hashPassword } from '../auth/password.ts';
import {
  sendRaw,
  startTestCity,
  type TestCity,
  type TestVisitor,
  tempDir,
  waitFor,
  watch,
} from '../testing.ts';

const PASSWORD = 'kata-sandi-yang-panjang';
const dir = tempDir();
let city: TestCity;
let modToken: string;
let seq = 0;
const visitorId = () => `visitor-city-${Date.now().toString(36)}-${seq++}`;

async function createUser(username: string, role: Role): Promise<string> {
  await city.app.store.users.create({
    username,
    passwordHash: await hashPassword(PASSWORD),
    role,
    organisationId: role === 'staff' ? 'setda' : null,
    createdAt: Date.now(),
  });
  const res = await api('POST', '/api/auth/login', undefined, { username, password: PASSWORD });
  return ((await res.json()) as { token: string }).token;
}

function api(method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  return fetch(`${city.baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const moderate = (path: string, method = 'POST', body?: unknown) =>
  api(method, `/api/moderation/city${path}`, modToken, body);

type Visitor = TestVisitor & { visitorId: string };
/** Joins the city (or, with `beside`, that visitor's shard) and waits for the own player. */
async function join(name: string, id = visitorId(), beside?: TestVisitor): Promise<Visitor> {
  if (!beside) return Object.assign(await city.join(name, { visitorId: id }), { visitorId: id });
  const options = { name, color: '#3366cc', protocol: PROTOCOL_VERSION, visitorId: id };
  const v = watch(await city.colyseus.sdk.joinById(beside.room.roomId, options));
  await waitFor(() => v.room.state.players?.has(v.room.sessionId) === true, 3000, `${name} in state`);
  return Object.assign(v, { visitorId: id });
}

async function say(v: TestVisitor, text: string): Promise<number> {
  const before = v.got.chat.length;
  v.room.send('chat', { text, channel: 'plaza' });
  await waitFor(() => v.got.chat.length > before, 3000, 'own line');
  return v.got.chat.at(-1)?.id ?? 0;
}

const audit = () => city.app.store.audit.recent({ limit: 1000 });

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/moderation.sqlite`, { MAX_VISITORS_PER_SHARD: '2' });
  modToken = await createUser('moderator', 'moderator');
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('city moderation', () => {
  it('bans: disconnects the visitor, refuses them on any shard by visitor id, audits, lifts', async () => {
    const andi = await join('Andi');
    const besse = await join('Besse');
    const cici = await join('Cici');
    expect(besse.room.roomId).toBe(andi.room.roomId);
    expect(cici.room.roomId).not.toBe(andi.room.roomId);

    const res = await moderate('/actions', 'POST', {
      kind: 'ban',
      sessionId: besse.room.sessionId,
      minutes: 30,
      reason: 'menghina warga',
    });
    expect(res.status).toBe(200);
    const { sanction } = (await res.json()) as { sanction: { id: number; until: number } };
    await waitFor(() => besse.leftWith !== undefined, 3000, 'kicked');
    expect(besse.leftWith).toBe(CLOSE_CODES.banned);
    expect(besse.got.moderation.at(-1)).toEqual({ kind: 'banned', until: sanction.until });
    await waitFor(() => !andi.room.state.players.has(besse.room.sessionId), 3000, 'gone for Andi');

    // The other shard (Cici's) refuses the same browser, whatever name it comes back with.
    const options = {
      name: 'Besse Lagi',
      color: '#3366cc',
      protocol: PROTOCOL_VERSION,
      visitorId: besse.visitorId,
    };
    await expect(city.colyseus.sdk.joinById(cici.room.roomId, options)).rejects.toMatchObject({
      code: 403,
      message: 'banned',
    });
    await expect(city.colyseus.sdk.joinOrCreate('city', options)).rejects.toMatchObject({ code: 403 });

    const entry = (await audit()).find((e) => e.action === 'city.ban');
    expect(entry).toMatchObject({
      actor: 'staff:moderator',
      target: 'city',
      detail: { sessionId: besse.room.sessionId, name: 'Besse', reason: 'menghina warga', minutes: 30 },
    });

    const listed = (await (await moderate('/sanctions', 'GET')).json()) as {
      sanctions: Array<{ id: number }>;
    };
    expect(listed.sanctions.map((s) => s.id)).toContain(sanction.id);
    expect((await moderate(`/sanctions/${sanction.id}`, 'DELETE')).status).toBe(204);
    expect((await moderate(`/sanctions/${sanction.id}`, 'DELETE')).status).toBe(404);
    const back = await join('Besse Lagi', besse.visitorId, cici);
    expect((await audit()).some((e) => e.action === 'city.unban')).toBe(true);
    for (const v of [andi, cici, back]) await v.room.leave();
  });

  it('bans a signed-in official by account: refused with another visitor id too', async () => {
    const token = await createUser('petugas-kota', 'staff');
    const options = (id: string) => ({
      name: 'Petugas',
      color: '#3366cc',
      protocol: PROTOCOL_VERSION,
      visitorId: id,
    });
    const signedIn = new Client(city.baseUrl);
    signedIn.auth.token = token;
    const official = watch(await signedIn.joinOrCreate('city', options(visitorId())));
    await waitFor(() => official.room.state.players?.has(official.room.sessionId) === true, 3000, 'in');
    const ban = { kind: 'ban', sessionId: official.room.sessionId, minutes: 10, reason: '' };
    expect((await moderate('/actions', 'POST', ban)).status).toBe(200);
    await waitFor(() => official.leftWith === CLOSE_CODES.banned, 3000, 'kicked');
    await expect(signedIn.joinOrCreate('city', options(visitorId()))).rejects.toMatchObject({
      code: 403,
      message: 'banned',
    });
    // The token is never kept with the visit.
    const visit = await city.app.store.moderation.visit(official.room.sessionId);
    expect(JSON.stringify(visit)).not.toContain(token);
    expect(visit?.keys[0]).toMatch(/^account:\d+$/);
  });

  it('kicks across shards without a ban: removed, and may join again', async () => {
    const a = await join('Daeng');
    const b = await join('Erni');
    const c = await join('Fajar');
    expect(c.room.roomId).not.toBe(a.room.roomId);
    expect(
      (await moderate('/actions', 'POST', { kind: 'kick', sessionId: c.room.sessionId, reason: '' })).status,
    ).toBe(200);
    await waitFor(() => c.leftWith !== undefined, 3000, 'removed');
    expect(c.leftWith).toBe(CLOSE_CODES.removed);
    expect(c.got.moderation.at(-1)).toEqual({ kind: 'removed' });
    const again = await join('Fajar', c.visitorId);
    expect(again.room.state.players.has(again.room.sessionId)).toBe(true);
    expect((await audit()).find((e) => e.action === 'city.kick')?.detail).toMatchObject({ name: 'Fajar' });
    for (const v of [a, b, again]) await v.room.leave();
  });

  it('mutes: the visitor is told, their chat is refused, and the mute holds when they rejoin', async () => {
    const gita = await join('Gita');
    const hasan = await join('Hasan', visitorId(), gita);
    const res = await moderate('/actions', 'POST', {
      kind: 'mute',
      sessionId: gita.room.sessionId,
      minutes: 5,
      reason: 'spam',
    });
    expect(res.status).toBe(200);
    await waitFor(() => gita.got.moderation.length > 0, 3000, 'mute notice');
    expect(gita.got.moderation[0]).toMatchObject({ kind: 'muted' });

    gita.room.send('chat', { text: 'beli pulsa murah', channel: 'plaza' });
    await waitFor(() => gita.got.notice.some((n) => n.code === 'chat-muted'), 3000, 'muted notice');
    await say(hasan, 'halo');
    expect(hasan.got.chat.map((l) => l.text)).not.toContain('beli pulsa murah');
    expect((await city.app.store.recentChat('plaza', 50)).map((l) => l.text)).not.toContain(
      'beli pulsa murah',
    );
    expect((await audit()).find((e) => e.action === 'city.mute')?.detail).toMatchObject({ minutes: 5 });

    await gita.room.leave();
    const again = await join('Gita', gita.visitorId);
    await waitFor(() => again.got.moderation.length > 0, 3000, 'told again');
    expect(again.got.moderation[0]).toMatchObject({ kind: 'muted' });
    again.room.send('chat', { text: 'masih bisa?', channel: 'plaza' });
    await waitFor(() => again.got.notice.some((n) => n.code === 'chat-muted'), 3000, 'still muted');
    await again.room.leave();
    await hasan.room.leave();
  });

  it('deletes a chat line from every connected client and from the history of newcomers', async () => {
    const ika = await join('Ika');
    const joko = await join('Joko', visitorId(), ika);
    const id = await say(ika, 'pesan yang melanggar');
    await waitFor(() => joko.got.chat.some((l) => l.id === id), 3000, 'Joko sees it');
    const other = await join('Kiki'); // another shard: the line was never sent there, the delete is
    // (Ika and Joko fill theirs.)
    expect(other.room.roomId).not.toBe(ika.room.roomId);

    expect((await moderate(`/chat/${id}`, 'DELETE', { reason: 'ujaran kebencian' })).status).toBe(204);
    for (const v of [ika, joko, other])
      await waitFor(() => v.got.chatDeleted.some((d) => d.id === id), 3000, 'chatDeleted everywhere');
    const newcomer = await join('Lina');
    await waitFor(() => newcomer.got.chatHistory.length > 0, 3000, 'history');
    expect(newcomer.got.chatHistory[0]?.map((l) => l.id)).not.toContain(id);
    const listed = (await (await moderate('/chat', 'GET')).json()) as { lines: Array<{ id: number }> };
    expect(listed.lines.map((l) => l.id)).not.toContain(id);
    expect((await moderate(`/chat/${id}`, 'DELETE')).status).toBe(404);
    expect((await audit()).find((e) => e.action === 'city.deleteMessage')?.detail).toMatchObject({
      id,
      text: 'pesan yang melanggar',
      reason: 'ujaran kebencian',
    });
    for (const v of [ika, joko, other, newcomer]) await v.room.leave();
  });

  it('refuses moderator endpoints to residents and other staff (audited), and to no token', async () => {
    const staffToken = await createUser('staf-setda', 'staff');
    const hostToken = await createUser('tuan-rumah', 'host');
    const target = await join('Maya');
    const ban = { kind: 'ban', sessionId: target.room.sessionId, minutes: 10, reason: '' };
    expect((await api('POST', '/api/moderation/city/actions', undefined, ban)).status).toBe(401);
    for (const token of [staffToken, hostToken]) {
      expect((await api('POST', '/api/moderation/city/actions', token, ban)).status).toBe(403);
      expect((await api('GET', '/api/moderation/city/reports', token)).status).toBe(403);
      expect((await api('DELETE', '/api/moderation/city/chat/1', token)).status).toBe(403);
    }
    expect((await city.app.store.moderation.activeSanctions(Date.now())).some((s) => s.name === 'Maya')).toBe(
      false,
    );
    expect(target.leftWith).toBeUndefined();
    expect(
      (await audit()).filter((e) => e.action === 'city.moderation-denied').length,
    ).toBeGreaterThanOrEqual(6);
    // Bad bodies are 400 with the field, unknown visitors 404.
    expect((await moderate('/actions', 'POST', { ...ban, minutes: 0 })).status).toBe(400);
    expect((await moderate('/actions', 'POST', { ...ban, sessionId: 'zzzzzzzz' })).status).toBe(404);
    expect((await moderate('/chat/abc', 'DELETE')).status).toBe(400);
    const malformed = await fetch(`${city.baseUrl}/api/moderation/city/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${modToken}` },
      body: '{bad',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ field: 'body' });
    await target.room.leave();
  });

  it('stores residents’ reports, limited per reporter; hostile report payloads change nothing', async () => {
    const nina = await join('Nina');
    const oki = await join('Oki', visitorId(), nina);
    const line = await say(oki, 'kata kasar');
    await waitFor(() => nina.got.chat.some((l) => l.id === line), 3000, 'Nina sees it');
    const room = city.roomOf(nina.room);
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
    expect(await city.app.store.moderation.reports({ open: false, limit: 100 })).toEqual([]);
    expect(nina.leftWith).toBeUndefined();

    const reports = () => city.app.store.moderation.reports({ open: true, limit: 100 });
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

    const listed = (await (await moderate('/reports', 'GET')).json()) as { reports: Array<{ id: number }> };
    const id = listed.reports[0]?.id ?? 0;
    expect((await moderate(`/reports/${id}/resolve`)).status).toBe(204);
    expect((await moderate(`/reports/${id}/resolve`)).status).toBe(404);
    expect(await reports()).toEqual([]);
    for (const v of [nina, oki]) await v.room.leave();
  });
});
