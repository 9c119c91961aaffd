// The awareness tracker's API, mounted under /api (public, no account):
// - POST /awareness {visitorId, answer}  → 201 {recorded: true}; the same visitor again → 409
//   `already-answered` (nothing changes); bad body → 400 {error, field}; more than AWARENESS_LIMIT
//   per client address → 429. Only a hash of the visitor id and the WITA day are stored.
// - GET  /awareness                      → AwarenessTrend: daily counts and shares (summing to 100)
//   over the last AWARENESS_TREND_DAYS, and the 2022 baseline.
// Runs on the server.
import express, { type Router } from 'express';
import { AWARENESS_TREND_DAYS, AwarenessVote, awarenessTrend, witaDay } from '../../shared/awareness.ts';
import { type Bucket, fullBucket, take } from '../../shared/rateLimit.ts';
import type { AwarenessStore } from '../rapor/raporStore.ts';
import { requestSource } from '../requestSource.ts';
import { publicReadCors } from './cors.ts';
import { errorHandler } from './errors.ts';

/** Answers per client address: a burst for a kiosk hall behind one NAT, then one every 10 s. */
const AWARENESS_LIMIT = { capacity: 30, refillPerSec: 0.1 };
const MAX_TRACKED_SOURCES = 10_000;
const DAY_MS = 86_400_000;

export function awarenessRouter(deps: { awareness: AwarenessStore; now: () => number }): Router {
  const router = express.Router();
  const buckets = new Map<string, Bucket>();
  router.use(publicReadCors);

  router.post('/awareness', express.json({ limit: '1kb' }), async (req, res) => {
    const source = requestSource(req);
    const nowMs = deps.now();
    const taken = take(buckets.get(source) ?? fullBucket(AWARENESS_LIMIT, nowMs), AWARENESS_LIMIT, nowMs);
    if (buckets.size > MAX_TRACKED_SOURCES) buckets.clear();
    buckets.set(source, taken.bucket);
    if (!taken.ok) {
      res
        .status(429)
        .set('Retry-After', String(Math.ceil(taken.retryInMs / 1000)))
        .json({ error: 'rate-limited' });
      return;
    }
    const vote = AwarenessVote.safeParse(req.body);
    if (!vote.success) {
      const field = String(vote.error.issues[0]?.path[0] ?? 'body');
      res.status(400).json({ error: 'invalid', field });
      return;
    }
    const recorded = await deps.awareness.answer(vote.data.visitorId, vote.data.answer, witaDay(nowMs));
    if (!recorded) {
      res.status(409).json({ error: 'already-answered', field: 'visitorId' });
      return;
    }
    res.status(201).json({ recorded: true });
  });

  router.get('/awareness', async (_req, res) => {
    const fromDay = witaDay(deps.now() - (AWARENESS_TREND_DAYS - 1) * DAY_MS);
    res.set('Cache-Control', 'no-cache').json(awarenessTrend(await deps.awareness.counts(fromDay)));
  });

  router.use(errorHandler);
  return router;
}
