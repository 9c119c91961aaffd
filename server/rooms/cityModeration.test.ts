// City plaza moderation with real SDK clients on two shards (2 visitors each) and the staff API:
// bans disconnect and are refused on every shard (by visitor id or account), removals and mutes reach
// the visitor wherever they are, deleted lines leave history and every client. Every action is audited.
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { tempDir, waitFor, watch } from '../testing.ts';
import {
  type ModerationCity,
  startModerationCity,
  newCityVisitorId as visitorId,
} from '../testingModeration.ts';

const dir = tempDir();
let m: ModerationCity;

beforeAll(async () => {
  m = await startModerationCity(`${dir.path}/moderation.sqlite`);
});
afterAll(async () => {
  await m.city.stop();
  dir.remove();
});

describe('city moderation', () => {
  it('bans: disconnects the visitor, refuses them on any shard by visitor id, audits, lifts', async () => {
    const andi = await m.join('Andi');
    const besse = await m.join('Besse');
    const cici = await m.join('Cici');
    expect(besse.room.roomId).toBe(andi.room.roomId);
    expect(cici.room.roomId).not.toBe(andi.room.roomId);

    const res = await m.moderate('/actions', 'POST', {
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
    await expect(m.city.colyseus.sdk.joinById(cici.room.roomId, options)).rejects.toMatchObject({
      code: 403,
      message: 'banned',
    });
    await expect(m.city.colyseus.sdk.joinOrCreate('city', options)).rejects.toMatchObject({ code: 403 });

    const entry = (await m.audit()).find((e) => e.action === 'city.ban');
    expect(entry).toMatchObject({
      actor: 'staff:moderator',
      target: 'city',
      detail: { sessionId: besse.room.sessionId, name: 'Besse', reason: 'menghina warga', minutes: 30 },
    });

    const listed = (await (await m.moderate('/sanctions', 'GET')).json()) as {
      sanctions: Array<{ id: number }>;
    };
    expect(listed.sanctions.map((s) => s.id)).toContain(sanction.id);
    expect((await m.moderate(`/sanctions/${sanction.id}`, 'DELETE')).status).toBe(204);
    expect((await m.moderate(`/sanctions/${sanction.id}`, 'DELETE')).status).toBe(404);
    const back = await m.join('Besse Lagi', besse.visitorId, cici);
    expect((await m.audit()).some((e) => e.action === 'city.unban')).toBe(true);
    for (const v of [andi, cici, back]) await v.room.leave();
  });

  it('bans a signed-in official by account: refused with another visitor id too', async () => {
    const token = await m.createUser('petugas-kota', 'staff');
    const options = (id: string) => ({
      name: 'Petugas',
      color: '#3366cc',
      protocol: PROTOCOL_VERSION,
      visitorId: id,
    });
    const signedIn = new Client(m.city.baseUrl);
    signedIn.auth.token = token;
    const official = watch(await signedIn.joinOrCreate('city', options(visitorId())));
    await waitFor(() => official.room.state.players?.has(official.room.sessionId) === true, 3000, 'in');
    const ban = { kind: 'ban', sessionId: official.room.sessionId, minutes: 10, reason: '' };
    expect((await m.moderate('/actions', 'POST', ban)).status).toBe(200);
    await waitFor(() => official.leftWith === CLOSE_CODES.banned, 3000, 'kicked');
    await expect(signedIn.joinOrCreate('city', options(visitorId()))).rejects.toMatchObject({
      code: 403,
      message: 'banned',
    });
    // The token is never kept with the visit.
    const visit = await m.city.app.store.moderation.visit(official.room.sessionId);
    expect(JSON.stringify(visit)).not.toContain(token);
    expect(visit?.keys[0]).toMatch(/^account:\d+$/);
  });

  it('kicks across shards without a ban: removed, and may join again', async () => {
    const a = await m.join('Daeng');
    const b = await m.join('Erni');
    const c = await m.join('Fajar');
    expect(c.room.roomId).not.toBe(a.room.roomId);
    expect(
      (await m.moderate('/actions', 'POST', { kind: 'kick', sessionId: c.room.sessionId, reason: '' }))
        .status,
    ).toBe(200);
    await waitFor(() => c.leftWith !== undefined, 3000, 'removed');
    expect(c.leftWith).toBe(CLOSE_CODES.removed);
    expect(c.got.moderation.at(-1)).toEqual({ kind: 'removed' });
    const again = await m.join('Fajar', c.visitorId);
    expect(again.room.state.players.has(again.room.sessionId)).toBe(true);
    expect((await m.audit()).find((e) => e.action === 'city.kick')?.detail).toMatchObject({
      name: 'Fajar',
    });
    for (const v of [a, b, again]) await v.room.leave();
  });

  it('mutes: the visitor is told, their chat is refused, and the mute holds when they rejoin', async () => {
    const gita = await m.join('Gita');
    const hasan = await m.join('Hasan', visitorId(), gita);
    const res = await m.moderate('/actions', 'POST', {
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
    await m.say(hasan, 'halo');
    expect(hasan.got.chat.map((l) => l.text)).not.toContain('beli pulsa murah');
    expect((await m.city.app.store.recentChat('plaza', 50)).map((l) => l.text)).not.toContain(
      'beli pulsa murah',
    );
    expect((await m.audit()).find((e) => e.action === 'city.mute')?.detail).toMatchObject({ minutes: 5 });

    await gita.room.leave();
    const again = await m.join('Gita', gita.visitorId);
    await waitFor(() => again.got.moderation.length > 0, 3000, 'told again');
    expect(again.got.moderation[0]).toMatchObject({ kind: 'muted' });
    again.room.send('chat', { text: 'masih bisa?', channel: 'plaza' });
    await waitFor(() => again.got.notice.some((n) => n.code === 'chat-muted'), 3000, 'still muted');
    await again.room.leave();
    await hasan.room.leave();
  });

  it('deletes a chat line from every connected client and from the history of newcomers', async () => {
    const ika = await m.join('Ika');
    const joko = await m.join('Joko', visitorId(), ika);
    const id = await m.say(ika, 'pesan yang melanggar');
    await waitFor(() => joko.got.chat.some((l) => l.id === id), 3000, 'Joko sees it');
    const other = await m.join('Kiki'); // another shard: the line was never sent there, the delete is
    // (Ika and Joko fill theirs.)
    expect(other.room.roomId).not.toBe(ika.room.roomId);

    expect((await m.moderate(`/chat/${id}`, 'DELETE', { reason: 'ujaran kebencian' })).status).toBe(204);
    for (const v of [ika, joko, other])
      await waitFor(() => v.got.chatDeleted.some((d) => d.id === id), 3000, 'chatDeleted everywhere');
    const newcomer = await m.join('Lina');
    await waitFor(() => newcomer.got.chatHistory.length > 0, 3000, 'history');
    expect(newcomer.got.chatHistory[0]?.map((l) => l.id)).not.toContain(id);
    const listed = (await (await m.moderate('/chat', 'GET')).json()) as { lines: Array<{ id: number }> };
    expect(listed.lines.map((l) => l.id)).not.toContain(id);
    expect((await m.moderate(`/chat/${id}`, 'DELETE')).status).toBe(404);
    expect((await m.audit()).find((e) => e.action === 'city.deleteMessage')?.detail).toMatchObject({
      id,
      text: 'pesan yang melanggar',
      reason: 'ujaran kebencian',
    });
    for (const v of [ika, joko, other, newcomer]) await v.room.leave();
  });
});
