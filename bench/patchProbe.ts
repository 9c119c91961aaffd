// Preloaded into the benchmarked server (`node --import ./bench/patchProbe.ts server/index.ts`): times
// every Room#broadcastPatch (state encode + send to each client) of the `city` room and samples the
// process's CPU, memory and event-loop delay. The bench harness drives it over the IPC channel:
// `{type: 'reset'}` starts a measurement window, `{type: 'report'}` answers with a ProbeReport.
// Changes nothing the server does; it only wraps one prototype method. Runs in the server process.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Room } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';

export type ProbeReport = {
  type: 'report';
  /** Duration of each city-room broadcastPatch in the window, ms. */
  patchMs: number[];
  /** The encoding part of each (the shared pass and every visitor's view), ms; the rest is sending. */
  encodeMs: number[];
  /** The room's onBeforePatch part of each (the city's interest refresh), ms. */
  beforeMs: number[];
  /** Size of each frame a visitor was sent (the shared pass plus their view), bytes. */
  patchBytes: number[];
  /** broadcastPatch calls in the window, with or without changes to send. */
  patchCalls: number;
  /** Clients in the city room(s) at the last patch, per room. */
  clientsPerRoom: number[];
  windowMs: number;
  /** CPU time used by the server process in the window, ms (user + system). */
  cpuMs: number;
  rssMeanBytes: number;
  rssMaxBytes: number;
  /** How late the event loop ran timers, 99th percentile, ms. */
  eventLoopDelayP99Ms: number;
};

const ROOM_NAME = 'city';
let patchMs: number[] = [];
let encodeMs: number[] = [];
let beforeMs: number[] = [];
let patchBytes: number[] = [];
let inCityPatch = false;
let patchCalls = 0;
const clients = new Map<string, number>();
let windowStart = performance.now();
let cpuStart = process.cpuUsage();
let rss: number[] = [];
const LOOP_RESOLUTION_MS = 10;
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();

type AnyRoom = {
  roomName: string;
  roomId: string;
  clients: { length: number };
  onBeforePatch?: (this: AnyRoom, ...args: unknown[]) => void;
};
/** Rooms whose onBeforePatch (the city's interest refresh) is already timed. */
const timedRooms = new WeakSet<AnyRoom>();
let patchBeforeMs = 0;
const proto = Room.prototype as unknown as { broadcastPatch: (this: AnyRoom) => boolean };
const original = proto.broadcastPatch;
proto.broadcastPatch = function timedBroadcastPatch(this: AnyRoom) {
  if (this.roomName !== ROOM_NAME) return original.call(this);
  const t0 = performance.now();
  inCityPatch = true;
  patchEncodeMs = 0;
  patchBeforeMs = 0;
  patchCalls++;
  const before = this.onBeforePatch;
  if (before && !timedRooms.has(this)) {
    timedRooms.add(this);
    this.onBeforePatch = function timedBeforePatch(this: AnyRoom, ...args: unknown[]) {
      const t = performance.now();
      before.apply(this, args);
      patchBeforeMs += performance.now() - t;
    };
  }
  const changed = original.call(this);
  inCityPatch = false;
  // Without views (no interest management) every visitor is sent the shared pass itself.
  if (frameBytes.length === 0 && sharedBytes !== null) frameBytes.push(sharedBytes);
  for (const b of frameBytes) patchBytes.push(b);
  frameBytes = [];
  sharedBytes = null;
  if (changed) {
    patchMs.push(performance.now() - t0);
    encodeMs.push(patchEncodeMs);
    beforeMs.push(patchBeforeMs);
  }
  clients.set(this.roomId, this.clients.length);
  return changed;
};

type Encode = (this: unknown, ...args: unknown[]) => Uint8Array;
const encoderProto = Encoder.prototype as unknown as { encode: Encode; encodeView: Encode };
/** Encoding time of the current patch: the shared pass plus every visitor's view (encodeView calls
 *  encode inside; `depth` keeps that from being counted twice). The rest of a patch is sending. */
let patchEncodeMs = 0;
let depth = 0;
/** This patch's shared pass and each visitor's frame (encodeView's output includes the shared pass). */
let sharedBytes: number | null = null;
let frameBytes: number[] = [];
const timed = (original: Encode, frame: boolean): Encode =>
  function timedEncode(this: unknown, ...args: unknown[]) {
    if (!inCityPatch || depth > 0) return original.apply(this, args);
    depth++;
    const t0 = performance.now();
    try {
      const out = original.apply(this, args);
      if (frame) frameBytes.push(out.byteLength);
      else sharedBytes = out.byteLength;
      return out;
    } finally {
      patchEncodeMs += performance.now() - t0;
      depth--;
    }
  };
encoderProto.encode = timed(encoderProto.encode, false);
encoderProto.encodeView = timed(encoderProto.encodeView, true);

const rssTimer = setInterval(() => rss.push(process.memoryUsage.rss()), 500);
rssTimer.unref();

function reset(): void {
  patchMs = [];
  encodeMs = [];
  beforeMs = [];
  patchBytes = [];
  patchCalls = 0;
  rss = [process.memoryUsage.rss()];
  windowStart = performance.now();
  cpuStart = process.cpuUsage();
  loopDelay.reset();
}

function report(): ProbeReport {
  const cpu = process.cpuUsage(cpuStart);
  return {
    type: 'report',
    patchMs,
    encodeMs,
    beforeMs,
    patchBytes,
    patchCalls,
    clientsPerRoom: [...clients.values()],
    windowMs: performance.now() - windowStart,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMeanBytes: rss.reduce((a, b) => a + b, 0) / Math.max(1, rss.length),
    rssMaxBytes: Math.max(...rss, process.memoryUsage.rss()),
    // The histogram's samples include the sampling interval itself.
    eventLoopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS),
  };
}

process.on('message', (msg: { type?: string }) => {
  if (msg.type === 'reset') reset();
  if (msg.type === 'report') process.send?.(report());
});
// The harness is gone (crashed or killed): take the server down with it rather than orphan it.
process.on('disconnect', () => process.exit(0));
process.channel?.unref();
