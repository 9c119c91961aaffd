// The visit analytics API (issue 12):
// - POST /api/analytics/events: a browser's report (shared/services/analytics.ts), public and
//   same-origin; 204, or 400 `{error, field}` changing nothing, or 429 when a source floods.
// - GET /api/analytics/opds/:id?days=N: one organisation's daily figures and its sessions, for its
//   staff and admins (other organisations' staff: 403, audited).
// - GET /api/analytics/city?days=N: admins only — busiest booths, searches with no result, week on week.
// The client address is used only in memory for the flood limit; it is never stored. Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import { type Bucket, type BucketLimit, fullBucket, take } from '../../shared/rateLimit.ts';
import type { Registry } from '../../shared/registry.ts';
import {
  type BoothDay,
  type CityAnalytics,
  growthPct,
  MAX_ANALYTICS_DAYS,
  type OpdAnalytics,
  parseVisitReport,
  witaDays,
} from '../../shared/services/analytics.ts';
import { requireUser, type SessionDeps } from '../http/requireUser.ts';
import { requestSource } from '../requestSource.ts';
import type { AuditStore } from '../store/auditStore.ts';
import type { SessionStore } from '../store/sessionStore.ts';
import { sessionFigures } from './sessionFigures.ts';
import { mayActFor } from './staffAccess.ts';
import { CITY_SCOPE, type DailyRow, type VisitStore } from './visitStore.ts';

export type AnalyticsDeps = SessionDeps & {
  visits: VisitStore;
  sessions: Pick<SessionStore, 'list' | 'events'>;
  audit: Pick<AuditStore, 'append'>;
  registry: Registry;
};

/** Events a source may report: a burst of 60, then one a second (a visitor makes a few a minute). */
export const EVENTS_PER_SOURCE: BucketLimit = { capacity: 60, refillPerSec: 1 };
const MAX_TRACKED_SOURCES = 10_000;
const DEFAULT_DAYS = 28;
/** Sessions shown per organisation, newest first. */
const MAX_SESSIONS = 20;

function daysParam(req: Request, res: Response): number | undefined {
  const raw = req.query.days;
  if (raw === undefined) return DEFAULT_DAYS;
  const n = typeof raw === 'string' && /^[0-9]{1,3}$/.test(raw) ? Number(raw) : 0;
  if (n >= 1 && n <= MAX_ANALYTICS_DAYS) return n;
  res.status(400).json({ error: 'invalid', field: 'days' });
  return undefined;
}

const sumOf = (rows: readonly DailyRow[], key: 'visitors' | 'opens' | 'handoffs') =>
  rows.reduce((s, r) => s + r[key], 0);

export function analyticsRouter(deps: AnalyticsDeps): Router {
  const router = express.Router();
  const buckets = new Map<string, Bucket>();
  const known = new Set(deps.registry.organisations.map((o) => o.id));

  router.post('/analytics/events', express.json({ limit: '8kb' }), async (req, res) => {
    const source = requestSource(req);
    const parsed = parseVisitReport(req.body);
    if (!parsed.ok) return void res.status(400).json({ error: 'invalid', field: parsed.field });
    const unknown = parsed.report.events.findIndex((e) => e.type !== 'search-miss' && !known.has(e.opd));
    if (unknown >= 0) return void res.status(400).json({ error: 'invalid', field: `events.${unknown}.opd` });
    const nowMs = deps.now();
    const allowed = take(
      buckets.get(source) ?? fullBucket(EVENTS_PER_SOURCE, nowMs),
      EVENTS_PER_SOURCE,
      nowMs,
      parsed.report.events.length,
    );
    if (buckets.size > MAX_TRACKED_SOURCES) buckets.clear();
    buckets.set(source, allowed.bucket);
    if (!allowed.ok) {
      res
        .status(429)
        .set('Retry-After', String(Math.ceil(allowed.retryInMs / 1000)))
        .json({ error: 'rate-limited' });
      return;
    }
    await deps.visits.record(parsed.report, nowMs);
    res.status(204).end();
  });

  router.get('/analytics/opds/:id', requireUser(deps), async (req, res) => {
    const id = String(req.params.id);
    if (!(await mayActFor(deps.audit, res, id, 'analytics.read', deps.now()))) return;
    if (!known.has(id)) return void res.status(404).json({ error: 'not-found', field: 'id' });
    const count = daysParam(req, res);
    if (count === undefined) return;
    const nowMs = deps.now();
    await deps.visits.forgetEnded(nowMs);
    const days = witaDays(nowMs, count);
    const from = days[0] ?? '';
    const rows = new Map(
      (await deps.visits.daily(id, from, days[days.length - 1] ?? '')).map((r) => [r.day, r]),
    );
    const fromMs = nowMs - count * 86_400_000;
    const own = (await deps.sessions.list({ sinceMs: fromMs, limit: 500 }))
      .filter((s) => s.organiser === id && s.startsAt <= nowMs)
      .sort((a, b) => b.startsAt - a.startsAt)
      .slice(0, MAX_SESSIONS);
    const questions = new Map<string, number>();
    const sessions = [];
    for (const s of own) {
      const { figures, questionsByDay } = sessionFigures(s, await deps.sessions.events(s.id));
      sessions.push(figures);
      for (const [day, n] of questionsByDay) questions.set(day, (questions.get(day) ?? 0) + n);
    }
    const daily: BoothDay[] = days.map((day) => {
      const r = rows.get(day);
      return {
        day,
        visitors: r?.visitors ?? 0,
        opens: r?.opens ?? 0,
        dwellS: r?.dwellS ?? 0,
        handoffs: r?.handoffs ?? 0,
        questions: questions.get(day) ?? 0,
      };
    });
    const total = (key: keyof Omit<BoothDay, 'day'>) => daily.reduce((sum, d) => sum + d[key], 0);
    const body: OpdAnalytics = {
      organisationId: id,
      days: daily,
      totals: {
        visitors: total('visitors'),
        opens: total('opens'),
        dwellS: total('dwellS'),
        handoffs: total('handoffs'),
        questions: total('questions'),
      },
      sessions,
    };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.get('/analytics/city', requireUser(deps, ['admin']), async (req, res) => {
    const count = daysParam(req, res);
    if (count === undefined) return;
    const nowMs = deps.now();
    await deps.visits.forgetEnded(nowMs);
    const days = witaDays(nowMs, Math.max(count, 14));
    const shown = days.slice(-count);
    const first = shown[0] ?? '';
    const last = days[days.length - 1] ?? '';
    const cityRows = await deps.visits.daily(CITY_SCOPE, days[0] ?? '', last);
    const byDay = new Map(cityRows.map((r) => [r.day, r]));
    const week = (from: number, to: number) => {
      const rows = days.slice(from, to).flatMap((d) => byDay.get(d) ?? []);
      return {
        visitors: sumOf(rows, 'visitors'),
        opens: sumOf(rows, 'opens'),
        handoffs: sumOf(rows, 'handoffs'),
      };
    };
    const current = week(-7, days.length);
    const previous = week(-14, -7);
    const body: CityAnalytics = {
      days: shown.map((day) => {
        const r = byDay.get(day);
        return { day, visitors: r?.visitors ?? 0, opens: r?.opens ?? 0, handoffs: r?.handoffs ?? 0 };
      }),
      busiest: await deps.visits.busiest(first, last, 10),
      misses: await deps.visits.misses(first, last, 20),
      week: { current, previous, growthPct: growthPct(current.opens, previous.opens) },
    };
    res.set('Cache-Control', 'no-store').json(body);
  });

  return router;
}
