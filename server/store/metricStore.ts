// Metric points per organisation and KPI, and the latest value of each. Runs on the server.
// Upserts are idempotent on (organisation, KPI, time) and a simulated point never overwrites a real
// one; once a KPI has real data, latest and history ignore its simulated points. History is bucketed
// in SQL both dialects run.
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../db/tables.ts';
import type { LiveValue } from '../live/liveBus.ts';
import { upsert } from './metricUpsert.ts';

export type NewMetricPoint = LiveValue & { organisationId: string; receivedAt: number };

/** One KPI over a period (shared/rapor.ts scores it): the mean, the newest point and whether simulated. */
export type PeriodSummary = { kpi: string; mean: number; lastAt: number; simulated: boolean };

/** One bucket of a history query: the mean, min and max of the points in [at, at + bucket). */
export type HistoryBucket = { at: number; mean: number; min: number; max: number; count: number };

export type MetricStore = {
  /** Inserts or updates (same organisation, KPI and time) all points in one transaction: all or nothing. */
  upsertPoints(points: NewMetricPoint[]): Promise<void>;
  /** The latest point of each KPI of one organisation. */
  latest(organisationId: string): Promise<LiveValue[]>;
  /** The latest point of each KPI of every organisation, keyed by organisation id. */
  latestAll(): Promise<Record<string, LiveValue[]>>;
  history(
    organisationId: string,
    kpi: string,
    q: { fromMs: number; toMs: number; bucketMs: number },
  ): Promise<HistoryBucket[]>;
  /**
   * Every KPI with points in [fromMs, toMs), keyed by organisation id: the mean of its real points, or
   * of its simulated points when it has no real one in the window.
   */
  periodSummary(fromMs: number, toMs: number): Promise<Record<string, PeriodSummary[]>>;
  /** True once any non-simulated point exists for the organisation (the simulator then stops for it). */
  hasRealData(organisationId: string): Promise<boolean>;
};

type PointRow = Pick<Tables['latest_points'], 'kpi_id' | 'at' | 'value' | 'source' | 'simulated'>;

const liveValue = (r: PointRow): LiveValue => ({
  kpi: r.kpi_id,
  value: Number(r.value),
  at: Number(r.at),
  source: r.source,
  simulated: Number(r.simulated) !== 0,
});

export function metricStore(db: Kysely<Tables>, ensureOpen: () => void): MetricStore {
  function latestRows(organisationId?: string) {
    return db
      .selectFrom('latest_points')
      .select(['organisation_id', 'kpi_id', 'at', 'value', 'source', 'simulated'])
      .$if(organisationId !== undefined, (q) => q.where('organisation_id', '=', organisationId ?? ''))
      .orderBy('organisation_id')
      .orderBy('kpi_id')
      .execute();
  }

  return {
    async upsertPoints(points) {
      ensureOpen();
      await upsert(db, points);
    },
    async latest(organisationId) {
      ensureOpen();
      return (await latestRows(organisationId)).map(liveValue);
    },
    async latestAll() {
      ensureOpen();
      const all: Record<string, LiveValue[]> = {};
      for (const r of await latestRows()) {
        const list = all[r.organisation_id] ?? [];
        list.push(liveValue(r));
        all[r.organisation_id] = list;
      }
      return all;
    },
    async history(organisationId, kpi, { fromMs, toMs, bucketMs }) {
      ensureOpen();
      const from = Math.floor(fromMs);
      const size = Math.max(1, Math.floor(bucketMs));
      if (!Number.isSafeInteger(from) || !Number.isSafeInteger(size))
        throw new RangeError('bad history range');
      // Integer division of bigints in both dialects; at ≥ from, so it floors. Literals (integers
      // checked above), so SELECT and GROUP BY are the same expression to PostgreSQL.
      const bucket = sql<number>`(${sql.ref('at')} - ${sql.lit(from)}) / ${sql.lit(size)}`;
      // As for latest: a KPI with real data shows only its real points.
      const current = await db
        .selectFrom('latest_points')
        .select('simulated')
        .where('organisation_id', '=', organisationId)
        .where('kpi_id', '=', kpi)
        .executeTakeFirst();
      const rows = await db
        .selectFrom('metric_points')
        .$if(current !== undefined && Number(current.simulated) === 0, (q) => q.where('simulated', '=', 0))
        .select((eb) => [
          bucket.as('bucket'),
          eb.fn.avg<number>('value').as('mean'),
          eb.fn.min<number>('value').as('min'),
          eb.fn.max<number>('value').as('max'),
          eb.fn.countAll<number>().as('count'),
        ])
        .where('organisation_id', '=', organisationId)
        .where('kpi_id', '=', kpi)
        .where('at', '>=', from)
        .where('at', '<', Math.floor(toMs))
        .groupBy(bucket)
        .orderBy(bucket)
        .execute();
      return rows.map((r) => ({
        at: from + Number(r.bucket) * size,
        mean: Number(r.mean),
        min: Number(r.min),
        max: Number(r.max),
        count: Number(r.count),
      }));
    },
    async periodSummary(fromMs, toMs) {
      ensureOpen();
      const rows = await db
        .selectFrom('metric_points')
        .select((eb) => [
          'organisation_id',
          'kpi_id',
          'simulated',
          eb.fn.avg<number>('value').as('mean'),
          eb.fn.max<number>('at').as('last_at'),
        ])
        .where('at', '>=', Math.floor(fromMs))
        .where('at', '<', Math.floor(toMs))
        .groupBy(['organisation_id', 'kpi_id', 'simulated'])
        .orderBy('organisation_id')
        .orderBy('kpi_id')
        .orderBy('simulated')
        .execute();
      const all: Record<string, PeriodSummary[]> = {};
      for (const r of rows) {
        const list = all[r.organisation_id] ?? [];
        // Real first (simulated 0 sorts first): a KPI's simulated group is kept only without a real one.
        if (list[list.length - 1]?.kpi === r.kpi_id) continue;
        list.push({
          kpi: r.kpi_id,
          mean: Number(r.mean),
          lastAt: Number(r.last_at),
          simulated: Number(r.simulated) !== 0,
        });
        all[r.organisation_id] = list;
      }
      return all;
    },
    async hasRealData(organisationId) {
      ensureOpen();
      // latest_points holds a real point for every KPI that has one.
      const row = await db
        .selectFrom('latest_points')
        .select('kpi_id')
        .where('organisation_id', '=', organisationId)
        .where('simulated', '=', 0)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
