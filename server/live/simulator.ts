// Demo feed: plausible values around each KPI's registry seed, so the world is alive out of the box.
// Deterministic: a value depends only on organisation, KPI and time slot (seeded PRNG, no
// Math.random), so a restart within a slot rewrites the same value. Storage stays bounded: there is
// one simulated point per KPI and hour (`at` = the hour's start), rewritten every interval with the
// value of the current slot until the hour ends. Everything goes through ingestPoints marked
// simulated (source 'simulator'); an organisation is skipped for good once it has real data. On
// start, organisations without any point get the last BACKFILL_HOURS hourly points. Runs on the server.
import type { KpiRules } from '../../shared/kpi.ts';
import { seeded } from '../../shared/random.ts';
import type { KpiDefinition, Organisation } from '../../shared/registry.ts';
import { log } from '../log.ts';
import { type IngestDeps, ingestPoints, organisationRules } from './ingest.ts';

export const SIMULATOR_SOURCE = 'simulator';
export const BACKFILL_HOURS = 24;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Daily swing and per-slot noise, as fractions of the seed. */
const DAILY_AMPLITUDE = 0.04;
const NOISE_AMPLITUDE = 0.03;

/** FNV-1a, 32 bit. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One uniform [0, 1) draw per seed is all the simulator needs. */
const uniform = (seed: number): number => seeded(seed)();

function rounded(value: number, kpi: KpiDefinition): number {
  if (Number.isInteger(kpi.typical) && !kpi.unit.startsWith('%')) return Math.round(value);
  const digits = Math.abs(kpi.typical) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** The simulated value of one KPI at one time: seed × (1 + daily wave + noise), within the KPI's range. */
export function simulatedValue(
  organisationId: string,
  kpi: KpiDefinition,
  rules: KpiRules,
  atMs: number,
): number {
  const key = `${organisationId}/${kpi.id}`;
  const phase = uniform(hash(key)) * 2 * Math.PI;
  const wave = Math.sin((2 * Math.PI * (atMs % DAY_MS)) / DAY_MS + phase) * DAILY_AMPLITUDE;
  const noise = (uniform(hash(`${key}@${atMs}`)) * 2 - 1) * NOISE_AMPLITUDE;
  const scale = kpi.typical !== 0 ? kpi.typical : (rules.max - rules.min) * 0.01;
  const value = rounded(kpi.typical + scale * (wave + noise), kpi);
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

export type Simulator = {
  /** One round: every KPI of every organisation without real data gets the current slot's value. */
  tick(): Promise<void>;
  /** A round that also fills the last BACKFILL_HOURS hourly points of organisations with no points. */
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
    const payload = points(org, rules, slots);
    if (payload.length === 0) return;
    const base = {
      organisationId: org.id,
      contentType: 'json' as const,
      source: SIMULATOR_SOURCE,
      simulated: true,
    };
    const { errors } = await ingestPoints(deps, { ...base, payload, nowMs: now() });
    if (errors.length > 0)
      log.warn('simulator-rejected', { organisationId: org.id, errors: errors.slice(0, 3) });
  }

  async function round(backfill: boolean): Promise<void> {
    const nowMs = now();
    const slot = Math.floor(nowMs / options.intervalMs) * options.intervalMs;
    const hour = Math.floor(nowMs / HOUR_MS) * HOUR_MS;
    const current = { at: hour, valueAt: slot };
    const history = Array.from({ length: BACKFILL_HOURS }, (_, i) => {
      const at = hour - (BACKFILL_HOURS - i) * HOUR_MS;
      return { at, valueAt: at };
    });
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
