// The mayor's rapor for a period: drafted automatically (recomputed once per hourly refresh while the
// period is current, once for good after it), reviewed with notes per organisation, released by the
// mayor's office. Release freezes the draft as it stands, notes included; from then on the released
// rapor is the period's only answer. Before release the public sees it without names. Runs on the server.
import type { Rapor } from '../../shared/apiTypes.ts';
import { keyWindow } from '../../shared/raporPeriod.ts';
import type { Registry } from '../../shared/registry.ts';
import type { MetricStore } from '../store/metricStore.ts';
import { anonymised, draftRapor } from './draft.ts';
import type { RaporStore } from './raporStore.ts';
import { type ReadinessSources, readinessFacts } from './readinessFacts.ts';

export type RaporServiceDeps = {
  registry: Registry;
  metrics: Pick<MetricStore, 'periodSummary'>;
  rapor: RaporStore;
  /** Readiness inputs; without them readiness shows only the rapor's own data part. */
  readiness?: ReadinessSources;
  now: () => number;
};

/** Why a period cannot be read or changed: malformed key, not started yet, already released. */
export type RaporRefusal = 'bad-key' | 'future' | 'released';

/** Drafts kept in memory at most (one per period asked for). */
const MAX_CACHED = 32;

export type RaporService = ReturnType<typeof createRaporService>;

export function createRaporService(deps: RaporServiceDeps) {
  const cache = new Map<string, { generatedAt: number; rapor: Promise<Rapor> }>();

  /** The period's draft without notes, or a refusal for a malformed or future key. */
  async function draft(key: string): Promise<Rapor | RaporRefusal> {
    const nowMs = deps.now();
    const w = keyWindow(key, nowMs);
    if (!w) return 'bad-key';
    if (w.state === 'future') return 'future';
    const cached = cache.get(key);
    if (cached && cached.generatedAt === w.generatedAt) return cached.rapor;
    if (cache.size >= MAX_CACHED) cache.clear();
    const rapor = (async () => {
      const [summaries, facts] = await Promise.all([
        deps.metrics.periodSummary(w.fromMs, w.dataToMs),
        deps.readiness && readinessFacts(deps.readiness, deps.registry, w.fromMs, w.toMs, w.generatedAt),
      ]);
      return draftRapor(deps.registry, summaries, w, facts);
    })();
    cache.set(key, { generatedAt: w.generatedAt, rapor });
    rapor.catch(() => cache.delete(key));
    return rapor;
  }

  /** The draft with the notes so far (unreleased), or the released rapor. */
  async function current(key: string): Promise<Rapor | RaporRefusal> {
    const released = await deps.rapor.released(key);
    if (released) return released.body;
    const d = await draft(key);
    if (typeof d === 'string') return d;
    const notes = await deps.rapor.notes(key);
    return { ...d, organisations: d.organisations.map((o) => ({ ...o, note: notes[o.id] ?? null })) };
  }

  const kindOf = (key: string) => (key.length === 4 ? 'year' : 'month');

  return {
    /** What residents see: the released rapor, or the draft without a single name. */
    async publicRapor(key: string): Promise<Rapor | RaporRefusal> {
      const r = await current(key);
      if (typeof r === 'string') return r;
      const lastReleased = await deps.rapor.lastReleased(kindOf(key));
      return { ...(r.released ? r : anonymised(r)), lastReleased };
    },
    /** The mayor's office: everything. An organisation's staff: their own entry whole, the others hidden. */
    async staffRapor(key: string, own?: string): Promise<Rapor | RaporRefusal> {
      const r = await current(key);
      if (typeof r === 'string' || r.released || own === undefined) return r;
      return anonymised(r, own);
    },
    async setNote(
      key: string,
      organisationId: string,
      note: string,
      by: string,
    ): Promise<RaporRefusal | null> {
      const w = keyWindow(key, deps.now());
      if (!w) return 'bad-key';
      if (w.state === 'future') return 'future';
      if (await deps.rapor.released(key)) return 'released';
      await deps.rapor.setNote(key, organisationId, note, by, deps.now());
      return null;
    },
    /** Freezes the period's rapor as it stands now, with its notes. */
    async release(key: string, by: string): Promise<Rapor | RaporRefusal> {
      const r = await current(key);
      if (typeof r === 'string') return r;
      if (r.released) return 'released';
      const releasedAt = deps.now();
      const body: Rapor = { ...r, released: true, releasedAt };
      return (await deps.rapor.release(key, body, by, releasedAt)) ? body : 'released';
    },
  };
}
