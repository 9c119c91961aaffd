// Demo feed: plausible values around each KPI's registry seed, so the world is alive out of the box.
// Deterministic: a value depends only on organisation, KPI and time slot (seeded PRNG, no
// Math.random), so a restart within a slot rewrites the same value. Storage stays bounded: there is
// one simulated point per KPI and hour (`at` = the hour's start), rewritten every interval with the
// value of the current slot until the hour ends. Everything goes through ingestPoints marked
// simulated (source 'simulator', shown as "simulasi"); an organisation is skipped for good once it has
// real data, and a simulated point never overwrites a real one (server/store/metricUpsert.ts).
// First start: organisations without any point get a BACKFILL_DAYS history — hourly points for the
// last BACKFILL_HOURS, one every BACKFILL_STEP_HOURS before that — so the booth's 30-day chart means
// something on a fresh install. Later starts find points and backfill nothing. Runs on the server.

import { MAX_BATCH_POINTS } from '../../shared/ingest.ts';
import type { KpiRules } from '../../shared/kpi.ts';
import { seeded } from '../../shared/random.ts';
import type { KpiDefinition, Organisation } from '../../shared/registry.ts';
import { log } from '../log.ts';
import { type IngestDeps, ingestPoints, organisationRules } from './ingest.ts';

export const SIMULATOR_SOURCE = 'simulator';
/** Hourly points reach back this far on first start… */
export const BACKFILL_HOURS = 24;
/** …and points every BACKFILL_STEP_HOURS reach back BACKFILL_DAYS (the booth chart's 30 days). */
export const BACKFILL_DAYS = 30;
export const BACKFILL_STEP_HOURS = 6;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Period of the slow multi-day drift, in days (not a divisor of 7 or 30, so weeks differ). */
const DRIFT_DAYS = 17;
/** Daily swing, slow drift, day-to-day and per-slot noise, as fractions of the seed (sum 0.12). */
const DAILY_AMPLITUDE = 0.03;
const DRIFT_AMPLITUDE = 0.05;
const DAY_NOISE_AMPLITUDE = 0.02;
const NOISE_AMPLITUDE = 0.02;

/** FNV-1a, 32 bit. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One uniform [0, 1) draw per seed is all the simulator needs. */
const uniform = (seed: number): number => seeded(seed)();

function rounded(value: number, kpi: KpiDefinition, rules: KpiRules): number {
  if (rules.integer || (Number.isInteger(kpi.typical) && !kpi.unit.startsWith('%'))) return Math.round(value);
  const digits = Math.abs(kpi.typical) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/**
 * The simulated value of one KPI at one time: seed × (1 + daily wave + slow drift + day noise + slot
 * noise), rounded to whole numbers for counts, within the KPI's range.
 */
export function simulatedValue(
  organisationId: string,
  kpi: KpiDefinition,
  rules: KpiRules,
  atMs: number,
): number {
  const key = `${organisationId}/${kpi.id}`;
  const phase = uniform(hash(key)) * 2 * Math.PI;
  const wave = Math.sin((2 * Math.PI * (atMs % DAY_MS)) / DAY_MS + phase) * DAILY_AMPLITUDE;
  const drift = Math.sin((2 * Math.PI * atMs) / (DRIFT_DAYS * DAY_MS) + 2 * phase) * DRIFT_AMPLITUDE;
  const day = Math.floor(atMs / DAY_MS);
  const dayNoise = (uniform(hash(`${key}#${day}`)) * 2 - 1) * DAY_NOISE_AMPLITUDE;
  const noise = (uniform(hash(`${key}@${atMs}`)) * 2 - 1) * NOISE_AMPLITUDE;
  const scale = kpi.typical !== 0 ? kpi.typical : (rules.max - rules.min) * 0.01;
  const value = rounded(kpi.typical + scale * (wave + drift + dayNoise + noise), kpi, rules);
  return Math.min(rules.max, Math.max(rules.min, value));
}

/** A stored time and the time slot its value is drawn for. */
type Slot = { at: number; valueAt: number };

function points(org: Organisation, rules: Map<string, KpiRules>, slots: Slot[]) {
  return slots.flatMap(({ at, valueAt }) =>
    org.kpis.flatMap((k) => {
      const r = rules.get(k.id);
      return r ? [{ kpi: k.id, value: simulatedValue(org.id, k, r, valueAt), at }] : [];
    }),
  );
}

/** The backfill's times before `hour` (an hour's start), oldest first: see the file comment. */
export function backfillSlots(hour: number): Slot[] {
  const step = BACKFILL_STEP_HOURS * HOUR_MS;
  const recent = hour - BACKFILL_HOURS * HOUR_MS;
  const older = Math.floor((BACKFILL_DAYS * DAY_MS - BACKFILL_HOURS * HOUR_MS) / step);
  const times = [
    ...Array.from({ length: older }, (_, i) => recent - (older - i) * step),
    ...Array.from({ length: BACKFILL_HOURS }, (_, i) => hour - (BACKFILL_HOURS - i) * HOUR_MS),
  ];
  return times.map((at) => ({ at, valueAt: at }));
}

export type Simulator = {
  /** One round: every KPI of every organisation without real data gets the current slot's value. */
  tick(): Promise<void>;
  /** A round that also fills the BACKFILL_DAYS history of organisations with no points. */
  backfill(): Promise<void>;
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
};

export type SimulatorOptions = { intervalMs: number; now?: () => number; autostart?: boolean };

export function startSimulator(deps: IngestDeps, options: SimulatorOptions): Simulator {
  const now = options.now ?? Date.now;
  const real = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function write(org: Organisation, slots: Slot[]): Promise<void> {
    const rules = organisationRules(deps.registry, org.id);
    if (!rules || real.has(org.id)) return;
    if (await deps.metrics.hasRealData(org.id)) {
      real.add(org.id);
      return;
    }
    const all = points(org, rules, slots);
    const base = {
      organisationId: org.id,
      contentType: 'json' as const,
      source: SIMULATOR_SOURCE,
      simulated: true,
    };
    // A backfill is larger than one ingestion batch: oldest first, so the current slot comes last.
    for (let i = 0; i < all.length; i += MAX_BATCH_POINTS) {
      const payload = all.slice(i, i + MAX_BATCH_POINTS);
      const { errors } = await ingestPoints(deps, { ...base, payload, nowMs: now() });
      if (errors.length > 0)
        log.warn('simulator-rejected', { organisationId: org.id, errors: errors.slice(0, 3) });
    }
  }

  async function round(backfill: boolean): Promise<void> {
    const nowMs = now();
    const slot = Math.floor(nowMs / options.intervalMs) * options.intervalMs;
    const hour = Math.floor(nowMs / HOUR_MS) * HOUR_MS;
    const current = { at: hour, valueAt: slot };
    const history = backfillSlots(hour);
    const existing = backfill ? await deps.metrics.latestAll() : {};
    for (const org of deps.registry.organisations) {
      if (stopped) return;
      try {
        const empty = backfill && !existing[org.id];
        await write(org, empty ? [...history, current] : [current]);
      } catch (e) {
        log.warn('simulator-failed', { organisationId: org.id, error: e });
      }
    }
  }

  const run = (backfill: boolean) => {
    running = running.then(() => (stopped ? undefined : round(backfill)));
    return running;
  };
  const timer =
    options.autostart === false ? undefined : setInterval(() => void run(false), options.intervalMs);
  if (options.autostart !== false) void run(true);

  return {
    tick: () => run(false),
    backfill: () => run(true),
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
