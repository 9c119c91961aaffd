// Submitted records. (surveyor, client id) is unique, so a resend is recognised and stored once; a
// returned record may come back once more per revision. Practice (latihan) records are kept apart from
// every count. Runs on the server.
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import type { RtCount } from '../../shared/pendataan/progress.ts';
import type { Answers } from '../../shared/pendataan/submission.ts';
import { recordCells, type TallyRow } from '../../shared/pendataan/tally.ts';
import type { Tables } from '../db/tables.ts';
import { putBatch } from './submissionWrites.ts';
import { recountAll } from './tallyMigration.ts';
import { bumpRtCounts, readRtCounts, readTallies, writeTallies } from './tallyStore.ts';

export const REVIEW_STATUSES = ['submitted', 'accepted', 'returned', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type Submission = {
  id: number;
  surveyorId: number;
  clientId: string;
  campaignId: number;
  formId: number;
  organisationId: string;
  formKey: string;
  kelurahan: string;
  rw: number;
  rt: number;
  answers: Answers;
  householdKey: string | null;
  practice: boolean;
  status: ReviewStatus;
  comment: string | null;
  revision: number;
  submittedAt: number;
  receivedAt: number;
  reviewedAt: number | null;
  reviewedBy: string | null;
};
export type NewSubmission = Omit<Submission, 'id' | 'status' | 'comment' | 'reviewedAt' | 'reviewedBy'>;
/** stored: new; resubmitted: a returned record came back; duplicate: already held (nothing changed). */
export type PutOutcome = 'stored' | 'resubmitted' | 'duplicate';

export type SubmissionStore = {
  put(s: NewSubmission): Promise<{ outcome: PutOutcome; id: number }>;
  /** Several records in one transaction (one sync batch): outcomes in the same order. */
  putMany(list: readonly NewSubmission[]): Promise<Array<{ outcome: PutOutcome; id: number }>>;
  get(id: number): Promise<Submission | undefined>;
  /** From 'submitted' only; undefined when the record is not awaiting review. In the same
   *  transaction, an acceptance adds the record to its form's tallies and its RT's accepted count,
   *  a rejection takes it off its RT's record count. */
  review(
    id: number,
    status: Exclude<ReviewStatus, 'submitted'>,
    comment: string | null,
    by: string,
    nowMs: number,
  ): Promise<Submission | undefined>;
  /** Non-practice records of a campaign, oldest first, optionally in one status. */
  list(campaignId: number, status?: ReviewStatus, limit?: number): Promise<Submission[]>;
  /** Every record a surveyor sent (practice too), newest first. */
  bySurveyor(surveyorId: number): Promise<Submission[]>;
  /** Household keys held by more than one live (not rejected) record of a form. */
  duplicateKeys(organisationId: string, formKey: string): Promise<Set<string>>;
  /** Tallies of a form's accepted non-practice records per kelurahan (every version), and their time span. */
  tallies(
    organisationId: string,
    formKey: string,
  ): Promise<{ rows: TallyRow[]; period: { from: number; to: number } | null }>;
  /** Counts per RT of a campaign (precomputed). */
  countsByRt(campaignId: number): Promise<RtCount[]>;
  /** Rebuilds the tallies and RT counts from the records (a repair, or after a bulk change). */
  recount(): Promise<void>;
};

type Row = Selectable<Tables['pendataan_submissions']>;

function toSubmission(r: Row): Submission {
  return {
    id: Number(r.id),
    surveyorId: Number(r.surveyor_id),
    clientId: r.client_id,
    campaignId: Number(r.campaign_id),
    formId: Number(r.form_id),
    organisationId: r.organisation_id,
    formKey: r.form_key,
    kelurahan: r.kelurahan_code,
    rw: r.rw,
    rt: r.rt,
    answers: JSON.parse(r.answers) as Answers,
    householdKey: r.household_key,
    practice: r.practice === 1,
    status: r.status as ReviewStatus,
    comment: r.comment,
    revision: r.revision,
    submittedAt: Number(r.submitted_at),
    receivedAt: Number(r.received_at),
    reviewedAt: r.reviewed_at === null ? null : Number(r.reviewed_at),
    reviewedBy: r.reviewed_by,
  };
}

export function submissionStore(db: Kysely<Tables>, ensureOpen: () => void): SubmissionStore {
  const rows = () => db.selectFrom('pendataan_submissions').selectAll();
  /** Definitions by form version id: a version with records is published, so never changes. */
  const definitions = new Map<number, FormDefinition>();
  const definitionOf = async (trx: Transaction<Tables>, formId: number) => {
    const held = definitions.get(formId);
    if (held) return held;
    const row = await trx
      .selectFrom('pendataan_forms')
      .select('definition')
      .where('id', '=', formId)
      .executeTakeFirstOrThrow();
    const def = JSON.parse(row.definition) as FormDefinition;
    definitions.set(formId, def);
    return def;
  };
  return {
    async put(s) {
      ensureOpen();
      const [out] = await db.transaction().execute((trx) => putBatch(trx, [s]));
      if (!out) throw new Error('a stored record has an outcome');
      return out;
    },
    async putMany(list) {
      ensureOpen();
      if (list.length === 0) return [];
      return db.transaction().execute((trx) => putBatch(trx, list));
    },
    async get(id) {
      ensureOpen();
      const row = await rows().where('id', '=', id).executeTakeFirst();
      return row && toSubmission(row);
    },
    async review(id, status, comment, by, nowMs) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('pendataan_submissions')
          .set({ status, comment, reviewed_at: nowMs, reviewed_by: by })
          .where('id', '=', id)
          .where('status', '=', 'submitted')
          .where('practice', '=', 0)
          .returningAll()
          .executeTakeFirst();
        if (!row) return undefined;
        const s = toSubmission(row);
        if (status === 'returned') return s;
        const slot = { campaignId: s.campaignId, kelurahan: s.kelurahan, rw: s.rw, rt: s.rt };
        if (status === 'rejected') {
          await bumpRtCounts(trx, [{ ...slot, records: -1, accepted: 0 }]);
          return s;
        }
        await bumpRtCounts(trx, [{ ...slot, records: 0, accepted: 1 }]);
        const def = await definitionOf(trx, s.formId);
        await writeTallies(
          trx,
          recordCells(def, s.answers).map((c) => ({
            ...c,
            organisationId: s.organisationId,
            formKey: s.formKey,
            kelurahan: s.kelurahan,
            at: s.submittedAt,
          })),
        );
        return s;
      });
    },
    async list(campaignId, status, limit = 500) {
      ensureOpen();
      let q = rows().where('campaign_id', '=', campaignId).where('practice', '=', 0);
      if (status) q = q.where('status', '=', status);
      return (await q.orderBy('id').limit(limit).execute()).map(toSubmission);
    },
    async bySurveyor(surveyorId) {
      ensureOpen();
      return (
        await rows().where('surveyor_id', '=', surveyorId).orderBy('id', 'desc').limit(500).execute()
      ).map(toSubmission);
    },
    async duplicateKeys(organisationId, formKey) {
      ensureOpen();
      const found = await db
        .selectFrom('pendataan_submissions')
        .select('household_key')
        .where('organisation_id', '=', organisationId)
        .where('form_key', '=', formKey)
        .where('practice', '=', 0)
        .where('status', '!=', 'rejected')
        .where('household_key', 'is not', null)
        .groupBy('household_key')
        .having(sql`count(*)`, '>', 1)
        .execute();
      return new Set(found.map((r) => r.household_key ?? ''));
    },
    async tallies(organisationId, formKey) {
      ensureOpen();
      return readTallies(db, organisationId, formKey);
    },
    async countsByRt(campaignId) {
      ensureOpen();
      return readRtCounts(db, campaignId);
    },
    async recount() {
      ensureOpen();
      await db.transaction().execute((trx) => recountAll(trx));
    },
  };
}
