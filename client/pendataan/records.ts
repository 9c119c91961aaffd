// How the phone's records change (client only, pure): sync results and the server's review states
// folded into local records, and the counts the sync bar shows ("3 terkirim, 2 menunggu").
import type { RecordState, SyncResult } from '../../shared/pendataan/api.ts';
import type { Answers } from '../../shared/pendataan/submission.ts';
import type { LocalRecord, LocalState } from './localDb.ts';

/** Records changed by a sync answer: sent (stored, resubmitted or already held) or refused. */
export function applyResults(
  records: readonly LocalRecord[],
  results: readonly SyncResult[],
  nowMs: number,
): LocalRecord[] {
  const byId = new Map(records.map((r) => [r.clientId, r]));
  return results.flatMap((res): LocalRecord[] => {
    const r = byId.get(res.clientId);
    if (!r) return [];
    return res.outcome === 'refused'
      ? [{ ...r, state: 'refused', note: res.reason, errors: res.errors ?? [], updatedAt: nowMs }]
      : [{ ...r, state: 'sent', note: null, errors: [], updatedAt: nowMs }];
  });
}

/**
 * Records changed by the server's review states: a record returned for correction comes back as
 * `returned` with the comment (recreated from what was sent when the phone no longer has it).
 */
export function applyReviews(
  records: readonly LocalRecord[],
  states: readonly RecordState[],
  nowMs: number,
): LocalRecord[] {
  const byId = new Map(records.map((r) => [r.clientId, r]));
  return states.flatMap((s): LocalRecord[] => {
    if (s.status !== 'returned') return [];
    const r = byId.get(s.clientId);
    if (r && (r.state !== 'sent' || r.revision !== s.revision)) return [];
    if (r) return [{ ...r, state: 'returned', note: s.comment, updatedAt: nowMs }];
    if (!s.returned) return [];
    return [
      {
        clientId: s.clientId,
        ...s.returned,
        answers: s.returned.answers as Answers,
        practice: s.practice,
        revision: s.revision,
        state: 'returned',
        note: s.comment,
        errors: [],
        createdAt: nowMs,
        updatedAt: nowMs,
      },
    ];
  });
}

export function countStates(records: readonly LocalRecord[]): Record<LocalState, number> {
  const counts: Record<LocalState, number> = { draft: 0, outbox: 0, sent: 0, returned: 0, refused: 0 };
  for (const r of records) counts[r.state]++;
  return counts;
}

/** Replaces records by client id, keeping the others; newest first. */
export function mergeRecords(
  records: readonly LocalRecord[],
  changed: readonly LocalRecord[],
): LocalRecord[] {
  const byId = new Map(records.map((r) => [r.clientId, r]));
  for (const c of changed) byId.set(c.clientId, c);
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt);
}
