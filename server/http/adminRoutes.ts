// The admins' account API (staff console): GET /api/admin/users; POST /api/admin/users/:username/
// disable | enable; DELETE /api/admin/users/:username; GET /api/admin/audit?limit=N (newest first,
// 1…500, default 100). Admins only (403 otherwise); an admin cannot disable or delete their own
// account (409 `self`); every change is audited; disabling ends the user's sessions. Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import type { AccountRow } from '../../shared/accounts.ts';
import type { AuditStore } from '../store/auditStore.ts';
import type { User, UserStore } from '../store/userStore.ts';
import { currentUser, requireUser, type SessionDeps } from './requireUser.ts';

export type AdminDeps = SessionDeps & {
  users: UserStore;
  audit: Pick<AuditStore, 'append' | 'recent'>;
};

const MAX_AUDIT = 500;
const DEFAULT_AUDIT = 100;

/** What the console lists of an account: never its password hash. */
export function accountRow(u: User): AccountRow {
  return {
    username: u.username,
    role: u.role,
    organisationId: u.organisationId,
    disabled: u.disabledAt !== null,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt,
  };
}

export function adminRouter(deps: AdminDeps): Router {
  const router = express.Router();
  router.use(requireUser(deps, ['admin']));
  const actor = (res: Response) => `admin:${currentUser(res).username}`;

  /** The account named in the path, other than the caller's own; else answers 404 / 409. */
  async function target(req: Request, res: Response): Promise<User | undefined> {
    const user = await deps.users.byUsername(String(req.params.username));
    if (!user) return void res.status(404).json({ error: 'not-found', field: 'username' });
    if (user.id === currentUser(res).sub)
      return void res.status(409).json({ error: 'self', field: 'username' });
    return user;
  }

  router.get('/users', async (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ users: (await deps.users.list()).map(accountRow) });
  });

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    router.post(`/users/:username/${action}`, async (req, res) => {
      const user = await target(req, res);
      if (!user) return;
      const nowMs = deps.now();
      await deps.users.setDisabled(user.id, disabled ? (user.disabledAt ?? nowMs) : null);
      if (disabled) await deps.users.endSessions(user.id, nowMs);
      await deps.audit.append(
        { actor: actor(res), action: `user.${action}`, target: `user:${user.username}` },
        nowMs,
      );
      const fresh = await deps.users.byId(user.id);
      res.json(fresh ? accountRow(fresh) : {});
    });
  }

  router.delete('/users/:username', async (req, res) => {
    const user = await target(req, res);
    if (!user) return;
    await deps.users.remove(user.id);
    const detail = { role: user.role, organisationId: user.organisationId };
    await deps.audit.append(
      { actor: actor(res), action: 'user.delete', target: `user:${user.username}`, detail },
      deps.now(),
    );
    res.status(204).end();
  });

  router.get('/audit', async (req, res) => {
    const raw = req.query.limit;
    const limit = raw === undefined ? DEFAULT_AUDIT : Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT)
      return void res.status(400).json({ error: 'invalid-query', field: 'limit' });
    res.set('Cache-Control', 'no-store').json({ entries: await deps.audit.recent({ limit }) });
  });

  return router;
}
