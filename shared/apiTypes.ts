// JSON bodies of the public read API (README "Public API"), as both sides see them: the server
// builds them, client/net/api.ts reads them. Types and the list of rapor periods; runs on server and client.
import type { Profile } from './accounts.ts';
import type { Figure } from './booth.ts';
import type { KpiDirection } from './kpi.ts';
import type { Grade } from './rapor.ts';
import type { Service } from './services/service.ts';

export type OpdSummary = {
  id: string;
  name: string;
  abbreviation: string;
  category: string;
  kpis: Array<{ id: string; label: string; unit: string }>;
};

/** Latest value of one KPI; a KPI without data shows its seed (`simulated: true`, `at`/`source` null). */
export type LatestFigure = Figure & {
  at: number | null;
  source: string | null;
  direction: KpiDirection;
  target: number | null;
};

export type OpdDetail = OpdSummary & {
  /** The profile's description, or one generated sentence from the name and category. */
  description: string;
  /** The profile edited by the organisation's staff, or null until edited. */
  profile: Profile | null;
  /** Latest value per KPI, in registry order. */
  latest: LatestFigure[];
  /** The organisation's pull connectors (server/connectors/), without URL or mapping. */
  connectors?: ConnectorStatus[];
  /** The organisation's public services (issue 12); seeded ones have `confirmed: false`. */
  services?: Service[];
};

/**
 * Health of one pull connector. `stale`: it failed its last poll, never succeeded, or its last success
 * is over STALE_INTERVALS intervals old — the figures it feeds are no longer current.
 */
export type ConnectorStatus = {
  id: number;
  kind: string;
  enabled: boolean;
  intervalS: number;
  lastOkAt: number | null;
  failures: number;
  lastError: string | null;
  stale: boolean;
};

/** One bucket of GET /api/opds/:id/metrics/:kpi: the points in [at, at + bucketMs). */
export type HistoryBucket = { at: number; mean: number; min: number; max: number; count: number };
export type HistoryResponse = {
  id: string;
  kpi: string;
  unit: string;
  fromMs: number;
  toMs: number;
  bucketMs: number;
  /** Only buckets holding points, oldest first. */
  buckets: HistoryBucket[];
};

export const RAPOR_PERIODS = ['month', 'year'] as const;
export type RaporPeriod = (typeof RAPOR_PERIODS)[number];

export type RaporEntry = {
  id: string;
  name: string;
  abbreviation: string;
  category: string;
  /** 0–100, one decimal; null when the organisation has no graded KPI. */
  score: number | null;
  grade: Grade;
  rank: number | null;
  best: boolean;
  worst: boolean;
  /** Share (0..1) of the graded weight whose latest point is simulated. */
  simulatedShare: number;
  /** Graded KPIs (0: nothing to grade, hence no score), and how many of them have data in the period. */
  counted: number;
  withData: number;
};

export type Rapor = {
  period: RaporPeriod;
  /** The period as [from, to) in epoch ms (WITA calendar). */
  from: number;
  to: number;
  /** The refresh it shows ("diperbarui"), on the hour: computed from the period's data before it. */
  generatedAt: number;
  /** When the next refresh is due, epoch ms. */
  nextAt: number;
  staleAfterMs: number;
  /** Best first; unscored organisations last. */
  organisations: RaporEntry[];
};
