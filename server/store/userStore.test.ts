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
    expect(ana).toEqual({ id: expect.any(Number), ...newUser('ana'), failedLogins: 0, lockedUntil: null });
    await store.users.create(newUser('budi'));
    await expect(store.users.create(newUser('ana'))).rejects.toBeInstanceOf(DuplicateUserError);
    expect(await store.users.byUsername('ana')).toEqual(ana);
    expect(await store.users.byId(ana.id)).toEqual(ana);
    expect(await store.users.byUsername('nobody')).toBeUndefined();
    expect((await store.users.list()).map((u) => u.username)).toEqual(['ana', 'budi']);
    await store.close();
  });

  it('counts failures, locks, clears, and resets passwords across reopening', async () => {
    const first = await openStore(options);
    const { id } = await first.users.create(newUser('citra'));
    expect(await first.users.recordFailure(id, 3, 1_700_000_900_000)).toEqual({
      failedLogins: 1,
      lockedUntil: null,
    });
    expect(await first.users.recordFailure(id, 3, 1_700_000_900_000)).toEqual({
      failedLogins: 2,
      lockedUntil: null,
    });
    const third = await first.users.recordFailure(id, 3, 1_700_000_900_000);
    expect(third).toEqual({ failedLogins: 3, lockedUntil: 1_700_000_900_000 });
    await first.close();
    const second = await openStore(options);
    expect(await second.users.byId(id)).toMatchObject({ failedLogins: 3, lockedUntil: 1_700_000_900_000 });
    await second.users.clearFailures(id);
    expect(await second.users.byId(id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
    await second.users.recordFailure(id, 1, 1);
    await second.users.setPassword(id, 'scrypt$new');
    expect(await second.users.byId(id)).toMatchObject({
      passwordHash: 'scrypt$new',
      failedLogins: 0,
      lockedUntil: null,
    });
    await second.close();
  });

  it('keeps the first stored setting', async () => {
    const store = await openStore(options);
    expect(await store.settings.getOrInit('auth_secret', () => 'first')).toBe('first');
    expect(await store.settings.getOrInit('auth_secret', () => 'second')).toBe('first');
    await store.close();
  });
});
