// Joining a public session: who gets in, as whom, and what they are told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.ts';
import { tempDir } from '../testing.ts';
import { startTestHall, type TestHall } from '../testingHall.ts';

const dir = tempDir();
let hall: TestHall;

beforeAll(async () => {
  hall = await startTestHall(dir.path);
  await hall.createUser('walikota', 'host', 'setda');
  await hall.createUser('bapenda', 'host', 'bapenda');
  await hall.createUser('moderator', 'moderator');
  await hall.createUser('admin', 'admin');
  await hall.createUser('pegawai', 'staff', 'setda');
});
afterAll(async () => {
  await hall.stop();
  dir.remove();
});

describe('joining a session', () => {
  it('seats a resident, registers them once and sends history and their view', async () => {
    const s = await hall.schedule('walikota');
    const a = await hall.join(s.id, '  Andi\u200b Daeng ');
    const me = a.room.state.players.get(a.room.sessionId);
    expect(me?.name).toBe('Andi Daeng');
    expect(a.room.state.info.title).toBe('Musrenbang Kecamatan Tamalate');
    expect(a.room.state.info.phase).toBe('scheduled');
    expect(a.got.chatHistory).toEqual([[]]);
    const you = a.got.you.at(-1);
    expect(you).toMatchObject({ role: 'resident', speaker: false, hand: null });
    expect(you?.handle).toMatch(/^[a-z0-9]{10}$/);
    expect(a.got.staff).toEqual([]);
    const hub = hall.roomOf(a.room).hub;
    expect(Object.keys(hub.model.attendees)).toEqual([`guest:${a.visitorId}`]);
    // The same browser again (a rejoin) is the same attendee with the same handle.
    await a.room.leave(true);
    const again = await hall.join(s.id, 'Andi Daeng', { visitorId: a.visitorId });
    expect(again.got.you.at(-1)?.handle).toBe(you?.handle);
    expect(Object.keys(hall.roomOf(again.room).hub.model.attendees)).toHaveLength(1);
  });

  it('gives the role from the login token: host, moderator, admin; others are residents', async () => {
    const s = await hall.schedule('walikota');
    const roles: Record<string, string> = {
      walikota: 'host',
      bapenda: 'resident',
      moderator: 'moderator',
      admin: 'admin',
      pegawai: 'resident',
    };
    for (const [user, role] of Object.entries(roles)) {
      const a = await hall.join(s.id, `Pak ${user}`, { token: await hall.tokenOf(user) });
      expect(a.got.you.at(-1)?.role).toBe(role);
      expect(a.got.staff.length > 0).toBe(role !== 'resident');
    }
    const host = hall.roomOf((await hall.join(s.id, 'Tamu')).room).hub.model.attendees;
    expect(Object.keys(host).filter((k) => k.startsWith('user:'))).toHaveLength(5);
  });

  it('refuses unknown and ended sessions and bad options', async () => {
    await expect(hall.join('tidakada', 'Andi')).rejects.toMatchObject({ code: 404, message: 'no-session' });
    const s = await hall.schedule('walikota');
    await hall.city.app.store.sessions.setPhase(s.id, 'ended');
    await expect(hall.join(s.id, 'Andi')).rejects.toMatchObject({ code: 409, message: 'ended' });
    const open = await hall.schedule('walikota');
    await expect(hall.join(open.id, 'x')).rejects.toMatchObject({ code: 400, message: 'name-length' });
    await expect(hall.join(open.id, 'Andi', { visitorId: 'short' })).rejects.toMatchObject({
      code: 400,
      message: 'bad-options',
    });
  });

  it('asks for the invite code of an invite-only session, except from its officials', async () => {
    const s = await hall.schedule('walikota', { visibility: 'invite', inviteCode: 'rahasia-123' });
    await expect(hall.join(s.id, 'Andi')).rejects.toMatchObject({ code: 403, message: 'invite' });
    await expect(hall.join(s.id, 'Andi', { invite: 'salah-123' })).rejects.toMatchObject({
      code: 403,
      message: 'invite',
    });
    const a = await hall.join(s.id, 'Andi', { invite: 'rahasia-123' });
    expect(a.got.you.at(-1)?.role).toBe('resident');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    expect(host.got.you.at(-1)?.role).toBe('host');
  });

  it('refuses a staff join from a foreign Origin; its own origin, CORS_ORIGINS and guests pass', async () => {
    const s = await hall.schedule('walikota');
    const token = await hall.tokenOf('walikota');
    for (const origin of ['https://jahat.example', 'null', 'http://127.0.0.1.jahat.example']) {
      await expect(hall.join(s.id, 'Pak Wali', { token, origin })).rejects.toMatchObject({
        code: 403,
        message: 'origin',
      });
    }
    for (const origin of [hall.city.baseUrl, 'http://localhost:5173']) {
      const host = await hall.join(s.id, 'Pak Wali', { token, origin });
      expect(host.got.you.at(-1)?.role).toBe('host');
      await host.room.leave(true);
    }
    const guest = await hall.join(s.id, 'Andi', { origin: 'https://jahat.example' });
    expect(guest.got.you.at(-1)?.role).toBe('resident');
  });

  it('refuses a bad token and the token of a disabled, changed or one-time-password account', async () => {
    const s = await hall.schedule('walikota');
    await expect(hall.join(s.id, 'Andi', { token: 'not.a-token' })).rejects.toMatchObject({
      code: 401,
      message: 'auth',
    });
    await hall.createUser('mod2', 'moderator');
    const token = await hall.tokenOf('mod2');
    const users = hall.city.app.store.users;
    const mod2 = await users.byUsername('mod2');
    if (!mod2) throw new Error('mod2 missing');
    await users.setDisabled(mod2.id, Date.now());
    await expect(hall.join(s.id, 'Moderator', { token })).rejects.toMatchObject({
      code: 401,
      message: 'auth',
    });
    await users.setDisabled(mod2.id, null);
    expect((await hall.join(s.id, 'Moderator', { token })).got.you.at(-1)?.role).toBe('moderator');
    // Marked as a one-time password (same hash): refused until it is changed.
    await users.setPassword(mod2.id, mod2.passwordHash, true);
    await expect(hall.join(s.id, 'Moderator', { token })).rejects.toMatchObject({
      code: 401,
      message: 'auth',
    });
    await users.setPassword(mod2.id, await hashPassword('kata-sandi-baru-panjang'));
    await expect(hall.join(s.id, 'Moderator', { token })).rejects.toMatchObject({
      code: 401,
      message: 'auth',
    });
  });

  it('joins a session scheduled over HTTP, through the link id', async () => {
    const token = await hall.tokenOf('walikota');
    const now = Date.now();
    const res = await fetch(`${hall.city.baseUrl}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: 'Rakorsus Wali Kota',
        organiser: 'setda',
        startsAt: now + 60_000,
        endsAt: now + 7_200_000,
        agenda: ['Laporan OPD'],
      }),
    });
    expect(res.status).toBe(201);
    const { id, link } = (await res.json()) as { id: string; link: string };
    expect(link).toBe(`/?session=${id}`);
    const host = await hall.join(id, 'Pak Wali', { token });
    const a = await hall.join(id, 'Andi');
    expect(host.got.you.at(-1)?.role).toBe('host');
    expect(a.room.state.info.title).toBe('Rakorsus Wali Kota');
  });
});
