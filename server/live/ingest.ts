// The one way metric points enter the store — push API, staff console, connectors and the simulator
// all call `ingestPoints`: validate (shared/ingest.ts) → upsert, all or nothing → publish the new
// latest values on the live bus → audit (real data only). Runs on the server.
import { type IngestError, type IngestFormat, parseIngest } from '../../shared/ingest.ts';
import { type KpiRules, kpiRules } from '../../shared/kpi.ts';
import { findOrganisation, type Registry } from '../../shared/registry.ts';
import type { AuditStore } from '../store/auditStore.ts';
import type { MetricStore } from '../store/metricStore.ts';
import type { LiveBus } from './liveBus.ts';

export type IngestDeps = {
  metrics: MetricStore;
  audit: AuditStore;
  live: LiveBus;
  registry: Registry;
};

export type IngestRequest = {
  organisationId: string;
  /** Parsed JSON (one `{kpi, value, at?}` or an array), JSON text, or CSV text (`kpi,value,at` header). */
  payload: unknown;
  contentType: IngestFormat;
  /** Who sent it: 'push:<key id>', 'staff:<username>', 'connector:<id>', 'simulator'. Also the audit actor. */
  source: string;
  /** True only for demo data; real data stops the simulator for the organisation. */
  simulated: boolean;
  /** The receiver's clock, epoch ms: missing `at` means this; the future/5-year checks use it. */
  nowMs: number;
};

/** Told of every stored payload: points stored and ms from the call to the live publish (/metrics). */
type IngestObserver = (points: number, elapsedMs: number) => void;
const observers = new Set<IngestObserver>();

/** Observes every ingestion in this process until the returned function is called. */
export function observeIngestion(observer: IngestObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/** `accepted` points were stored (0 when `errors` is not empty: nothing was stored). */
export type IngestOutcome = { accepted: number; errors: IngestError[] };

/** Validation rules of each KPI of an organisation (from the registry), or undefined when unknown. */
export function organisationRules(
  registry: Registry,
  organisationId: string,
): Map<string, KpiRules> | undefined {
  const org = findOrganisation(registry, organisationId);
  return org && new Map(org.kpis.map((k) => [k.id, kpiRules(k)]));
}

/**
 * Validates and stores one payload for one organisation. Invalid input is returned as errors (never
 * thrown); storage failures reject. An unknown organisation is a `body` error on row 0.
 */
export async function ingestPoints(deps: IngestDeps, req: IngestRequest): Promise<IngestOutcome> {
  const startedMs = performance.now();
  const rules = organisationRules(deps.registry, req.organisationId);
  if (!rules) return { accepted: 0, errors: [{ row: 0, field: 'body', message: 'unknown organisation' }] };
  const parsed = parseIngest(req.payload, req.contentType, { rules, nowMs: req.nowMs });
  if (!parsed.ok) return { accepted: 0, errors: parsed.errors };
  await deps.metrics.upsertPoints(
    parsed.points.map((p) => ({
      ...p,
      organisationId: req.organisationId,
      source: req.source,
      simulated: req.simulated,
      receivedAt: req.nowMs,
    })),
  );
  const touched = new Set(parsed.points.map((p) => p.kpi));
  const values = (await deps.metrics.latest(req.organisationId)).filter((v) => touched.has(v.kpi));
  deps.live.publish({ type: 'metrics', organisationId: req.organisationId, values });
  for (const observe of observers) observe(parsed.points.length, performance.now() - startedMs);
  if (!req.simulated) {
    await deps.audit.append(
      {
        actor: req.source,
        action: 'metrics.ingest',
        target: req.organisationId,
        detail: { points: parsed.points.length, kpis: [...touched] },
      },
      req.nowMs,
    );
  }
  return { accepted: parsed.points.length, errors: [] };
}
