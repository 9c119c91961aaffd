// Snapshots of a session hub's model. Restoring: the newest snapshot (sessionSnapshots.ts) plus the
// events after it, or a full replay when there is none — both give the same model, and the hub's open
// and end times, which the snapshot carries. Keeping: a failed snapshot is only logged (the event log
// stays the truth). Runs on the server.
import type { SessionModel } from '../../shared/session/model.ts';
import { replay, resume } from '../../shared/session/reduce.ts';
import { log } from '../log.ts';
import type { SessionRow, SessionSnapshot, SessionStore } from '../store/sessionStore.ts';

/** Stores `snap` of the session; false when that failed (logged). */
export async function keepSnapshot(
  sessions: Pick<SessionStore, 'saveSnapshot'>,
  sessionId: string,
  snap: SessionSnapshot,
  nowMs: number,
): Promise<boolean> {
  try {
    await sessions.saveSnapshot(sessionId, snap, nowMs);
    return true;
  } catch (error) {
    log.error('session-snapshot-failed', { session: sessionId, seq: snap.model.seq, error });
    return false;
  }
}

export type Restored = SessionSnapshot & { snapshotSeq: number };

export async function restore(
  sessions: Pick<SessionStore, 'snapshot' | 'events'>,
  row: SessionRow,
): Promise<Restored> {
  const snap = await sessions.snapshot(row.id);
  const tail = await sessions.events(row.id, snap?.model.seq ?? 0);
  const model: SessionModel = snap
    ? resume(snap.model, tail)
    : replay(tail, row.phase === 'ended' ? 'ended' : 'scheduled');
  return {
    model,
    snapshotSeq: snap?.model.seq ?? 0,
    openedAt: tail.findLast((e) => e.act.do === 'open')?.at ?? snap?.openedAt ?? null,
    endedAt: tail.findLast((e) => e.act.do === 'end')?.at ?? snap?.endedAt ?? null,
  };
}
