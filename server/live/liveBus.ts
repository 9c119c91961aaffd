// In-process publish/subscribe for live data: ingestion publishes, every `city` shard in this process
// subscribes and updates its state. (Several processes: the same events go through Colyseus presence
// pub/sub — see README, scale path.) Runs on the server.

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

export function createLiveBus(): LiveBus {
  const listeners = new Set<Listener>();
  return {
    publish(event) {
      for (const l of listeners) {
        try {
          l(event);
        } catch {
          // A failing subscriber must not stop the others; subscribers log their own errors.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
