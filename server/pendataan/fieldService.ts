// What a signed-in surveyor's phone gets and sends: the home view (assigned campaigns with the form
// version to fill and the RTs they may record for, and the review state of their records) and the sync
// of a batch of records. Each record is checked on its own — campaign, form version, scope, the
// surveyor's RT, the answers — and stored once per client id; a refused one comes back with its reason.
// Runs on the server.
import {
  type Assignment,
  type FieldHome,
  type Refusal,
  SyncItem,
  type SyncResult,
} from '../../shared/pendataan/api.ts';
import { householdKeyField } from '../../shared/pendataan/form.ts';
import { inScope } from '../../shared/pendataan/progress.ts';
import { validateSubmission } from '../../shared/pendataan/submission.ts';
import { findRegion } from '../../shared/pendataan/wilayah.ts';
import type { Campaign } from './campaignStore.ts';
import type { FormVersion } from './formStore.ts';
import type { PendataanStore } from './pendataanStore.ts';
import type { Surveyor } from './rosterStore.ts';
import type { NewSubmission } from './submissionStore.ts';

/** The RTs a surveyor may record for: their own, or (RW head) every RT of their RW in the roster. */
async function rtsOf(store: PendataanStore, s: Surveyor): Promise<number[]> {
  if (s.role === 'ketua_rt') return [s.rt];
  const slots = await store.roster.rtSlots();
  return slots.filter((x) => x.kelurahan === s.kelurahan && x.rw === s.rw).map((x) => x.rt);
}

export async function fieldHome(store: PendataanStore, s: Surveyor): Promise<FieldHome> {
  const campaigns = (await store.campaigns.list()).filter((c) => inScope(c.scope, s.kelurahan));
  const rts = await rtsOf(store, s);
  const assignments: Assignment[] = [];
  for (const c of campaigns) {
    const form = await store.forms.latestPublished(c.organisationId, c.formKey);
    if (!form) continue;
    assignments.push({
      campaignId: c.id,
      title: c.title,
      organisationId: c.organisationId,
      startsAt: c.startsAt,
      deadlineAt: c.deadlineAt,
      targetPerRt: c.targetPerRt,
      form: { id: form.id, version: form.version, definition: form.definition },
      rts,
    });
  }
  const records = (await store.submissions.bySurveyor(s.id)).map((r) => ({
    clientId: r.clientId,
    status: r.status,
    comment: r.comment,
    revision: r.revision,
    practice: r.practice,
    ...(r.status === 'returned'
      ? {
          returned: {
            campaignId: r.campaignId,
            formId: r.formId,
            kelurahan: r.kelurahan,
            rw: r.rw,
            rt: r.rt,
            answers: r.answers,
          },
        }
      : {}),
  }));
  return {
    surveyor: {
      id: s.id,
      name: s.name,
      kelurahan: s.kelurahan,
      kelurahanName: findRegion(s.kelurahan)?.name ?? s.kelurahan,
      rw: s.rw,
      rt: s.rt,
      role: s.role,
      trained: s.trainedAt !== null,
    },
    assignments,
    records,
  };
}

/** Refusals that mean "not yours": a batch refused only for these answers 403. */
export const RIGHTS_REFUSALS: ReadonlySet<Refusal> = new Set(['not-your-rt', 'out-of-scope']);

export async function syncBatch(
  store: PendataanStore,
  s: Surveyor,
  items: readonly unknown[],
  nowMs: number,
): Promise<SyncResult[]> {
  const campaigns = new Map<number, Campaign | undefined>();
  const forms = new Map<number, FormVersion | undefined>();
  const results: SyncResult[] = [];
  const pending: Array<{ at: number; record: NewSubmission }> = [];
  let practised = false;
  for (const raw of items) {
    const parsed = SyncItem.safeParse(raw);
    const rawId = (raw as { clientId?: unknown } | null)?.clientId;
    const refuse = (reason: Refusal, clientId = parsed.data?.clientId ?? '') =>
      results.push({ clientId, outcome: 'refused', reason });
    if (!parsed.success) {
      refuse('malformed', typeof rawId === 'string' ? rawId.slice(0, 64) : '');
      continue;
    }
    const item = parsed.data;
    if (!campaigns.has(item.campaignId))
      campaigns.set(item.campaignId, await store.campaigns.get(item.campaignId));
    if (!forms.has(item.formId)) forms.set(item.formId, await store.forms.get(item.formId));
    const campaign = campaigns.get(item.campaignId);
    const form = forms.get(item.formId);
    if (!campaign) refuse('campaign-unknown');
    else if (!item.practice && campaign.startsAt > nowMs) refuse('campaign-not-started');
    else if (
      !form ||
      form.status === 'draft' ||
      form.organisationId !== campaign.organisationId ||
      form.key !== campaign.formKey
    )
      refuse('form-unknown');
    else if (form.status === 'retired') refuse('form-retired');
    else if (!inScope(campaign.scope, item.kelurahan)) refuse('out-of-scope');
    else if (
      item.kelurahan !== s.kelurahan ||
      item.rw !== s.rw ||
      (s.role === 'ketua_rt' ? item.rt !== s.rt : !(await store.roster.hasRt(s.kelurahan, s.rw, item.rt)))
    )
      refuse('not-your-rt');
    else {
      const checked = validateSubmission(form.definition, item.answers);
      if (!checked.ok) {
        results.push({
          clientId: item.clientId,
          outcome: 'refused',
          reason: 'invalid',
          errors: checked.errors.slice(0, 50),
        });
        continue;
      }
      const keyField = householdKeyField(form.definition);
      const key = keyField ? checked.answers[keyField.name] : undefined;
      pending.push({
        at: results.length,
        record: {
          surveyorId: s.id,
          clientId: item.clientId,
          campaignId: campaign.id,
          formId: form.id,
          organisationId: campaign.organisationId,
          formKey: campaign.formKey,
          kelurahan: item.kelurahan,
          rw: item.rw,
          rt: item.rt,
          answers: checked.answers,
          householdKey: typeof key === 'string' ? key : null,
          practice: item.practice,
          revision: item.revision,
          submittedAt: Math.min(item.submittedAt, nowMs),
          receivedAt: nowMs,
        },
      });
      // Filled in once the batch is stored, in one transaction.
      results.push({ clientId: item.clientId, outcome: 'duplicate', id: 0 });
      practised ||= item.practice;
    }
  }
  const stored = await store.submissions.putMany(pending.map((p) => p.record));
  pending.forEach((p, i) => {
    const put = stored[i];
    if (put) results[p.at] = { clientId: p.record.clientId, outcome: put.outcome, id: put.id };
  });
  if (practised && s.trainedAt === null) await store.roster.markTrained(s.id, nowMs);
  return results;
}
