// The surveyor roster in the staff console (staff of any OPD and admins; other roles 403):
// - POST /staff/pendataan/roster (text/csv `nama,telepon,kode_kelurahan,rw,rt,peran`, ≤ 1 MB) → 200
//   {created: activation sheet entries (code + QR), updated}; 400 {errors: [{line, message}]} and
//   nothing stored when any line is bad.
// - GET /staff/pendataan/roster?kelurahan= → the roster (phones only here, never in public routes).
// - POST /staff/pendataan/roster/:id/reissue → ends the device sign-in, returns a new code + QR.
// Runs on the server.
import express, { type Request, type Router } from 'express';
import { parseRoster } from '../../shared/pendataan/roster.ts';
import { activationSheet } from '../pendataan/activationSheet.ts';
import { newActivationCode } from '../pendataan/credentials.ts';
import { actorOf, idParam, mayManageRoster, onBodyError, type PendataanDeps } from './pendataanShared.ts';
import { requireUser } from './requireUser.ts';

const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

export function pendataanRosterRouter(deps: PendataanDeps): Router {
  const router = express.Router();
  const staff = requireUser(deps);
  const roster = deps.pendataan.roster;

  router.post(
    '/staff/pendataan/roster',
    staff,
    express.text({ type: ['text/csv', 'text/plain'], limit: '1mb' }),
    async (req, res) => {
      if (!mayManageRoster(res)) return;
      if (typeof req.body !== 'string')
        return void res.status(415).json({ error: 'unsupported-media-type', field: 'content-type' });
      const parsed = parseRoster(req.body);
      if (!parsed.ok) return void res.status(400).json({ error: 'invalid', errors: parsed.errors });
      const result = await roster.importRoster(parsed.rows, newActivationCode, deps.now());
      await deps.audit.append(
        {
          actor: actorOf(res),
          action: 'pendataan.roster.import',
          target: 'roster',
          detail: { created: result.created.length, updated: result.updated },
        },
        deps.now(),
      );
      res
        .set('Cache-Control', 'no-store')
        .json({ created: await activationSheet(originOf(req), result.created), updated: result.updated });
    },
  );

  router.get('/staff/pendataan/roster', staff, async (req, res) => {
    if (!mayManageRoster(res)) return;
    const kelurahan = typeof req.query.kelurahan === 'string' ? req.query.kelurahan : undefined;
    res.set('Cache-Control', 'no-store').json({ surveyors: await roster.list(kelurahan) });
  });

  router.post('/staff/pendataan/roster/:id/reissue', staff, async (req, res) => {
    if (!mayManageRoster(res)) return;
    const id = idParam(req.params.id);
    const s = id === undefined ? undefined : await roster.get(id);
    if (!s) return void res.status(404).json({ error: 'not-found', field: 'id' });
    const code = newActivationCode();
    await roster.reissue(s.id, code.hash, deps.now());
    await deps.audit.append(
      { actor: actorOf(res), action: 'pendataan.roster.reissue', target: s.kelurahan, detail: { id: s.id } },
      deps.now(),
    );
    const [entry] = await activationSheet(originOf(req), [{ surveyor: s, code: code.code }]);
    res.set('Cache-Control', 'no-store').json(entry);
  });

  router.use('/staff/pendataan/roster', onBodyError);
  return router;
}
