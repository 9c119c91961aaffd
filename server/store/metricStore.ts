// Metric points per organisation and KPI, and the latest value of each. Runs on the server.
// (Interface fixed here; implementation: see the live-data work.)
import type { LiveValue } from '../live/liveBus.ts';

export type NewMetricPoint = LiveValue & { organisationId: string; receivedAt: number };

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
  /** True once any non-simulated point exists for the organisation (the simulator then stops for it). */
  hasRealData(organisationId: string): Promise<boolean>;
};
