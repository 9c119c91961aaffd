// The mayor's office's rapor desk, mounted under /api (Bearer staff token):
// - GET  /staff/rapor[?month=YYYY-MM]             → Rapor: the draft with notes (or the released
//   rapor). Admins see every organisation; staff their own entry whole and the others hidden.
// - PUT  /staff/rapor/:month/notes/:id {note}     → 204 (admin): a note ≤ NOTE_MAX characters, '' removes it
// - POST /staff/rapor/:month/release              → 201 Rapor (admin): frozen and public with names
// Refusals: 400 {error, field} for a bad month, future month, unknown organisation or bad note; 409
// `already-released`; 401/403 from requireUser. Notes and releases are audited. Runs on the server.
import express, { type Router } from 'express';
import { z } from 'zod';
import { currentRaporKey } from '../../shared/raporPeriod.ts';
import type { Registry } from '../../shared/registry.ts';
import { cleanLines } from '../../shared/text.ts';
import type { Tokens } from '../auth/tokens.ts';
import type { RaporRefusal, RaporService } from '../rapor/raporService.ts';
import type { Store } from '../store/store.ts';
import { errorHandler } from './errors.ts';
import { currentUser, requireUser } from './requireUser.ts';

export type RaporReleaseDeps = {
  service: RaporService;
  registry: Registry;
  store: Pick<Store, 'users' | 'audit'>;
  tokens: Tokens;
  now: () => number;
};

export const NOTE_MAX = 500;
const NoteBody = z.strictObject({
  note: z
    .string()
    .transform((s) => cleanLines(s, Number.MAX_SAFE_INTEGER))
    .pipe(z.string().max(NOTE_MAX)),
});

const MONTH = /^\d{4}-\d{2}$/;

function refuse(res: express.Response, refusal: RaporRefusal): void {
  if (refusal === 'released') res.status(409).json({ error: 'already-released', field: 'month' });
  else
    res.status(400).json({
      error: refusal === 'future' ? 'month has not started yet' : 'month must be YYYY-MM',
      field: 'month',
    });
}

export function raporReleaseRouter(deps: RaporReleaseDeps): Router {
  const router = express.Router();
  const json = express.json({ limit: '8kb' });
  const session = { tokens: deps.tokens, users: deps.store.users, now: deps.now };
  const readers = requireUser(session, ['admin', 'staff']);
  const admin = requireUser(session, ['admin']);
  const actor = (res: express.Response) => {
    const u = currentUser(res);
    return `${u.role}:${u.username}`;
  };
  const monthOf = (raw: unknown): string | undefined =>
    typeof raw === 'string' && MONTH.test(raw) ? raw : undefined;

  router.get('/staff/rapor', readers, async (req, res) => {
    const raw = req.query.month;
    const key = raw === undefined ? currentRaporKey('month', deps.now()) : monthOf(raw);
    if (key === undefined) return refuse(res, 'bad-key');
    const user = currentUser(res);
    const own = user.role === 'admin' ? undefined : (user.organisationId ?? '');
    const rapor = await deps.service.staffRapor(key, own);
    if (typeof rapor === 'string') return refuse(res, rapor);
    res.set('Cache-Control', 'no-store').json(rapor);
  });

  router.put('/staff/rapor/:month/notes/:id', admin, json, async (req, res) => {
    const key = monthOf(req.params.month);
    if (key === undefined) return refuse(res, 'bad-key');
    const id = String(req.params.id);
    if (!deps.registry.organisations.some((o) => o.id === id)) {
      res.status(400).json({ error: 'unknown organisation', field: 'id' });
      return;
    }
    const body = NoteBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: `note must be text of at most ${NOTE_MAX} characters`, field: 'note' });
      return;
    }
    const refusal = await deps.service.setNote(key, id, body.data.note, actor(res));
    if (refusal) return refuse(res, refusal);
    await deps.store.audit.append(
      {
        actor: actor(res),
        action: 'rapor.note',
        target: id,
        detail: { month: key, length: body.data.note.length },
      },
      deps.now(),
    );
    res.status(204).end();
  });

  router.post('/staff/rapor/:month/release', admin, async (req, res) => {
    const key = monthOf(req.params.month);
    if (key === undefined) return refuse(res, 'bad-key');
    const rapor = await deps.service.release(key, actor(res));
    if (typeof rapor === 'string') return refuse(res, rapor);
    await deps.store.audit.append({ actor: actor(res), action: 'rapor.release', target: key }, deps.now());
    res.status(201).json(rapor);
  });

  router.use(errorHandler);
  return router;
}
