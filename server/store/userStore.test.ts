// The user and settings stores on SQLite and, when reachable (always in CI), PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testDatabases.ts';
import { openStore } from './store.ts';
import { DuplicateUserError } from './userStore.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const newUser = (username: string) => ({
  username,
  passwordHash: `scrypt$hash-of-${username}`,
  role: 'host' as const,
  organisationId: null,
  createdAt: 1_700_000_000_000,
});

describe.each(databases)('user store on $name', ({ options }) => {
  it('creates, finds and lists users, refusing duplicate usernames', async () => {
    const store = await openStore(options);
    const ana = await store.users.create(newUser('ana'));
    expect(ana).toEqual({
      id: expect.any(Number),
      ...newUser('ana'),
      disabledAt: null,
      mustChangePassword: false,
    });
    await store.users.create(newUser('budi'));
    await expect(store.users.create(newUser('ana'))).rejects.toBeInstanceOf(DuplicateUserError);
    expect(await store.users.byUsername('ana')).toEqual(ana);
    expect(await store.users.byId(ana.id)).toEqual(ana);
    expect(await store.users.byUsername('nobody')).toBeUndefined();
    expect((await store.users.list()).map((u) => u.username)).toEqual(['ana', 'budi']);
    await store.close();
  });

  it('resets passwords, disables, enables and deletes accounts across reopening', async () => {
    const first = await openStore(options);
    const { id } = await first.users.create({ ...newUser('citra'), mustChangePassword: true });
    expect(await first.users.byId(id)).toMatchObject({ mustChangePassword: true, disabledAt: null });
    expect(await first.users.setDisabled(id, 1_700_000_900_000)).toBe(true);
    expect(await first.users.setDisabled(9999, 1)).toBe(false);
    await first.close();
    const second = await openStore(options);
    expect(await second.users.byId(id)).toMatchObject({ disabledAt: 1_700_000_900_000 });
    await second.users.setDisabled(id, null);
    await second.users.setPassword(id, 'scrypt$new');
    expect(await second.users.byId(id)).toMatchObject({
      passwordHash: 'scrypt$new',
      mustChangePassword: false,
      disabledAt: null,
    });
    await second.users.setPassword(id, 'scrypt$reset', true);
    expect(await second.users.byId(id)).toMatchObject({ mustChangePassword: true });
    await second.users.startSession(id, 1, 0);
    expect(await second.users.remove(id)).toBe(true);
    expect(await second.users.byId(id)).toBeUndefined();
    expect(await second.users.remove(id)).toBe(false);
    await second.close();
  });

  it('rotates sign-in sessions once per generation, ends them, and forgets old ones', async () => {
    const store = await openStore(options);
    const { id } = await store.users.create(newUser('dewi'));
    const s = await store.users.startSession(id, 1000, 0);
    expect(await store.users.session(s.id)).toEqual({ ...s, generation: 0, endedAt: null });
    const twice = await Promise.all([store.users.rotateSession(s.id, 0), store.users.rotateSession(s.id, 0)]);
    expect(twice.sort()).toEqual([false, true]);
    expect(await store.users.session(s.id)).toMatchObject({ generation: 1 });
    const other = await store.users.startSession(id, 2000, 0);
    await store.users.endSession(s.id, 3000);
    expect(await store.users.session(s.id)).toMatchObject({ endedAt: 3000 });
    expect(await store.users.rotateSession(s.id, 1)).toBe(false);
    await store.users.endSessions(id, 4000);
    expect(await store.users.session(other.id)).toMatchObject({ endedAt: 4000 });
    const third = await store.users.startSession(id, 5000, 0);
    await store.users.endSessions(null, 6000);
    expect(await store.users.session(third.id)).toMatchObject({ endedAt: 6000 });
    await store.users.startSession(id, 10_000, 2500);
    expect(await store.users.session(s.id)).toBeUndefined();
    expect(await store.users.session(third.id)).toBeDefined();
    await store.close();
  });

  it('keeps the first stored setting until it is replaced', async () => {
    const store = await openStore(options);
    expect(await store.settings.getOrInit('auth_secret', () => 'first')).toBe('first');
    expect(await store.settings.getOrInit('auth_secret', () => 'second')).toBe('first');
    await store.settings.set('auth_secret', 'rotated');
    expect(await store.settings.getOrInit('auth_secret', () => 'third')).toBe('rotated');
    await store.close();
  });
});
