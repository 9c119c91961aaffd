// How records are written, inside the caller's transaction: a new record is inserted, a resubmission
// of a returned one (a higher revision) replaces its answers, anything else already held is a
// duplicate (the client id makes every resend harmless); each new non-practice record adds one to its
// RT's count in the same transaction. Runs on the server.
import type { Transaction } from 'kysely';
import type { Tables } from '../db/tables.ts';
import type { NewSubmission, PutOutcome } from './submissionStore.ts';
import { bumpRtCounts } from './tallyStore.ts';

/** The row of a new record. */
const rowOf = (s: NewSubmission) => ({
  surveyor_id: s.surveyorId,
  client_id: s.clientId,
  campaign_id: s.campaignId,
  form_id: s.formId,
  organisation_id: s.organisationId,
  form_key: s.formKey,
  kelurahan_code: s.kelurahan,
  rw: s.rw,
  rt: s.rt,
  answers: JSON.stringify(s.answers),
  household_key: s.householdKey,
  practice: s.practice ? 1 : 0,
  status: 'submitted',
  revision: s.revision,
  submitted_at: s.submittedAt,
  received_at: s.receivedAt,
});

/** Stores one record inside a transaction: new, a resubmission of a returned one, or already held. */
async function putIn(
  trx: Transaction<Tables>,
  s: NewSubmission,
): Promise<{ outcome: PutOutcome; id: number }> {
  const held = await trx
    .selectFrom('pendataan_submissions')
    .select(['id', 'status', 'revision'])
    .where('surveyor_id', '=', s.surveyorId)
    .where('client_id', '=', s.clientId)
    .executeTakeFirst();
  if (held && held.status === 'returned' && s.revision > held.revision) {
    await trx
      .updateTable('pendataan_submissions')
      .set({
        answers: JSON.stringify(s.answers),
        household_key: s.householdKey,
        form_id: s.formId,
        revision: s.revision,
        status: 'submitted',
        submitted_at: s.submittedAt,
        received_at: s.receivedAt,
      })
      .where('id', '=', held.id)
      .execute();
    return { outcome: 'resubmitted' as const, id: Number(held.id) };
  }
  if (held) return { outcome: 'duplicate' as const, id: Number(held.id) };
  const inserted = await trx
    .insertInto('pendataan_submissions')
    .values(rowOf(s))
    // Two resends racing each other: the second finds the row the first stored.
    .onConflict((c) => c.columns(['surveyor_id', 'client_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { outcome: 'stored' as const, id: Number(inserted.id) };
  const winner = await trx
    .selectFrom('pendataan_submissions')
    .select('id')
    .where('surveyor_id', '=', s.surveyorId)
    .where('client_id', '=', s.clientId)
    .executeTakeFirstOrThrow();
  return { outcome: 'duplicate' as const, id: Number(winner.id) };
}

/** A stored (new) record adds one to its RT's count; practice records count nowhere. */
const countStored = (
  trx: Transaction<Tables>,
  list: readonly NewSubmission[],
  outcomes: ReadonlyArray<{ outcome: PutOutcome }>,
) =>
  bumpRtCounts(
    trx,
    list.flatMap((s, i) =>
      outcomes[i]?.outcome === 'stored' && !s.practice
        ? [{ campaignId: s.campaignId, kelurahan: s.kelurahan, rw: s.rw, rt: s.rt, records: 1, accepted: 0 }]
        : [],
    ),
  );

/** Stores a batch (one surveyor's sync, or a single record): outcomes in the order given. */
export async function putBatch(
  trx: Transaction<Tables>,
  list: readonly NewSubmission[],
): Promise<Array<{ outcome: PutOutcome; id: number }>> {
  // New records of one surveyor go in with one INSERT; the rest (resends, resubmissions,
  // repeats inside the batch) one by one.
  const surveyorId = list[0]?.surveyorId ?? 0;
  const inserted = new Map<string, number>();
  if (list.every((x) => x.surveyorId === surveyorId)) {
    const held = await trx
      .selectFrom('pendataan_submissions')
      .select('client_id')
      .where('surveyor_id', '=', surveyorId)
      .where(
        'client_id',
        'in',
        list.map((x) => x.clientId),
      )
      .execute();
    const skip = new Set(held.map((h) => h.client_id));
    const fresh: NewSubmission[] = [];
    for (const x of list) {
      if (skip.has(x.clientId)) continue;
      skip.add(x.clientId);
      fresh.push(x);
    }
    if (fresh.length > 0) {
      const rows = await trx
        .insertInto('pendataan_submissions')
        .values(fresh.map(rowOf))
        .onConflict((c) => c.columns(['surveyor_id', 'client_id']).doNothing())
        .returning(['id', 'client_id'])
        .execute();
      for (const r of rows) inserted.set(r.client_id, Number(r.id));
    }
  }
  const out: Array<{ outcome: PutOutcome; id: number }> = [];
  for (const x of list) {
    const id = inserted.get(x.clientId);
    inserted.delete(x.clientId);
    out.push(id === undefined ? await putIn(trx, x) : { outcome: 'stored', id });
  }
  await countStored(trx, list, out);
  return out;
}
