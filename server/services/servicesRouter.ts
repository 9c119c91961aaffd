// The services API (issue 12):
// - GET /api/services: the city's catalogue (every organisation's services) for the directory search.
// - GET /api/opds/:id/services: one organisation's services (GET /api/opds/:id carries them too).
// - POST /api/opds/:id/services, PUT|DELETE /api/opds/:id/services/:serviceId: the organisation's
//   staff (or an admin) add, edit (which confirms a seeded entry) and remove services; audited.
// Bad input is 400 `{error, field}` and changes nothing. Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import type { Registry } from '../../shared/registry.ts';
import { parseServiceInput } from '../../shared/services/service.ts';
import { currentUser, requireUser, type SessionDeps } from '../http/requireUser.ts';
import type { AuditStore } from '../store/auditStore.ts';
import type { ServiceStore } from './serviceStore.ts';
import { actorOf, mayActFor } from './staffAccess.ts';

export type ServicesDeps = SessionDeps & {
  services: ServiceStore;
  audit: Pick<AuditStore, 'append'>;
  registry: Registry;
};

export function servicesRouter(deps: ServicesDeps): Router {
  const router = express.Router();
  const signedIn = requireUser(deps);
  const json = express.json({ limit: '32kb' });
  const known = (id: string) => deps.registry.organisations.some((o) => o.id === id);

  function organisation(req: Request, res: Response): string | undefined {
    const id = String(req.params.id);
    if (known(id)) return id;
    res.status(404).json({ error: 'not-found', field: 'id' });
    return undefined;
  }
  function serviceId(req: Request, res: Response): number | undefined {
    const raw = String(req.params.serviceId);
    const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(id)) return id;
    res.status(404).json({ error: 'not-found', field: 'serviceId' });
    return undefined;
  }
  async function allowed(req: Request, res: Response, action: string): Promise<string | undefined> {
    const id = organisation(req, res);
    if (id === undefined || !(await mayActFor(deps.audit, res, id, action, deps.now()))) return undefined;
    return id;
  }

  router.get('/services', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=60').json({ services: await deps.services.catalogue() });
  });

  router.get('/opds/:id/services', async (req, res) => {
    const id = organisation(req, res);
    if (id === undefined) return;
    res.set('Cache-Control', 'no-cache').json({ organisationId: id, services: await deps.services.list(id) });
  });

  router.post('/opds/:id/services', signedIn, json, async (req, res) => {
    const id = await allowed(req, res, 'service.create');
    if (id === undefined) return;
    const parsed = parseServiceInput(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid', field: parsed.field });
    const actor = actorOf(currentUser(res));
    const created = await deps.services.create(id, parsed.service, actor, deps.now());
    if (!created) return void res.status(409).json({ error: 'too-many', field: 'services' });
    await deps.audit.append(
      { actor, action: 'service.create', target: id, detail: { id: created.id, name: created.name } },
      deps.now(),
    );
    res.status(201).json(created);
  });

  router.put('/opds/:id/services/:serviceId', signedIn, json, async (req, res) => {
    const id = await allowed(req, res, 'service.update');
    const sid = id === undefined ? undefined : serviceId(req, res);
    if (id === undefined || sid === undefined) return;
    const parsed = parseServiceInput(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid', field: parsed.field });
    const actor = actorOf(currentUser(res));
    const updated = await deps.services.update(id, sid, parsed.service, actor, deps.now());
    if (!updated) return void res.status(404).json({ error: 'not-found', field: 'serviceId' });
    await deps.audit.append(
      { actor, action: 'service.update', target: id, detail: { id: sid, after: parsed.service } },
      deps.now(),
    );
    res.json(updated);
  });

  router.delete('/opds/:id/services/:serviceId', signedIn, async (req, res) => {
    const id = await allowed(req, res, 'service.delete');
    const sid = id === undefined ? undefined : serviceId(req, res);
    if (id === undefined || sid === undefined) return;
    if (!(await deps.services.remove(id, sid)))
      return void res.status(404).json({ error: 'not-found', field: 'serviceId' });
    await deps.audit.append(
      { actor: actorOf(currentUser(res)), action: 'service.delete', target: id, detail: { id: sid } },
      deps.now(),
    );
    res.status(204).end();
  });

  return router;
}
