// The sky in the `city` state follows the weather events on the live bus (BMKG connector). The last
// event is remembered per bus, so a shard created later starts with the current sky. Runs on the server.
import type { CityState } from '../../shared/schema.ts';
import type { LiveBus, Weather } from '../live/liveBus.ts';

const lastWeather = new WeakMap<LiveBus, Weather>();
const remembering = new WeakSet<LiveBus>();

/** Keeps the bus's latest weather for shards created later; call once per bus (idempotent). */
export function rememberWeather(live: LiveBus): void {
  if (remembering.has(live)) return;
  remembering.add(live);
  live.subscribe((event) => {
    if (event.type === 'weather') lastWeather.set(live, event.weather);
  });
}

export function applyWeather(state: CityState, w: Weather): void {
  state.weather.cloudCover = Math.round(Math.min(100, Math.max(0, w.cloudCover)));
  state.weather.rain = w.rain;
  state.weather.description = w.description.slice(0, 100);
}

/** Applies the current weather, then every new one; returns the unsubscribe function. */
export function followWeather(state: CityState, live: LiveBus): () => void {
  rememberWeather(live);
  const current = lastWeather.get(live);
  if (current) applyWeather(state, current);
  return live.subscribe((event) => {
    if (event.type === 'weather') applyWeather(state, event.weather);
  });
}
