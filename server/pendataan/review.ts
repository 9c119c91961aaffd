// The OPD's review of a record (accept, return with a comment, reject), and what acceptance feeds:
// the form's aggregates over all accepted records (read from the running tallies the acceptance
// updated in its own transaction) become the OPD's KPI values through the one ingest
// path (source `survey:<form key>`), so booths, history and the rapor show collected data.
// Runs on the server.

import type { IngestError } from '../../shared/ingest.ts';
import { kpiValues } from '../../shared/pendataan/aggregate.ts';
import { sumRows } from '../../shared/pendataan/tally.ts';
import { type IngestDeps, ingestPoints } from '../live/ingest.ts';
import type { PendataanStore } from './pendataanStore.ts';
import type { Submission } from './submissionStore.ts';

export const DECISIONS = { accept: 'accepted', return: 'returned', reject: 'rejected' } as const;
export type Decision = keyof typeof DECISIONS;

/** Reads a form's aggregates from its tallies and ingests them as the OPD's KPI values. */
export async function publishAggregates(
  store: PendataanStore,
  ingest: IngestDeps,
  organisationId: string,
  formKey: string,
  nowMs: number,
): Promise<{ accepted: number; errors: IngestError[] }> {
  const form = await store.forms.latestPublished(organisationId, formKey);
  if (!form || form.definition.aggregates.length === 0) return { accepted: 0, errors: [] };
  const { rows } = await store.submissions.tallies(organisationId, formKey);
  const points = kpiValues(form.definition, sumRows(rows));
  if (points.length === 0) return { accepted: 0, errors: [] };
  return ingestPoints(ingest, {
    organisationId,
    payload: points,
    contentType: 'json',
    source: `survey:${formKey}`,
    simulated: false,
    nowMs,
  });
}

export type ReviewOutcome =
  | { ok: true; submission: Submission; kpi: { accepted: number; errors: IngestError[] } }
  | { ok: false; error: 'not-awaiting-review' };

export async function reviewSubmission(
  store: PendataanStore,
  ingest: IngestDeps,
  submission: Submission,
  decision: Decision,
  comment: string | null,
  by: string,
  nowMs: number,
): Promise<ReviewOutcome> {
  const reviewed = await store.submissions.review(submission.id, DECISIONS[decision], comment, by, nowMs);
  if (!reviewed) return { ok: false, error: 'not-awaiting-review' };
  const kpi =
    decision === 'accept'
      ? await publishAggregates(store, ingest, reviewed.organisationId, reviewed.formKey, nowMs)
      : { accepted: 0, errors: [] };
  return { ok: true, submission: reviewed, kpi };
}
