// The staff console's API, for signed-in staff (their own organisation only) and admins (any):
// GET/PUT /api/opds/:id/profile and POST /api/staff/opds/:id/metrics (hand-entered figures).
// A refused attempt on another organisation is 403 and audited; every change is audited with who,
// what and, for profiles, before and after. Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import { EMPTY_PROFILE, parseProfile } from '../../shared/accounts.ts';
import type { Claims } from '../auth/tokens.ts';
import type { AuditEntry } from '../store/auditStore.ts';
import type { OrganisationStore } from '../store/organisationStore.ts';
import { currentUser, requireUser, type SessionDeps } from './requireUser.ts';

export type StaffDeps = SessionDeps & {
  organisations: Pick<OrganisationStore, 'get' | 'getProfile' | 'updateProfile'>;
  audit(entry: AuditEntry): Promise<void>;
  /** Validates, stores, publishes and audits hand-entered figures; a 4xx status and body when refused. */
  enterFigures(
    organisationId: string,
    payload: unknown,
    user: Claims,
  ): Promise<{ status: number; body: unknown }>;
};

const organisationOf = (req: Request) => String(req.params.id);
const actorOf = (user: Claims) => `${user.role}:${user.username}`;

/**
 * True when the user may act for organisation `id` (an admin, or staff of it); otherwise answers 403
 * and audits the attempt (staff of another organisation, or a role without console rights).
 */
async function mayActFor(deps: StaffDeps, res: Response, id: string, action: string): Promise<boolean> {
  const user = currentUser(res);
  if (user.role === 'admin' || (user.role === 'staff' && user.organisationId === id)) return true;
  await deps.audit({
    actor: actorOf(user),
    action: `${action}-denied`,
    target: id,
    detail: { role: user.role, organisationId: user.organisationId },
  });
  res.status(403).json({ error: 'forbidden' });
  return false;
}

export function staffRouter(deps: StaffDeps): Router {
  const router = express.Router();
  // Any signed-in role passes here; mayActFor decides (and audits refusals).
  const staff = requireUser(deps);
  const json = express.json({ limit: '64kb' });

  async function known(res: Response, id: string): Promise<boolean> {
    if (await deps.organisations.get(id)) return true;
    res.status(404).json({ error: 'not-found', field: 'id' });
    return false;
  }

  router.get('/opds/:id/profile', staff, async (req, res) => {
    const id = organisationOf(req);
    if (!(await mayActFor(deps, res, id, 'profile.read')) || !(await known(res, id))) return;
    const stored = parseProfile(await deps.organisations.getProfile(id));
    res
      .set('Cache-Control', 'no-store')
      .json({ organisationId: id, profile: stored.ok ? stored.profile : EMPTY_PROFILE });
  });

  router.put('/opds/:id/profile', staff, json, async (req, res) => {
    const id = organisationOf(req);
    if (!(await mayActFor(deps, res, id, 'profile.update')) || !(await known(res, id))) return;
    const parsed = parseProfile(req.body);
    if (!parsed.ok) {
      res.status(400).json({ error: 'invalid', field: parsed.field });
      return;
    }
    const before = await deps.organisations.getProfile(id);
    await deps.organisations.updateProfile(id, parsed.profile);
    const actor = actorOf(currentUser(res));
    await deps.audit({
      actor,
      action: 'profile.update',
      target: id,
      detail: { before, after: parsed.profile },
    });
    res.json({ organisationId: id, profile: parsed.profile });
  });

  router.post('/staff/opds/:id/metrics', staff, json, async (req, res) => {
    const id = organisationOf(req);
    if (!(await mayActFor(deps, res, id, 'metrics.enter')) || !(await known(res, id))) return;
    const result = await deps.enterFigures(id, req.body, currentUser(res));
    res.status(result.status).json(result.body);
  });

  return router;
}
