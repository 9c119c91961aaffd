// GET /metrics: this process in Prometheus text format (prom-client), for a scraper that reaches each
// process directly (the proxy does not expose it, see ops/nginx/). Every series carries
// `process` (the process's name). Contract, besides Node's default process_* / nodejs_* series
// (event-loop lag included):
// - makaverse_visitors{room, kind}: connected visitors per room (shard) of this process
// - makaverse_rooms{kind}: rooms of this process
// - makaverse_patch_seconds{kind}: histogram of the time one state patch takes to encode and send
// - makaverse_messages_dropped_total{kind}, makaverse_flooded_total{kind}: malformed/unknown
//   messages dropped and clients cut off for flooding, summed over this process's rooms
// - makaverse_ingested_points_total, makaverse_ingest_seconds: points stored by this process and
//   the time from receipt to the live publish
// - makaverse_session_hubs: session hubs this process owns
// Runs on the server.
import { matchMaker, type Room } from '@colyseus/core';
import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { observeIngestion } from '../live/ingest.ts';
import type { SessionHubs } from '../sessions/hubs.ts';

type RoomStats = { dropped: number; flooded: number };

export type Telemetry = {
  /** Times every state patch of `room` and sums its counters (call when the room is created). */
  instrumentRoom(room: Room): void;
  /** Keeps the counters of a disposed room (call when it is disposed). */
  roomGone(room: Room): void;
  /** The GET /metrics handler. */
  route: RequestHandler;
  /** Stops observing (ingestion observer, default metrics timers). */
  close(): void;
};

export function createTelemetry(deps: { processName: string; hubs: SessionHubs }): Telemetry {
  const registry = new Registry();
  registry.setDefaultLabels({ process: deps.processName });
  collectDefaultMetrics({ register: registry });

  const patch = new Histogram({
    name: 'makaverse_patch_seconds',
    help: 'Time to encode and send one state patch of a room',
    labelNames: ['kind'],
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1],
    registers: [registry],
  });
  const ingested = new Counter({
    name: 'makaverse_ingested_points_total',
    help: 'Metric points stored by this process',
    registers: [registry],
  });
  const ingestSeconds = new Histogram({
    name: 'makaverse_ingest_seconds',
    help: 'Time from receiving a metrics payload to publishing it on the live bus',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const stopIngest = observeIngestion((points, ms) => {
    ingested.inc(points);
    ingestSeconds.observe(ms / 1000);
  });

  const localRooms = async () => {
    const listings = await matchMaker.driver.query({ processId: matchMaker.processId });
    return listings.map((l) => ({ listing: l, room: matchMaker.getLocalRoomById(l.roomId) }));
  };
  new Gauge({
    name: 'makaverse_visitors',
    help: 'Connected visitors per room (shard) of this process',
    labelNames: ['room', 'kind'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const { listing, room } of await localRooms()) {
        const connected = Number(listing.metadata?.connected);
        this.set(
          { room: listing.roomId, kind: listing.name },
          Number.isFinite(connected) ? connected : (room?.clients.length ?? listing.clients),
        );
      }
    },
  });
  new Gauge({
    name: 'makaverse_rooms',
    help: 'Rooms of this process',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      this.reset();
      const counts = new Map<string, number>();
      for (const { listing } of await localRooms())
        counts.set(listing.name, (counts.get(listing.name) ?? 0) + 1);
      for (const [kind, n] of counts) this.set({ kind }, n);
    },
  });
  // Rooms keep their own counters (messageGate.ts); summed at scrape, remembered when a room goes.
  const gone = new Map<string, RoomStats>();
  const live = new Map<Room, RoomStats>();
  const sum = (kind: string, field: keyof RoomStats) => {
    let n = gone.get(kind)?.[field] ?? 0;
    for (const [room, s] of live) if (room.roomName === kind) n += s[field];
    return n;
  };
  const kinds = () => new Set([...gone.keys(), ...[...live.keys()].map((r) => r.roomName)]);
  for (const [name, field, help] of [
    ['makaverse_messages_dropped_total', 'dropped', 'Malformed or unknown client messages dropped'],
    ['makaverse_flooded_total', 'flooded', 'Clients cut off for flooding'],
  ] as const) {
    new Counter({
      name,
      help,
      labelNames: ['kind'],
      registers: [registry],
      collect() {
        this.reset();
        for (const kind of kinds()) this.inc({ kind }, sum(kind, field));
      },
    });
  }
  new Gauge({
    name: 'makaverse_session_hubs',
    help: 'Session hubs this process owns',
    registers: [registry],
    collect() {
      this.set(deps.hubs.owned().length);
    },
  });
  new Gauge({
    name: 'makaverse_session_hub_owner',
    help: 'Sessions whose hub this process owns (1 per session; with Redis, the holder of its lease)',
    labelNames: ['session'],
    registers: [registry],
    collect() {
      this.reset();
      for (const session of deps.hubs.owned()) this.set({ session }, 1);
    },
  });

  return {
    instrumentRoom(room) {
      const stats = (room as Room & { stats?: RoomStats }).stats;
      if (stats) live.set(room, stats);
      const send = room.broadcastPatch.bind(room);
      room.broadcastPatch = () => {
        const end = patch.startTimer({ kind: room.roomName });
        try {
          return send();
        } finally {
          end();
        }
      };
    },
    roomGone(room) {
      const stats = live.get(room);
      if (!stats) return;
      live.delete(room);
      const g = gone.get(room.roomName) ?? { dropped: 0, flooded: 0 };
      gone.set(room.roomName, { dropped: g.dropped + stats.dropped, flooded: g.flooded + stats.flooded });
    },
    route: async (_req, res, next) => {
      try {
        res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store');
        res.send(await registry.metrics());
      } catch (error) {
        next(error);
      }
    },
    close() {
      stopIngest();
      registry.clear();
    },
  };
}
