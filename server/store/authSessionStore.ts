// Sign-in sessions behind the tokens (part of the user store): each sign-in is a row; a token names
// its row and generation. Refreshing rotates the generation (compare-and-set, so of two refreshes of
// one token only one wins and the old token stops working); sign-out, disabling the account and
// rotating the signing secret end rows. Durable and shared by every process. Runs on the server.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

export type AuthSession = {
  id: string;
  userId: number;
  generation: number;
  /** Sign-in time, epoch ms: the absolute session maximum counts from here. */
  startedAt: number;
  endedAt: number | null;
};

export type AuthSessionStore = {
  /** A new sign-in at generation 0; rows that started before `forgetBefore` are deleted. */
  startSession(userId: number, nowMs: number, forgetBefore: number): Promise<AuthSession>;
  session(id: string): Promise<AuthSession | undefined>;
  /** Moves the session from `generation` to the next; false when it had moved already or ended. */
  rotateSession(id: string, generation: number): Promise<boolean>;
  /** Ends one session (sign-out). */
  endSession(id: string, nowMs: number): Promise<void>;
  /** Ends every session of one user, or of everyone when `userId` is null (secret rotation). */
  endSessions(userId: number | null, nowMs: number): Promise<void>;
};

export function authSessionStore(db: Kysely<Tables>, ensureOpen: () => void): AuthSessionStore {
  return {
    async startSession(userId, nowMs, forgetBefore) {
      ensureOpen();
      await db.deleteFrom('auth_sessions').where('started_at', '<', forgetBefore).execute();
      const row = {
        id: randomBytes(12).toString('base64url'),
        user_id: userId,
        generation: 0,
        started_at: nowMs,
      };
      await db.insertInto('auth_sessions').values(row).execute();
      return { id: row.id, userId, generation: 0, startedAt: nowMs, endedAt: null };
    },
    async session(id) {
      ensureOpen();
      const r = await db.selectFrom('auth_sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return (
        r && {
          id: r.id,
          userId: Number(r.user_id),
          generation: Number(r.generation),
          startedAt: Number(r.started_at),
          endedAt: r.ended_at === null ? null : Number(r.ended_at),
        }
      );
    },
    async rotateSession(id, generation) {
      ensureOpen();
      const r = await db
        .updateTable('auth_sessions')
        .set({ generation: generation + 1 })
        .where('id', '=', id)
        .where('generation', '=', generation)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async endSession(id, nowMs) {
      ensureOpen();
      await db
        .updateTable('auth_sessions')
        .set({ ended_at: nowMs })
        .where('id', '=', id)
        .where('ended_at', 'is', null)
        .execute();
    },
    async endSessions(userId, nowMs) {
      ensureOpen();
      let q = db.updateTable('auth_sessions').set({ ended_at: nowMs }).where('ended_at', 'is', null);
      if (userId !== null) q = q.where('user_id', '=', userId);
      await q.execute();
    },
  };
}
