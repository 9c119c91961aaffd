// User accounts (staff console, hosts, moderators, admins): password hashes only, never passwords;
// whether the account is disabled and whether its password must be changed at the next sign-in.
// Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import { isRole, type Role } from '../../shared/accounts.ts';
import type { Tables } from '../db/tables.ts';
import { type AuthSessionStore, authSessionStore } from './authSessionStore.ts';

export type User = {
  id: number;
  username: string;
  passwordHash: string;
  role: Role;
  organisationId: string | null;
  /** Epoch ms the account was disabled (it cannot sign in, its tokens are refused), or null. */
  disabledAt: number | null;
  /** True while the password is a one-time password that must be replaced before anything else. */
  mustChangePassword: boolean;
  createdAt: number;
};

export type NewUser = Pick<User, 'username' | 'passwordHash' | 'role' | 'organisationId' | 'createdAt'> & {
  /** Default false; the admin CLI sets it for the one-time passwords it prints. */
  mustChangePassword?: boolean;
};

/** Accounts and their sign-in sessions (authSessionStore.ts). */
export type UserStore = AuthSessionStore & {
  /** Creates a user; throws DuplicateUserError when the username is taken. */
  create(user: NewUser): Promise<User>;
  byUsername(username: string): Promise<User | undefined>;
  byId(id: number): Promise<User | undefined>;
  /** Every user, by username. */
  list(): Promise<User[]>;
  /** Sets a new password hash; `mustChange` marks it one-time (a reset) or chosen by the user. */
  setPassword(id: number, passwordHash: string, mustChange?: boolean): Promise<void>;
  /** Disables (epoch ms) or enables (null) the account; false when no such user. */
  setDisabled(id: number, disabledAt: number | null): Promise<boolean>;
  /** Deletes the account and its sign-in sessions; false when no such user. */
  remove(id: number): Promise<boolean>;
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
    disabledAt: r.disabled_at === null ? null : Number(r.disabled_at),
    mustChangePassword: Number(r.must_change_password) === 1,
    createdAt: Number(r.created_at),
  };
}

export function userStore(db: Kysely<Tables>, ensureOpen: () => void): UserStore {
  const select = () => db.selectFrom('users').selectAll();
  const self: UserStore = {
    ...authSessionStore(db, ensureOpen),
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
            created_at: user.createdAt,
            must_change_password: user.mustChangePassword ? 1 : 0,
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
    async setPassword(id, passwordHash, mustChange = false) {
      ensureOpen();
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
        .where('id', '=', id)
        .execute();
    },
    async setDisabled(id, disabledAt) {
      ensureOpen();
      const r = await db
        .updateTable('users')
        .set({ disabled_at: disabledAt })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async remove(id) {
      ensureOpen();
      return db.transaction().execute(async (tx) => {
        await tx.deleteFrom('auth_sessions').where('user_id', '=', id).execute();
        const r = await tx.deleteFrom('users').where('id', '=', id).executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      });
    },
  };
  return self;
}
