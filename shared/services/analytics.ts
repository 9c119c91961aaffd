// Visit analytics (issue 12): what a browser reports about its visit (booth panel opens, time spent,
// hand-offs to an organisation's own channel, searches with no result), the validator of that report,
// and the shapes of the aggregate answers. Nothing here identifies a visitor: the visitor token is a
// random string the browser makes for itself, and the server keeps only a daily-salted digest of it
// until the day ends. Pure; runs on server and client.
import { z } from 'zod';
import { foldText } from '../opdGuide.ts';
import { HANDOFF_CHANNELS } from './service.ts';

/** Events per report; a browser batches what happened since its last report. */
export const MAX_EVENTS_PER_REPORT = 20;
/** A single time-spent event is capped at this (a panel left open over lunch is not a visit). */
export const MAX_DWELL_S = 1800;
/** Search words kept per no-result query (folded). */
export const MAX_MISS_QUERY_CHARS = 60;
/** Days an analytics answer may cover. */
export const MAX_ANALYTICS_DAYS = 90;
/** Makassar is on WITA (UTC+8): a "day" of the aggregates runs from 00:00 to 24:00 WITA. */
const WITA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The WITA calendar day of an instant, as YYYY-MM-DD. */
export function witaDay(ms: number): string {
  return new Date(ms + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last `count` WITA days up to and including the day of `ms`, oldest first. */
export function witaDays(ms: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => witaDay(ms - (count - 1 - i) * DAY_MS));
}

const opd = z.string().regex(/^[a-z0-9-]{2,40}$/);

export const VisitEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open'), opd }),
  z.strictObject({ type: z.literal('dwell'), opd, seconds: z.number().int().min(1).max(MAX_DWELL_S) }),
  z.strictObject({ type: z.literal('handoff'), opd, channel: z.enum(HANDOFF_CHANNELS) }),
  z.strictObject({
    type: z.literal('search-miss'),
    query: z
      .string()
      .max(200)
      // Long digit runs (a NIK, a phone number) are not kept: the words are what the city learns from.
      .transform((q) =>
        foldText(q)
          .replace(/[0-9]{4,}/g, '#')
          .slice(0, MAX_MISS_QUERY_CHARS)
          .trim(),
      )
      .pipe(z.string().min(2)),
  }),
]);
export type VisitEvent = z.infer<typeof VisitEvent>;

export const VisitReport = z.strictObject({
  /** The browser's own random token (url-safe, 16–64 characters); never stored as sent. */
  visitor: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  events: z.array(VisitEvent).min(1).max(MAX_EVENTS_PER_REPORT),
});
export type VisitReport = z.infer<typeof VisitReport>;

export function parseVisitReport(
  input: unknown,
): { ok: true; report: VisitReport } | { ok: false; field: string } {
  const parsed = VisitReport.safeParse(input);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue?.path.map(String).join('.') || 'report' };
}

/** One booth's figures for one WITA day. */
export type BoothDay = {
  day: string;
  visitors: number;
  opens: number;
  /** Seconds the booth panel was open, summed over visitors. */
  dwellS: number;
  handoffs: number;
  /** Questions asked in the organisation's public sessions that day. */
  questions: number;
};

/** One public session of the organisation: its attendance curve, questions and votes. */
export type SessionFigures = {
  id: string;
  title: string;
  startsAt: number;
  /** [epoch ms, attendees connected] samples. */
  attendance: Array<[number, number]>;
  peak: number;
  questions: number;
  /** Upvotes on questions plus poll votes. */
  votes: number;
};

/** GET /api/analytics/opds/:id */
export type OpdAnalytics = {
  organisationId: string;
  days: BoothDay[];
  totals: Omit<BoothDay, 'day'>;
  sessions: SessionFigures[];
};

export type WeekFigures = { visitors: number; opens: number; handoffs: number };

/** GET /api/analytics/city (admins) */
export type CityAnalytics = {
  /** City-wide distinct visitors and panel opens per day, oldest first. */
  days: Array<{ day: string; visitors: number; opens: number; handoffs: number }>;
  /** Booths by panel opens over the period, most first. */
  busiest: Array<{ organisationId: string; opens: number; visitors: number; handoffs: number }>;
  /** Searches that found nothing over the period, most first: services to add. */
  misses: Array<{ query: string; count: number }>;
  /** The last 7 days against the 7 before; growth in % of opens (null when the week before had none). */
  week: { current: WeekFigures; previous: WeekFigures; growthPct: number | null };
};

/** Growth of `current` over `previous` in whole percent, or null without a base. */
export function growthPct(current: number, previous: number): number | null {
  return previous > 0 ? Math.round(((current - previous) / previous) * 100) : null;
}
