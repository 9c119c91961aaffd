// Staff routes for forms and campaigns of an OPD (its staff and admins; others 403, audited):
// - POST /staff/pendataan/:org/forms (body: the .xlsx bytes) → 201 the draft version; 400 {errors:
//   [{sheet,row,column,message}]}; 413 over 2 MB. Saving a form whose newest version is published
//   makes the next version; published versions never change.
// - POST /staff/pendataan/:org/forms with Content-Type application/json (body: a FormDefinition, from
//   the console's form designer) → 201 the draft version, the same way; 400 {error, field, errors:
//   [{field, message}]} from the shared validateFormDefinition, nothing stored.
// - GET /staff/pendataan/:org/forms; POST …/forms/:id/publish | …/forms/:id/retire (409 from a wrong state).
// - POST /staff/pendataan/:org/campaigns {formKey,title,scope,startsAt,deadlineAt,targetPerRt} → 201;
//   GET /staff/pendataan/:org/campaigns.
// Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import { validateFormDefinition } from '../../shared/pendataan/validateForm.ts';
import { CITY_CODE, findRegion } from '../../shared/pendataan/wilayah.ts';
import { MAX_XLSFORM_BYTES, readXlsform } from '../pendataan/readXlsform.ts';
import { actorOf, idParam, mayActFor, onBodyError, type PendataanDeps } from './pendataanShared.ts';
import { requireUser } from './requireUser.ts';

const NewCampaign = z.strictObject({
  formKey: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  scope: z
    .array(z.string().refine((c) => c === CITY_CODE || findRegion(c) !== undefined, 'unknown region code'))
    .min(1)
    .max(200),
  startsAt: z.number().int().nonnegative(),
  deadlineAt: z.number().int().nonnegative(),
  targetPerRt: z.number().int().min(1).max(10_000).nullable(),
});

const XLSX_TYPES = [
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const org = (req: Request) => String(req.params.org);
/** Sends a JSON body on to the designer's route and anything else to the XLSForm upload. */
const jsonOnly = (req: Request, _res: unknown, next: (route?: 'route') => void) =>
  req.is('application/json') ? next() : next('route');

export function pendataanFormsRouter(deps: PendataanDeps): Router {
  const router = express.Router();
  const staff = requireUser(deps);
  const forms = deps.pendataan.forms;

  const saveForm = async (res: Response, id: string, form: FormDefinition) => {
    const saved = await forms.saveDraft(id, form, actorOf(res), deps.now());
    await deps.audit.append(
      {
        actor: actorOf(res),
        action: 'pendataan.form.save',
        target: id,
        detail: { key: saved.key, version: saved.version },
      },
      deps.now(),
    );
    res.status(201).json(saved);
  };

  router.post(
    '/staff/pendataan/:org/forms',
    jsonOnly,
    staff,
    express.json({ limit: '512kb' }),
    async (req, res) => {
      const id = org(req);
      if (!(await mayActFor(deps, res, id, 'pendataan.form'))) return;
      const kpis = deps.kpisOf(id);
      if (!kpis) return void res.status(404).json({ error: 'not-found', field: 'org' });
      const checked = validateFormDefinition(req.body, kpis);
      if (!checked.ok)
        return void res
          .status(400)
          .json({ error: 'invalid', field: checked.errors[0]?.field ?? 'body', errors: checked.errors });
      await saveForm(res, id, checked.form);
    },
  );

  router.post(
    '/staff/pendataan/:org/forms',
    staff,
    express.raw({ type: XLSX_TYPES, limit: MAX_XLSFORM_BYTES }),
    async (req, res) => {
      const id = org(req);
      if (!(await mayActFor(deps, res, id, 'pendataan.form'))) return;
      const kpis = deps.kpisOf(id);
      if (!kpis) return void res.status(404).json({ error: 'not-found', field: 'org' });
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        return void res.status(415).json({ error: 'unsupported-media-type', field: 'content-type' });
      const parsed = await readXlsform(req.body, kpis);
      if (!parsed.ok) return void res.status(400).json({ error: 'invalid', errors: parsed.errors });
      await saveForm(res, id, parsed.form);
    },
  );

  router.get('/staff/pendataan/:org/forms', staff, async (req, res) => {
    if (!(await mayActFor(deps, res, org(req), 'pendataan.form'))) return;
    res.set('Cache-Control', 'no-store').json({ forms: await forms.list(org(req)) });
  });

  for (const action of ['publish', 'retire'] as const) {
    router.post(`/staff/pendataan/:org/forms/:id/${action}`, staff, async (req, res) => {
      const id = idParam(req.params.id);
      const form = id === undefined ? undefined : await forms.get(id);
      if (!(await mayActFor(deps, res, org(req), 'pendataan.form'))) return;
      if (!form || form.organisationId !== org(req))
        return void res.status(404).json({ error: 'not-found', field: 'id' });
      const done =
        action === 'publish' ? await forms.publish(form.id, deps.now()) : await forms.retire(form.id);
      if (!done) return void res.status(409).json({ error: 'wrong-state', field: 'status' });
      await deps.audit.append(
        {
          actor: actorOf(res),
          action: `pendataan.form.${action}`,
          target: form.organisationId,
          detail: { key: form.key, version: form.version },
        },
        deps.now(),
      );
      res.json(done);
    });
  }

  router.post('/staff/pendataan/:org/campaigns', staff, express.json({ limit: '16kb' }), async (req, res) => {
    const id = org(req);
    if (!(await mayActFor(deps, res, id, 'pendataan.campaign'))) return;
    const parsed = NewCampaign.safeParse(req.body);
    if (!parsed.success)
      return void res
        .status(400)
        .json({ error: 'invalid', field: parsed.error.issues[0]?.path.map(String).join('.') ?? 'body' });
    const c = parsed.data;
    if (c.deadlineAt <= c.startsAt)
      return void res.status(400).json({ error: 'invalid', field: 'deadlineAt' });
    if (!(await forms.latestPublished(id, c.formKey)))
      return void res.status(400).json({ error: 'not-published', field: 'formKey' });
    const campaign = await deps.pendataan.campaigns.create({
      ...c,
      organisationId: id,
      createdBy: actorOf(res),
      createdAt: deps.now(),
    });
    await deps.audit.append(
      {
        actor: actorOf(res),
        action: 'pendataan.campaign.create',
        target: id,
        detail: { id: campaign.id, formKey: c.formKey, scope: c.scope },
      },
      deps.now(),
    );
    res.status(201).json(campaign);
  });

  router.get('/staff/pendataan/:org/campaigns', staff, async (req, res) => {
    if (!(await mayActFor(deps, res, org(req), 'pendataan.campaign'))) return;
    res.set('Cache-Control', 'no-store').json({ campaigns: await deps.pendataan.campaigns.list(org(req)) });
  });

  router.use('/staff/pendataan', onBodyError);
  return router;
}
