// Staff routes for an OPD's collected records (its staff and admins; others 403, audited):
// - GET /staff/pendataan/:org/campaigns/:id/submissions?status= → records awaiting review (or in a
//   status), NIK and No. KK masked, likely duplicates (same No. KK in the form) flagged.
// - POST /staff/pendataan/:org/submissions/:id/review {decision: accept|return|reject, comment} →
//   accepting recomputes the form's aggregates into the OPD's KPIs; 409 when not awaiting review.
// - GET /staff/pendataan/:org/campaigns/:id/progress → coverage RT → city, the 100 RTs most
//   behind (and `lateCount`), days left, training.
// - GET /staff/pendataan/:org/forms/:id/records.csv | dictionary.csv → the raw export (audited).
// Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { maskNumber } from '../../shared/pendataan/nik.ts';
import { computeProgress, inScope } from '../../shared/pendataan/progress.ts';
import type { Campaign } from '../pendataan/campaignStore.ts';
import { dictionaryCsv, recordsCsv } from '../pendataan/exportRecords.ts';
import { DECISIONS, reviewSubmission } from '../pendataan/review.ts';
import { REVIEW_STATUSES, type ReviewStatus } from '../pendataan/submissionStore.ts';
import { actorOf, idParam, mayActFor, onBodyError, type PendataanDeps } from './pendataanShared.ts';
import { requireUser } from './requireUser.ts';

/** Late RTs listed in the staff progress answer (the console shows them; `lateCount` says how many in all). */
const LATE_SHOWN = 100;

const Review = z.strictObject({
  decision: z.enum(Object.keys(DECISIONS) as ['accept', 'return', 'reject']),
  comment: z.string().trim().max(500).optional(),
});
const org = (req: Request) => String(req.params.org);

export function pendataanReviewRouter(deps: PendataanDeps): Router {
  const router = express.Router();
  const staff = requireUser(deps);
  const { pendataan } = deps;

  /** The OPD's campaign named in the path, or a 403/404 already sent. */
  async function campaignFor(req: Request, res: Response, action: string): Promise<Campaign | undefined> {
    if (!(await mayActFor(deps, res, org(req), action))) return undefined;
    const id = idParam(req.params.id);
    const c = id === undefined ? undefined : await pendataan.campaigns.get(id);
    if (!c || c.organisationId !== org(req)) res.status(404).json({ error: 'not-found', field: 'id' });
    return c?.organisationId === org(req) ? c : undefined;
  }

  router.get('/staff/pendataan/:org/campaigns/:id/submissions', staff, async (req, res) => {
    const c = await campaignFor(req, res, 'pendataan.records');
    if (!c) return;
    const raw = String(req.query.status ?? 'submitted');
    const status = (REVIEW_STATUSES as readonly string[]).includes(raw) ? (raw as ReviewStatus) : 'submitted';
    const form = await pendataan.forms.latestPublished(c.organisationId, c.formKey);
    const masked = new Set(form?.definition.fields.filter((f) => f.check).map((f) => f.name));
    const duplicates = await pendataan.submissions.duplicateKeys(c.organisationId, c.formKey);
    const records = (await pendataan.submissions.list(c.id, status)).map((r) => ({
      ...r,
      answers: Object.fromEntries(
        Object.entries(r.answers).map(([k, v]) => [
          k,
          masked.has(k) && typeof v === 'string' ? maskNumber(v) : v,
        ]),
      ),
      householdKey: r.householdKey && maskNumber(r.householdKey),
      duplicate: r.householdKey !== null && duplicates.has(r.householdKey),
    }));
    res.set('Cache-Control', 'no-store').json({ campaign: c, form, records });
  });

  router.post(
    '/staff/pendataan/:org/submissions/:id/review',
    staff,
    express.json({ limit: '4kb' }),
    async (req, res) => {
      if (!(await mayActFor(deps, res, org(req), 'pendataan.review'))) return;
      const id = idParam(req.params.id);
      const s = id === undefined ? undefined : await pendataan.submissions.get(id);
      if (!s || s.organisationId !== org(req) || s.practice)
        return void res.status(404).json({ error: 'not-found', field: 'id' });
      const parsed = Review.safeParse(req.body);
      if (!parsed.success) return void res.status(400).json({ error: 'invalid', field: 'decision' });
      const { decision, comment } = parsed.data;
      if (decision === 'return' && !comment)
        return void res.status(400).json({ error: 'invalid', field: 'comment' });
      const outcome = await reviewSubmission(
        pendataan,
        deps.ingest,
        s,
        decision,
        comment || null,
        actorOf(res),
        deps.now(),
      );
      if (!outcome.ok) return void res.status(409).json({ error: outcome.error, field: 'status' });
      await deps.audit.append(
        {
          actor: actorOf(res),
          action: 'pendataan.review',
          target: s.organisationId,
          detail: { id: s.id, decision },
        },
        deps.now(),
      );
      res.json({ submission: outcome.submission, kpi: outcome.kpi });
    },
  );

  router.get('/staff/pendataan/:org/campaigns/:id/progress', staff, async (req, res) => {
    const c = await campaignFor(req, res, 'pendataan.progress');
    if (!c) return;
    const progress = computeProgress({
      slots: await pendataan.roster.rtSlots(),
      counts: await pendataan.submissions.countsByRt(c.id),
      scope: c.scope,
      targetPerRt: c.targetPerRt,
      startsAt: c.startsAt,
      deadlineAt: c.deadlineAt,
      nowMs: deps.now(),
    });
    const training = { surveyors: 0, activated: 0, trained: 0 };
    for (const k of await pendataan.roster.trainingByKelurahan()) {
      if (!inScope(c.scope, k.kelurahan)) continue;
      training.surveyors += k.surveyors;
      training.activated += k.activated;
      training.trained += k.trained;
    }
    // The late RTs most behind first, at most LATE_SHOWN (5,026 of them would be half a megabyte).
    const late = progress.late.sort((a, b) => a.records - a.expected - (b.records - b.expected));
    res.set('Cache-Control', 'no-store').json({
      campaign: c,
      ...progress,
      late: late.slice(0, LATE_SHOWN),
      lateCount: late.length,
      training,
    });
  });

  for (const file of ['records', 'dictionary'] as const) {
    router.get(`/staff/pendataan/:org/forms/:id/${file}.csv`, staff, async (req, res) => {
      if (!(await mayActFor(deps, res, org(req), 'pendataan.export'))) return;
      const id = idParam(req.params.id);
      const form = id === undefined ? undefined : await pendataan.forms.get(id);
      if (!form || form.organisationId !== org(req))
        return void res.status(404).json({ error: 'not-found', field: 'id' });
      let body = dictionaryCsv(form.definition);
      if (file === 'records') {
        const versions = new Map(
          (await pendataan.forms.list(form.organisationId))
            .filter((f) => f.key === form.key)
            .map((f) => [f.id, f.version]),
        );
        const campaigns = (await pendataan.campaigns.list(form.organisationId)).filter(
          (c) => c.formKey === form.key,
        );
        const records = (
          await Promise.all(campaigns.map((c) => pendataan.submissions.list(c.id, undefined, 1_000_000)))
        ).flat();
        body = recordsCsv(form.definition, records, versions);
        await deps.audit.append(
          {
            actor: actorOf(res),
            action: 'pendataan.export',
            target: form.organisationId,
            detail: { key: form.key, records: records.length },
          },
          deps.now(),
        );
      }
      res
        .set('Cache-Control', 'no-store')
        .type('text/csv; charset=utf-8')
        .attachment(`${form.key}-v${form.version}-${file}.csv`)
        .send(`\uFEFF${body}`);
    });
  }

  router.use('/staff/pendataan', onBodyError);
  return router;
}
