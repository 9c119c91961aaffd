// The city moderation API, mounted under /api, for moderators and admins (Bearer staff token; any
// other signed-in role gets 403 and the refusal is audited):
// - GET    /moderation/city/reports[?all=1]      → {reports}: open reports (or all), newest first
// - POST   /moderation/city/reports/:id/resolve  → 204
// - GET    /moderation/city/chat                 → {lines}: recent plaza chat, deleted lines left out
// - DELETE /moderation/city/chat/:id {reason?}   → 204: gone from history and every client
// - POST   /moderation/city/actions CityAction   → 200 {sanction}: mute/ban (timed) or kick, all shards
// - GET    /moderation/city/sanctions            → {sanctions}: mutes and bans in force
// - DELETE /moderation/city/sanctions/:id        → 204: lifts one
// Every action is audited (server/moderation/cityModeration.ts); 4xx are JSON {error, field?}.
// Runs on the server.
import express, { type RequestHandler, type Response, type Router } from 'express';
import { CITY_MODERATOR_ROLES, CityAction, DeleteChatBody } from '../../shared/cityModeration.ts';
import type { Claims, Tokens } from '../auth/tokens.ts';
import type { CityModeration, Outcome } from '../moderation/cityModeration.ts';
import type { Store } from '../store/store.ts';
import { errorHandler } from './errors.ts';
import { currentUser, requireUser } from './requireUser.ts';

export type CityModerationRouteDeps = {
  moderation: CityModeration;
  store: Pick<Store, 'moderation' | 'audit' | 'recentChat' | 'users'>;
  tokens: Tokens;
  /** Epoch ms. */
  now: () => number;
};

/** Plaza lines and reports one listing shows. */
const LISTED = 100;
const ID = /^[1-9][0-9]{0,9}$/;

const isModerator = (user: Claims) => (CITY_MODERATOR_ROLES as readonly string[]).includes(user.role);

function answer(res: Response, outcome: Outcome<unknown>, field: string): void {
  if (outcome.ok) res.status(204).end();
  else res.status(outcome.status).json({ error: outcome.error, field });
}

/** The numeric `:id`, or undefined after answering 400. */
function idOf(raw: unknown, res: Response): number | undefined {
  if (typeof raw === 'string' && ID.test(raw)) return Number(raw);
  res.status(400).json({ error: 'invalid', field: 'id' });
  return undefined;
}

export function cityModerationRouter(deps: CityModerationRouteDeps): Router {
  const router = express.Router();
  const json = express.json({ limit: '4kb' });
  const signedIn = requireUser({ tokens: deps.tokens, users: deps.store.users, now: deps.now });
  const moderatorOnly: RequestHandler = async (req, res, next) => {
    const user = currentUser(res);
    if (isModerator(user)) return next();
    await deps.store.audit.append(
      {
        actor: `staff:${user.username}`,
        action: 'city.moderation-denied',
        target: 'city',
        detail: { role: user.role, path: req.path },
      },
      deps.now(),
    );
    res.status(403).json({ error: 'forbidden' });
  };
  const who = (res: Response) => ({ username: currentUser(res).username });
  router.use('/moderation/city', signedIn, moderatorOnly, (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/moderation/city/reports', async (req, res) => {
    const open = req.query.all !== '1';
    res.json({ reports: await deps.store.moderation.reports({ open, limit: LISTED }) });
  });

  router.post('/moderation/city/reports/:id/resolve', async (req, res) => {
    const id = idOf(req.params.id, res);
    if (id !== undefined) answer(res, await deps.moderation.resolveReport(who(res), id), 'id');
  });

  router.get('/moderation/city/chat', async (_req, res) => {
    res.json({ lines: await deps.store.recentChat('plaza', LISTED) });
  });

  router.delete('/moderation/city/chat/:id', json, async (req, res) => {
    const id = idOf(req.params.id, res);
    if (id === undefined) return;
    const body = DeleteChatBody.safeParse(req.body ?? {});
    if (!body.success) return void res.status(400).json({ error: 'invalid', field: 'reason' });
    answer(res, await deps.moderation.deleteChat(who(res), id, body.data.reason), 'id');
  });

  router.post('/moderation/city/actions', json, async (req, res) => {
    const parsed = CityAction.safeParse(req.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.map(String).join('.') || 'body';
      return void res.status(400).json({ error: 'invalid', field });
    }
    const outcome = await deps.moderation.act(who(res), parsed.data);
    if (outcome.ok) res.json({ sanction: outcome.value });
    else res.status(outcome.status).json({ error: outcome.error, field: 'sessionId' });
  });

  router.get('/moderation/city/sanctions', async (_req, res) => {
    res.json({ sanctions: await deps.store.moderation.activeSanctions(deps.now()) });
  });

  router.delete('/moderation/city/sanctions/:id', async (req, res) => {
    const id = idOf(req.params.id, res);
    if (id !== undefined) answer(res, await deps.moderation.lift(who(res), id), 'id');
  });

  router.use('/moderation/city', errorHandler);
  return router;
}
