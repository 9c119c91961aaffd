// The booths' live values in the `city` state: seeded from the store when a shard is created and
// kept current from the live bus, so a visitor who joins later has every value at once and a new
// value goes out with the next patch (≤ 50 ms). Runs on the server.
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { BoothLive, type CityState, KpiLive } from '../../shared/schema.ts';
import type { LiveBus, LiveValue } from '../live/liveBus.ts';
import { publicSource } from '../live/publicSource.ts';
import type { MetricStore } from '../store/metricStore.ts';

/** Writes values into the state; a value older than the one shown is ignored (late or replayed). */
function applyBoothValues(state: CityState, organisationId: string, values: readonly LiveValue[]): void {
  const org = findOrganisation(REGISTRY, organisationId);
  if (!org) return;
  let booth = state.booths.get(organisationId);
  for (const v of values) {
    if (!org.kpis.some((k) => k.id === v.kpi) || !Number.isFinite(v.value) || !Number.isFinite(v.at))
      continue;
    if (!booth) {
      booth = new BoothLive();
      state.booths.set(organisationId, booth);
    }
    const shown = booth.values.get(v.kpi);
    if (shown && shown.at > v.at) continue;
    const next = { value: v.value, at: v.at, simulated: v.simulated, source: publicSource(v.source) };
    if (shown) Object.assign(shown, next);
    else booth.values.set(v.kpi, new KpiLive(next));
  }
}

/**
 * Seeds the state from the store's latest values and follows the bus. Events that arrive while the
 * seed loads are applied too (the newer value wins either way). Returns the unsubscribe function.
 */
export function followBoothValues(
  state: CityState,
  metrics: Pick<MetricStore, 'latestAll'>,
  live: LiveBus,
): { ready: Promise<void>; stop: () => void } {
  const stop = live.subscribe((event) => {
    if (event.type === 'metrics') applyBoothValues(state, event.organisationId, event.values);
  });
  const ready = metrics.latestAll().then((all) => {
    for (const [id, values] of Object.entries(all)) applyBoothValues(state, id, values);
  });
  return { ready, stop };
}
