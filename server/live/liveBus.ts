// Publish/subscribe for live data: ingestion publishes, every `city` shard subscribes and updates its
// state. One process: in memory (createLiveBus). Several processes: through the shared presence
// (Redis pub/sub, presenceLiveBus), so a value pushed to any process reaches the shards of all.
// Runs on the server.
import type { Presence } from '@colyseus/core';
import { log } from '../log.ts';

export type LiveValue = {
  kpi: string;
  value: number;
  /** Time the value is for, epoch ms. */
  at: number;
  /** 'push:<key id>', 'connector:<id>', 'staff:<username>', 'simulator'. */
  source: string;
  simulated: boolean;
};

/** Current weather over the city (BMKG), for the sky. */
export type Weather = {
  description: string;
  cloudCover: number;
  rain: boolean;
  temperatureC: number;
  at: number;
};

export type LiveEvent =
  | { type: 'metrics'; organisationId: string; values: LiveValue[] }
  | { type: 'weather'; weather: Weather };

type Listener = (event: LiveEvent) => void;

export type LiveBus = { publish(event: LiveEvent): void; subscribe(listener: Listener): () => void };

/** The presence topic of live events when several processes share a presence. */
export const LIVE_TOPIC = 'makaverse:live';

function fanOut(listeners: ReadonlySet<Listener>, event: LiveEvent): void {
  for (const l of listeners) {
    try {
      l(event);
    } catch {
      // A failing subscriber must not stop the others; subscribers log their own errors.
    }
  }
}

export function createLiveBus(): LiveBus {
  const listeners = new Set<Listener>();
  return {
    publish(event) {
      fanOut(listeners, event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A live bus over a shared presence: `publish` goes to LIVE_TOPIC and every process (this one
 * included) delivers what arrives there to its own subscribers. Await `ready` before publishing.
 */
export function presenceLiveBus(presence: Presence): LiveBus & { ready: Promise<void>; close(): void } {
  const listeners = new Set<Listener>();
  const onEvent = (event: LiveEvent) => fanOut(listeners, event);
  const ready = presence.subscribe(LIVE_TOPIC, onEvent).then(() => undefined);
  return {
    ready,
    publish(event) {
      Promise.resolve(presence.publish(LIVE_TOPIC, event)).catch((error: unknown) =>
        log.error('live-publish-failed', { type: event.type, error }),
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      Promise.resolve(presence.unsubscribe(LIVE_TOPIC, onEvent)).catch(() => {});
    },
  };
}
