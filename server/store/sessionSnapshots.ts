// Snapshots of a session's reduced model and the retention of its event log (part of the session
// store). A snapshot is the model after event `seq` plus the hub's open/end times, so a restarted hub
// replays the newest snapshot and the events after it: the replay cost stays flat however long the
// log grows. Events older than the retention that a snapshot covers may then be deleted; the
// snapshot's own event is always kept, so the next seq never restarts. Runs on the server.
import type { Kysely } from 'kysely';
import type { SessionModel } from '../../shared/session/model.ts';
import type { Tables } from '../db/tables.ts';

export type SessionSnapshot = {
  /** The model after event `seq` (model.seq === seq). */
  model: SessionModel;
  openedAt: number | null;
  endedAt: number | null;
};

export type SessionSnapshots = {
  /** The newest snapshot of the session, or undefined. */
  snapshot(sessionId: string): Promise<SessionSnapshot | undefined>;
  /** Stores a snapshot; keeps the newest SNAPSHOTS_KEPT per session. */
  saveSnapshot(sessionId: string, snapshot: SessionSnapshot, nowMs: number): Promise<void>;
  /**
   * Deletes events stored before `beforeMs` whose seq is below the session's newest snapshot (never
   * one a replay still needs); the number deleted.
   */
  pruneEvents(beforeMs: number): Promise<number>;
};

/** Older snapshots are deleted when a newer one is stored. */
const SNAPSHOTS_KEPT = 2;

export function sessionSnapshots(db: Kysely<Tables>, ensureOpen: () => void): SessionSnapshots {
  return {
    async snapshot(sessionId) {
      ensureOpen();
      const row = await db
        .selectFrom('session_snapshots')
        .select('snapshot')
        .where('session_id', '=', sessionId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && (JSON.parse(row.snapshot) as SessionSnapshot);
    },
    async saveSnapshot(sessionId, snapshot, nowMs) {
      ensureOpen();
      const seq = snapshot.model.seq;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('session_snapshots')
          .values({ session_id: sessionId, seq, at: nowMs, snapshot: JSON.stringify(snapshot) })
          .onConflict((oc) => oc.columns(['session_id', 'seq']).doNothing())
          .execute();
        const kept = await trx
          .selectFrom('session_snapshots')
          .select('seq')
          .where('session_id', '=', sessionId)
          .orderBy('seq', 'desc')
          .offset(SNAPSHOTS_KEPT - 1)
          .limit(1)
          .executeTakeFirst();
        if (kept)
          await trx
            .deleteFrom('session_snapshots')
            .where('session_id', '=', sessionId)
            .where('seq', '<', kept.seq)
            .execute();
      });
    },
    async pruneEvents(beforeMs) {
      ensureOpen();
      const newest = await db
        .selectFrom('session_snapshots')
        .select(['session_id', (eb) => eb.fn.max('seq').as('seq')])
        .groupBy('session_id')
        .execute();
      let deleted = 0;
      for (const { session_id, seq } of newest) {
        const r = await db
          .deleteFrom('session_events')
          .where('session_id', '=', session_id)
          .where('seq', '<', Number(seq))
          .where('at', '<', beforeMs)
          .executeTakeFirst();
        deleted += Number(r.numDeletedRows);
      }
      return deleted;
    },
  };
}
