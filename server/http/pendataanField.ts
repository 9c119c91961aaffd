// The field app's API (surveyors):
// - POST /pendataan/activate {code} → 200 {token, home} once per code; 400 malformed, 404 unknown/used
//   (audited with the client address); 429 with Retry-After past the address's free attempts
//   (activationThrottle.ts; the refusal is audited once per wait).
// - GET /pendataan/me (device token) → the home view: assignments, form versions, record states.
// - POST /pendataan/sync (device token) {submissions: [...≤25]} → 200 {results}: each record stored,
//   resubmitted, duplicate (already held) or refused with a reason; 403 when every record was refused as
//   not the surveyor's RT or scope. The body cap (MAX_SYNC_BODY_BYTES) is applied after the device check,
//   so nothing unauthenticated is parsed and a 10 MB field is 413 unread.
// Runs on the server.
import express, { type Router } from 'express';
import { SyncRequest } from '../../shared/pendataan/api.ts';
import { MAX_SYNC_BODY_BYTES } from '../../shared/pendataan/limits.ts';
import { activationThrottle } from '../pendataan/activationThrottle.ts';
import { activationHash, newDeviceToken } from '../pendataan/credentials.ts';
import { fieldHome, RIGHTS_REFUSALS, syncBatch } from '../pendataan/fieldService.ts';
import { requestSource } from '../requestSource.ts';
import { currentSurveyor, onBodyError, type PendataanDeps, requireSurveyor } from './pendataanShared.ts';

export function pendataanFieldRouter(deps: PendataanDeps): Router {
  const router = express.Router();
  const surveyor = requireSurveyor(deps);
  const throttle = activationThrottle();
  /** Addresses told to wait, and until when: the refusal is audited once per wait. */
  const waiting = new Map<string, number>();

  router.post('/pendataan/activate', express.json({ limit: '1kb' }), async (req, res) => {
    const source = requestSource(req);
    const now = deps.now();
    const turn = await throttle.attempt(source, now);
    if (!turn.ok) {
      if ((waiting.get(source) ?? 0) <= now) {
        if (waiting.size > 10_000) waiting.clear();
        waiting.set(source, now + turn.retryInMs);
        await deps.audit.append(
          {
            actor: 'anonymous',
            action: 'pendataan.activate-throttled',
            target: source,
            detail: { retryInMs: turn.retryInMs },
          },
          now,
        );
      }
      res
        .status(429)
        .set('Retry-After', String(Math.ceil(turn.retryInMs / 1000)))
        .json({ error: 'too-many-attempts' });
      return;
    }
    const code = typeof req.body?.code === 'string' ? req.body.code : '';
    const hash = activationHash(code);
    const device = newDeviceToken();
    const s = hash ? await deps.pendataan.roster.activate(hash, device.hash, now) : undefined;
    if (!s) {
      await deps.audit.append(
        {
          actor: 'anonymous',
          action: 'pendataan.activate-failed',
          target: source,
          detail: { attempt: turn.attempt },
        },
        now,
      );
      if (!hash) res.status(400).json({ error: 'invalid', field: 'code' });
      else res.status(404).json({ error: 'unknown-code', field: 'code' });
      return;
    }
    await throttle.succeeded(source);
    await deps.audit.append(
      {
        actor: `surveyor:${s.id}`,
        action: 'pendataan.activate',
        target: s.kelurahan,
        detail: { rw: s.rw, rt: s.rt },
      },
      deps.now(),
    );
    res
      .set('Cache-Control', 'no-store')
      .json({ token: device.token, home: await fieldHome(deps.pendataan, s) });
  });

  router.get('/pendataan/me', surveyor, async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await fieldHome(deps.pendataan, currentSurveyor(res)));
  });

  router.post('/pendataan/sync', surveyor, express.json({ limit: MAX_SYNC_BODY_BYTES }), async (req, res) => {
    const parsed = SyncRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid', field: 'submissions' });
      return;
    }
    const s = currentSurveyor(res);
    const results = await syncBatch(deps.pendataan, s, parsed.data.submissions, deps.now());
    const denied = results.every((r) => r.outcome === 'refused' && RIGHTS_REFUSALS.has(r.reason));
    if (denied)
      await deps.audit.append(
        {
          actor: `surveyor:${s.id}`,
          action: 'pendataan.sync-denied',
          target: s.kelurahan,
          detail: { records: results.length },
        },
        deps.now(),
      );
    res.status(denied ? 403 : 200).json({ results });
  });

  router.use('/pendataan', onBodyError);
  return router;
}
