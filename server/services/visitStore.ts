// Visit aggregates (issue 12): per booth and WITA day — distinct visitors, panel opens, seconds
// spent, hand-offs — plus city-wide distinct visitors (organisation '*') and searches with no
// result. Distinct visitors are counted with today's salted digest set (visit_seen), which is
// deleted with its salt once the day is over; the visitor token and the address are never stored.
// Runs on the server.
import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { type VisitReport, witaDay } from '../../shared/services/analytics.ts';
import type { Tables } from '../db/tables.ts';

/** The city-wide row of visit_daily and scope of visit_seen. */
export const CITY_SCOPE = '*';

export type DailyRow = { day: string; visitors: number; opens: number; dwellS: number; handoffs: number };
export type BoothTotals = { organisationId: string; opens: number; visitors: number; handoffs: number };

export type VisitStore = {
  /** Adds one validated report (booth ids already checked) to today's aggregates. */
  record(report: VisitReport, nowMs: number): Promise<void>;
  /** Daily rows of one booth (or CITY_SCOPE) for days in [fromDay, toDay]; days without visits absent. */
  daily(organisationId: string, fromDay: string, toDay: string): Promise<DailyRow[]>;
  /** Booths by panel opens over [fromDay, toDay], most first. */
  busiest(fromDay: string, toDay: string, limit: number): Promise<BoothTotals[]>;
  /** Searches with no result over [fromDay, toDay], most first. */
  misses(fromDay: string, toDay: string, limit: number): Promise<Array<{ query: string; count: number }>>;
  /** Deletes the distinct-visitor digests and salts of days before `day`. */
  forgetBefore(day: string): Promise<void>;
  /** forgetBefore(the WITA day of nowMs), once per day and process: called on every report and read. */
  forgetEnded(nowMs: number): Promise<void>;
};

type Counts = { visitors: number; opens: number; dwell_s: number; handoffs: number };
const zero = (): Counts => ({ visitors: 0, opens: 0, dwell_s: 0, handoffs: 0 });

export function visitStore(db: Kysely<Tables>, ensureOpen: () => void): VisitStore {
  const salts = new Map<string, string>();
  let forgottenBefore = '';

  async function saltOf(trx: Transaction<Tables>, day: string): Promise<string> {
    const cached = salts.get(day);
    if (cached) return cached;
    await trx
      .insertInto('visit_salts')
      .values({ day, salt: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
    const { salt } = await trx
      .selectFrom('visit_salts')
      .select('salt')
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    salts.clear();
    salts.set(day, salt);
    return salt;
  }

  /** True the first time today this visitor is seen in `scope`. */
  async function firstToday(
    trx: Transaction<Tables>,
    day: string,
    salt: string,
    visitor: string,
    scope: string,
  ) {
    const digest = createHmac('sha256', salt).update(`${visitor}\n${scope}`).digest('base64url').slice(0, 22);
    const inserted = await trx
      .insertInto('visit_seen')
      .values({ day, scope, digest })
      .onConflict((oc) => oc.columns(['day', 'scope', 'digest']).doNothing())
      .returning('digest')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async function forgetBefore(day: string) {
    ensureOpen();
    await db.deleteFrom('visit_seen').where('day', '<', day).execute();
    await db.deleteFrom('visit_salts').where('day', '<', day).execute();
    forgottenBefore = day;
  }

  async function forgetEnded(nowMs: number) {
    const day = witaDay(nowMs);
    if (forgottenBefore !== day) await forgetBefore(day);
  }

  return {
    forgetBefore,
    forgetEnded,
    async record(report, nowMs) {
      ensureOpen();
      const day = witaDay(nowMs);
      await forgetEnded(nowMs);
      const byBooth = new Map<string, Counts>();
      const counts = (id: string) => byBooth.get(id) ?? byBooth.set(id, zero()).get(id) ?? zero();
      const misses = new Map<string, number>();
      for (const e of report.events) {
        if (e.type === 'search-miss') {
          misses.set(e.query, (misses.get(e.query) ?? 0) + 1);
          continue;
        }
        const c = counts(e.opd);
        const city = counts(CITY_SCOPE);
        if (e.type === 'open') {
          c.opens += 1;
          city.opens += 1;
        } else if (e.type === 'dwell') {
          c.dwell_s += e.seconds;
          city.dwell_s += e.seconds;
        } else {
          c.handoffs += 1;
          city.handoffs += 1;
        }
      }
      await db.transaction().execute(async (trx) => {
        if (byBooth.size > 0) {
          const salt = await saltOf(trx, day);
          for (const [scope, c] of byBooth) {
            if (await firstToday(trx, day, salt, report.visitor, scope)) c.visitors = 1;
          }
        }
        for (const [organisation_id, c] of byBooth) {
          await trx
            .insertInto('visit_daily')
            .values({ day, organisation_id, ...c })
            .onConflict((oc) =>
              oc.columns(['day', 'organisation_id']).doUpdateSet((eb) => ({
                visitors: eb('visit_daily.visitors', '+', eb.ref('excluded.visitors')),
                opens: eb('visit_daily.opens', '+', eb.ref('excluded.opens')),
                dwell_s: eb('visit_daily.dwell_s', '+', eb.ref('excluded.dwell_s')),
                handoffs: eb('visit_daily.handoffs', '+', eb.ref('excluded.handoffs')),
              })),
            )
            .execute();
        }
        for (const [query, count] of misses) {
          await trx
            .insertInto('search_misses_daily')
            .values({ day, query, count })
            .onConflict((oc) =>
              oc.columns(['day', 'query']).doUpdateSet((eb) => ({
                count: eb('search_misses_daily.count', '+', eb.ref('excluded.count')),
              })),
            )
            .execute();
        }
      });
    },
    async daily(organisationId, fromDay, toDay) {
      ensureOpen();
      const rows = await db
        .selectFrom('visit_daily')
        .select(['day', 'visitors', 'opens', 'dwell_s', 'handoffs'])
        .where('organisation_id', '=', organisationId)
        .where('day', '>=', fromDay)
        .where('day', '<=', toDay)
        .orderBy('day')
        .execute();
      return rows.map((r) => ({
        day: r.day,
        visitors: Number(r.visitors),
        opens: Number(r.opens),
        dwellS: Number(r.dwell_s),
        handoffs: Number(r.handoffs),
      }));
    },
    async busiest(fromDay, toDay, limit) {
      ensureOpen();
      const rows = await db
        .selectFrom('visit_daily')
        .select((eb) => [
          'organisation_id',
          eb.fn.sum<number>('opens').as('opens'),
          eb.fn.sum<number>('visitors').as('visitors'),
          eb.fn.sum<number>('handoffs').as('handoffs'),
        ])
        .where('organisation_id', '!=', CITY_SCOPE)
        .where('day', '>=', fromDay)
        .where('day', '<=', toDay)
        .groupBy('organisation_id')
        .orderBy('opens', 'desc')
        .orderBy('organisation_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        organisationId: r.organisation_id,
        opens: Number(r.opens),
        visitors: Number(r.visitors),
        handoffs: Number(r.handoffs),
      }));
    },
    async misses(fromDay, toDay, limit) {
      ensureOpen();
      const rows = await db
        .selectFrom('search_misses_daily')
        .select((eb) => ['query', eb.fn.sum<number>('count').as('count')])
        .where('day', '>=', fromDay)
        .where('day', '<=', toDay)
        .groupBy('query')
        .orderBy('count', 'desc')
        .orderBy('query')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ query: r.query, count: Number(r.count) }));
    },
  };
}
