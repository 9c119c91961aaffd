// JSON bodies of the public read API (README "Public API"), as both sides see them: the server
// builds them, client/net/api.ts reads them. Types and the list of rapor periods; runs on server and client.
import type { Profile } from './accounts.ts';
import type { Figure } from './booth.ts';
import type { KpiDirection } from './kpi.ts';
import type { Grade } from './rapor.ts';
import type { Readiness } from './readiness.ts';
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
  /**
   * True in a public answer before the period's release: the entry names nobody — `id` is
   * `anon-<position>`, `name`, `abbreviation` and `category` are empty, and there is no `kpis`,
   * `readiness` or `note`. Absent or false: the organisation is named.
   */
  hidden?: boolean;
  /** All graded data simulated: the grade is capped at B (shared/rapor.ts). */
  simulatedOnly?: boolean;
  /** Why the grade is what it is, per KPI in registry order (released rapor, staff draft). */
  kpis?: RaporKpi[];
  /** Makaverse readiness, shown separately, not part of the score (shared/readiness.ts). */
  readiness?: Readiness;
  /** The mayor's office's note on this organisation, or null. */
  note?: string | null;
};

/** One KPI of an organisation's rapor: the figures behind its contribution to the score. */
export type RaporKpi = {
  id: string;
  label: string;
  unit: string;
  direction: KpiDirection;
  target: number | null;
  /** Weight in the score (0 when not graded: neutral or without target). */
  weight: number;
  /** False for neutral KPIs and KPIs without a target: shown, not scored. */
  graded: boolean;
  /** Mean of the period's points (collected ones when there are any), null without data. */
  value: number | null;
  /** value / target (target / value when lower is better), capped at 1.2; null when not graded or no data. */
  achievement: number | null;
  /** 0.5..1: 1 while the newest point is younger than staleAfterMs; null without data or not graded. */
  freshness: number | null;
  /** Newest point in the period, epoch ms; null without data. */
  lastAt: number | null;
  /** Whether the period's data is collected (real) or simulated, or there is none. */
  data: 'collected' | 'simulated' | 'none';
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
  /** The period's key: `YYYY-MM` (month) or `YYYY` (year), WITA calendar. */
  key?: string;
  /** Released by the mayor's office: frozen at `releasedAt` and named; before that, public answers name nobody. */
  released?: boolean;
  releasedAt?: number | null;
  /** Key of the newest released rapor of this kind of period, or null (public answers only). */
  lastReleased?: string | null;
};
