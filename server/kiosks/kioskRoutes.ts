// Kiosk HTTP API (issue 9). Public, by the kiosk's key (the capability in its URL):
//   GET  /api/kiosks/:key            → its settings (KioskConfig), 404 when unknown
//   POST /api/kiosks/:key/heartbeat  → {reload}: records the report; true once after staff asked for a reload
// Staff console, admins only (others 403, audited):
//   GET    /api/staff/kiosks             → {kiosks: KioskView[]} (online/offline, last seen, version)
//   POST   /api/staff/kiosks             → 201 KioskConfig (settings in the body, 400 {error, field} when bad)
//   POST   /api/staff/kiosks/:key/reload → 202 (the kiosk reloads at its next heartbeat)
//   DELETE /api/staff/kiosks/:key        → 204
// Every change is audited. Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import { KIOSK_KEY_RE, parseKioskReport, parseKioskSettings } from '../../shared/kiosk.ts';
import { currentUser, requireUser, type SessionDeps } from '../http/requireUser.ts';
import type { AuditEntry } from '../store/auditStore.ts';
import type { KioskStore } from './kioskStore.ts';

export type KioskRouteDeps = SessionDeps & {
  kiosks: KioskStore;
  organisationIds: ReadonlySet<string>;
  audit(entry: AuditEntry): Promise<void>;
};

/** The route's kiosk key when well-formed; otherwise answers 404 and returns null. */
function keyOf(req: Request, res: Response): string | null {
  const key = String(req.params.key);
  if (KIOSK_KEY_RE.test(key)) return key;
  res.status(404).json({ error: 'not-found', field: 'key' });
  return null;
}

const notFound = (res: Response) => res.status(404).json({ error: 'not-found', field: 'key' });

export function kiosksRouter(deps: KioskRouteDeps): Router {
  const router = express.Router();
  const json = express.json({ limit: '4kb' });
  const admin = requireUser(deps, ['admin']);
  const actor = (res: Response) => `${currentUser(res).role}:${currentUser(res).username}`;

  router.get('/kiosks/:key', async (req, res) => {
    const key = keyOf(req, res);
    if (!key) return;
    const kiosk = await deps.kiosks.get(key);
    if (!kiosk) return void notFound(res);
    res.set('Cache-Control', 'no-store').json(kiosk);
  });

  router.post('/kiosks/:key/heartbeat', json, async (req, res) => {
    const key = keyOf(req, res);
    if (!key) return;
    const report = parseKioskReport(req.body);
    if (!report.ok) return void res.status(400).json({ error: 'invalid', field: report.field });
    const answer = await deps.kiosks.heartbeat(key, report.value, deps.now());
    if (!answer) return void notFound(res);
    res.set('Cache-Control', 'no-store').json(answer);
  });

  router.get('/staff/kiosks', admin, async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ kiosks: await deps.kiosks.list(deps.now()) });
  });

  router.post('/staff/kiosks', admin, json, async (req, res) => {
    const settings = parseKioskSettings(req.body, deps.organisationIds);
    if (!settings.ok) return void res.status(400).json({ error: 'invalid', field: settings.field });
    const kiosk = await deps.kiosks.create(settings.value, currentUser(res).username, deps.now());
    await deps.audit({
      actor: actor(res),
      action: 'kiosk.create',
      target: kiosk.key,
      detail: settings.value,
    });
    res.status(201).json(kiosk);
  });

  router.post('/staff/kiosks/:key/reload', admin, async (req, res) => {
    const key = keyOf(req, res);
    if (!key) return;
    if (!(await deps.kiosks.requestReload(key, deps.now()))) return void notFound(res);
    await deps.audit({ actor: actor(res), action: 'kiosk.reload', target: key });
    res.status(202).json({ reloadPending: true });
  });

  router.delete('/staff/kiosks/:key', admin, async (req, res) => {
    const key = keyOf(req, res);
    if (!key) return;
    if (!(await deps.kiosks.remove(key))) return void notFound(res);
    await deps.audit({ actor: actor(res), action: 'kiosk.delete', target: key });
    res.status(204).end();
  });

  return router;
}
