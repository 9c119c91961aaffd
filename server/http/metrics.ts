// Metric routes under /api (mounted before the general API router):
// - POST /opds/:id/metrics — push API: `Authorization: Bearer <key>` of that organisation; JSON
//   (`{kpi, value, at?}` or an array ≤ 1000) or text/csv (`kpi,value,at`). 401 missing/unknown/revoked
//   key, 403 another organisation's key, 429 `{error: 'rate-limited', retryInMs}` + Retry-After past
//   PUSH_LIMIT or, for a client address, past KEY_GUESS_LIMIT failed keys, 400 `{error, errors: [{row, field, message}]}`, 413 too big, 415 other content types,
//   200 `{accepted}`.
// - GET /opds/:id/metrics/:kpi?from&to&bucket — history in buckets (mean, min, max, count).
// Runs on the server.
import express, { type ErrorRequestHandler, type RequestHandler, type Response, type Router } from 'express';
import { parseTime } from '../../shared/ingest.ts';
import type { BucketLimit } from '../../shared/rateLimit.ts';
import { findOrganisation } from '../../shared/registry.ts';
import { type IngestDeps, ingestPoints } from '../live/ingest.ts';
import { requestSource } from '../requestSource.ts';
import { memoryBuckets, type SharedBuckets } from '../scale/sharedBuckets.ts';
import type { KeyStore } from '../store/keyStore.ts';
import { publicReadCors } from './cors.ts';
import { errorHandler, logHttpError } from './errors.ts';

export type MetricsDeps = IngestDeps & {
  keys: KeyStore;
  now?: () => number;
  /** Where PUSH_LIMIT and KEY_GUESS_LIMIT buckets are kept (default: this process; server/scale/cluster.ts shares them). */
  buckets?: SharedBuckets;
};

/**
 * Push requests per API key: bursts of up to 20 requests, then 10 requests/s sustained. Counted in
 * `deps.buckets`: with several processes on Redis, across all of them.
 */
export const PUSH_LIMIT: BucketLimit = { capacity: 20, refillPerSec: 10 };
/**
 * Failed key attempts per client address: 20 at once, then one every 2 s; past it the address is
 * answered 429 without a lookup. Per address, never per key id: a guesser blocks only itself, never
 * the key's owner. A check is one indexed read and a SHA-256, so the few guesses in flight at once add
 * nothing that matters (192-bit secrets). Counted in `deps.buckets` like PUSH_LIMIT (across processes).
 */
export const KEY_GUESS_LIMIT: BucketLimit = { capacity: 20, refillPerSec: 0.5 };

/** Largest accepted request body (1000 points fit in well under this). */
const MAX_BODY = '1mb';
const DAY_MS = 86_400_000;
const DEFAULT_RANGE_MS = DAY_MS;
const MAX_RANGE_MS = 5 * 366 * DAY_MS;
const MIN_BUCKET_MS = 1000;
const MAX_BUCKETS = 2000;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
const BUCKET = /^(\d{1,12})(ms|s|m|h|d|w)?$/;

type Locals = { keyId: string };

/** '1h', '15m', '1d', or plain milliseconds; undefined when malformed. */
export function parseBucket(raw: string): number | undefined {
  const [, n, unit] = BUCKET.exec(raw.trim()) ?? [];
  return n === undefined ? undefined : Number(n) * (UNIT_MS[unit ?? 'ms'] ?? 1);
}

export function metricsRouter(deps: MetricsDeps): Router {
  const now = deps.now ?? Date.now;
  const buckets = deps.buckets ?? memoryBuckets();
  const router = express.Router();
  router.use(publicReadCors);

  const tooMany = (res: Response, retryInMs: number) =>
    res
      .status(429)
      .set('Retry-After', String(Math.ceil(retryInMs / 1000)))
      .json({ error: 'rate-limited', retryInMs });

  const authenticate: RequestHandler = async (req, res, next) => {
    const source = requestSource(req);
    // Looked at, not taken: only a failure costs the source a token.
    const allowed = await buckets.peek(`guess:${source}`, KEY_GUESS_LIMIT, now());
    if (!allowed.ok) return void tooMany(res, allowed.retryInMs);
    const [scheme, key] = (req.get('authorization') ?? '').trim().split(/\s+/, 2);
    const found = scheme?.toLowerCase() === 'bearer' && key ? await deps.keys.verify(key, now()) : null;
    if (!found) {
      await buckets.take(`guess:${source}`, KEY_GUESS_LIMIT, now());
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: 'unauthorized', field: 'authorization' });
      return;
    }
    // Limited after verification (only real keys get a bucket) and before the body is read.
    const taken = await buckets.take(`push:${found.id}`, PUSH_LIMIT, now());
    if (!taken.ok) return void tooMany(res, taken.retryInMs);
    if (found.organisationId !== req.params.id) {
      res.status(403).json({ error: 'forbidden', field: 'id' });
      return;
    }
    (res.locals as Locals).keyId = found.id;
    next();
  };

  router.post(
    '/opds/:id/metrics',
    authenticate,
    express.json({ limit: MAX_BODY }),
    express.text({ type: 'text/csv', limit: MAX_BODY }),
    async (req, res) => {
      const contentType = req.is('application/json') ? 'json' : req.is('text/csv') ? 'csv' : undefined;
      if (!contentType) {
        res.status(415).json({ error: 'unsupported-media-type', field: 'content-type' });
        return;
      }
      const outcome = await ingestPoints(deps, {
        organisationId: String(req.params.id),
        payload: req.body,
        contentType,
        source: `push:${(res.locals as Locals).keyId}`,
        simulated: false,
        nowMs: now(),
      });
      if (outcome.errors.length > 0) res.status(400).json({ error: 'invalid-input', errors: outcome.errors });
      else res.json({ accepted: outcome.accepted });
    },
  );

  router.get('/opds/:id/metrics/:kpi', async (req, res) => {
    const org = findOrganisation(deps.registry, req.params.id);
    const kpi = org?.kpis.find((k) => k.id === req.params.kpi);
    if (!org || !kpi) {
      res.status(404).json({ error: 'not-found', field: org ? 'kpi' : 'id' });
      return;
    }
    const q = (name: string) =>
      typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;
    const bad = (field: string, message: string) =>
      res.status(400).json({ error: 'invalid-query', field, message });
    const toMs = q('to') === undefined ? now() : parseTime(q('to'));
    if (toMs === undefined) return void bad('to', 'to must be ISO 8601 or epoch milliseconds');
    const fromMs = q('from') === undefined ? toMs - DEFAULT_RANGE_MS : parseTime(q('from'));
    if (fromMs === undefined) return void bad('from', 'from must be ISO 8601 or epoch milliseconds');
    if (fromMs >= toMs || toMs - fromMs > MAX_RANGE_MS)
      return void bad('from', 'from must be before to, within 5 years');
    const bucketMs = parseBucket(q('bucket') ?? '1h');
    if (bucketMs === undefined || bucketMs < MIN_BUCKET_MS || bucketMs > MAX_RANGE_MS)
      return void bad('bucket', 'bucket must be like 15m, 1h, 1d or milliseconds, from 1 s to 5 years');
    if ((toMs - fromMs) / bucketMs > MAX_BUCKETS) return void bad('bucket', `at most ${MAX_BUCKETS} buckets`);
    const buckets = await deps.metrics.history(org.id, kpi.id, { fromMs, toMs, bucketMs });
    res
      .set('Cache-Control', 'no-cache')
      .json({ id: org.id, kpi: kpi.id, unit: kpi.unit, fromMs, toMs, bucketMs, buckets });
  });

  // A push's malformed JSON keeps the push API's row-error shape; everything else: errors.ts.
  const onBodyError: ErrorRequestHandler = (err: { type?: string; message?: string }, req, res, next) => {
    if (err.type !== 'entity.parse.failed') return next(err);
    logHttpError(req, err, 400);
    const message = `malformed JSON: ${err.message ?? 'parse error'}`;
    res.status(400).json({ error: 'invalid-input', errors: [{ row: 0, field: 'body', message }] });
  };
  router.use(onBodyError, errorHandler);
  return router;
}
