// User accounts (staff console, hosts, moderators, admins) and the failed-login counter behind the
// lock-out. Password hashes only, never passwords. Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import { isRole, type Role } from '../../shared/accounts.ts';
import type { Tables } from '../db/tables.ts';

export type User = {
  id: number;
  username: string;
  passwordHash: string;
  role: Role;
  organisationId: string | null;
  failedLogins: number;
  /** Epoch ms until which logins are refused, or null. */
  lockedUntil: number | null;
  createdAt: number;
};

export type NewUser = Pick<User, 'username' | 'passwordHash' | 'role' | 'organisationId' | 'createdAt'>;

export type UserStore = {
  /** Creates a user; throws DuplicateUserError when the username is taken. */
  create(user: NewUser): Promise<User>;
  byUsername(username: string): Promise<User | undefined>;
  byId(id: number): Promise<User | undefined>;
  /** Every user, by username. */
  list(): Promise<User[]>;
  /** Sets a new password hash and clears failures and any lock. */
  setPassword(id: number, passwordHash: string): Promise<void>;
  /**
   * Counts one failed login, atomically; when the count reaches `maxFailures` the account is locked
   * until `lockUntil`. Returns the new count and lock.
   */
  recordFailure(
    id: number,
    maxFailures: number,
    lockUntil: number,
  ): Promise<{ failedLogins: number; lockedUntil: number | null }>;
  /** Clears the failure counter and the lock (after a successful login or an expired lock). */
  clearFailures(id: number): Promise<void>;
};

export class DuplicateUserError extends Error {
  override name = 'DuplicateUserError';
}

type Row = Selectable<Tables['users']>;

function toUser(r: Row): User {
  if (!isRole(r.role)) throw new Error(`user ${r.username} has an unknown role ${r.role}`);
  return {
    id: Number(r.id),
    username: r.username,
    passwordHash: r.password_hash,
    role: r.role,
    organisationId: r.organisation_id,
    failedLogins: Number(r.failed_logins),
    lockedUntil: r.locked_until === null ? null : Number(r.locked_until),
    createdAt: Number(r.created_at),
  };
}

export function userStore(db: Kysely<Tables>, ensureOpen: () => void): UserStore {
  const select = () => db.selectFrom('users').selectAll();
  const self: UserStore = {
    async create(user) {
      ensureOpen();
      if (await self.byUsername(user.username)) throw new DuplicateUserError(`user ${user.username} exists`);
      try {
        const row = await db
          .insertInto('users')
          .values({
            username: user.username,
            password_hash: user.passwordHash,
            role: user.role,
            organisation_id: user.organisationId,
            failed_logins: 0,
            locked_until: null,
            created_at: user.createdAt,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toUser(row);
      } catch (e) {
        // A concurrent create of the same name loses on the unique index.
        if (await self.byUsername(user.username))
          throw new DuplicateUserError(`user ${user.username} exists`);
        throw e;
      }
    },
    async byUsername(username) {
      ensureOpen();
      const row = await select().where('username', '=', username).executeTakeFirst();
      return row && toUser(row);
    },
    async byId(id) {
      ensureOpen();
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async list() {
      ensureOpen();
      return (await select().orderBy('username').execute()).map(toUser);
    },
    async setPassword(id, passwordHash) {
      ensureOpen();
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
        .where('id', '=', id)
        .execute();
    },
    async recordFailure(id, maxFailures, lockUntil) {
      ensureOpen();
      const row = await db
        .updateTable('users')
        .set((eb) => ({
          failed_logins: eb('failed_logins', '+', 1),
          locked_until: eb
            .case()
            .when('failed_logins', '>=', maxFailures - 1)
            .then(lockUntil)
            .else(eb.ref('locked_until'))
            .end(),
        }))
        .where('id', '=', id)
        .returning(['failed_logins', 'locked_until'])
        .executeTakeFirstOrThrow();
      const lockedUntil = row.locked_until === null ? null : Number(row.locked_until);
      return { failedLogins: Number(row.failed_logins), lockedUntil };
    },
    async clearFailures(id) {
      ensureOpen();
      await db
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', id)
        .execute();
    },
  };
  return self;
}
