// Caps per source address, for every room (`city` and `session`), so one machine cannot hold the
// server's seats or write without limit. Contract:
// - The source is the TCP peer address; with trustProxy, the X-Real-IP (else the first
//   X-Forwarded-For) a reverse proxy sets. Every HTTP request and WebSocket upgrade gets the source
//   written into X-Real-IP before Colyseus reads it, so a client's own header is never believed.
// - Matchmaking (POST /matchmake/*, every method): a source may make `joinsPerMinute` joins a minute
//   (a burst of `connections`), and holds at most `connections` open WebSockets plus seat
//   reservations not yet used; beyond, 429 {code: 429, error: 'too-many-joins' | 'too-many-connections'}
//   at once, before the body is read or any route runs, and no seat.
// - WebSocket upgrades: beyond `connections` open sockets from one source, 429 before the handshake.
// Joins per minute are counted in `buckets` (server/scale/cluster.ts: across every process on Redis,
// so a source round-robining over processes gets no more joins than from one); open sockets and
// unused reservations are counted per process (each process caps its own share). Refusals are logged once per
// source per minute, with how many were refused since (a flood must not flood the log). Runs on the
// server.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { type AuthContext, matchMaker } from '@colyseus/core';
import { log } from '../log.ts';
import { memoryBuckets, type SharedBuckets } from '../scale/sharedBuckets.ts';

export type SourceLimitOptions = { connections: number; joinsPerMinute: number; trustProxy: boolean };

/** How long an unused seat reservation counts (Colyseus's seat reservation time, 15 s by default). */
const RESERVATION_MS = Number(process.env.COLYSEUS_SEAT_RESERVATION_TIME || 15) * 1000;
const UNKNOWN = 'unknown';
/** Sources whose refusals are remembered for the log before the list is cleared. */
const SWEEP_AT_SOURCES = 10_000;
const LOG_EVERY_MS = 60_000;

type Sources = {
  /** Open upgraded sockets per source. */
  open: Map<string, number>;
  /** Unused seat reservations: source → (Colyseus session id → expiry, epoch ms). */
  pending: Map<string, Map<string, number>>;
  /** Refusals per source since its last log line, and when that was. */
  refused: Map<string, { since: number; count: number }>;
};

export type SourceLimits = {
  /** Installs the caps on the server (HTTP + WebSocket) and matchmaking; `uninstall` removes them. */
  install(server: Server): void;
  uninstall(): void;
  /** For WebSocketTransport's `beforeUpgrade`: a 429 response beyond the cap, else undefined. */
  beforeUpgrade(request: Request, context: Readonly<AuthContext>): Response | undefined;
  /** Open sockets and unused reservations of a source (tests, diagnostics). */
  held(source: string): number;
};

type Invoke = typeof matchMaker.controller.invokeMethod;
const original: Invoke = matchMaker.controller.invokeMethod.bind(matchMaker.controller);

export function createSourceLimits(
  o: SourceLimitOptions,
  now: () => number = Date.now,
  buckets: SharedBuckets = memoryBuckets(),
): SourceLimits {
  const s: Sources = { open: new Map(), pending: new Map(), refused: new Map() };
  const refuse = (source: string, reason: string, nowMs = now()) => {
    const r = s.refused.get(source);
    if (r && nowMs - r.since < LOG_EVERY_MS) {
      r.count++;
      return;
    }
    if (s.refused.size > SWEEP_AT_SOURCES) s.refused.clear();
    s.refused.set(source, { since: nowMs, count: 0 });
    log.warn('source-refused', { source, reason, refusedSinceLastLine: r?.count ?? 0 });
  };
  const joinLimit = { capacity: o.connections, refillPerSec: o.joinsPerMinute / 60 };

  const sourceOf = (req: IncomingMessage): string => {
    const first = (h: string | string[] | undefined) =>
      String(h ?? '')
        .split(',')[0]
        ?.trim() || undefined;
    const proxied = o.trustProxy
      ? (first(req.headers['x-real-ip']) ?? first(req.headers['x-forwarded-for']))
      : undefined;
    return proxied ?? req.socket.remoteAddress ?? UNKNOWN;
  };
  const stamp = (req: IncomingMessage) => {
    req.headers['x-real-ip'] = sourceOf(req);
  };

  const pendingOf = (source: string, nowMs: number): Map<string, number> => {
    const mine = s.pending.get(source) ?? new Map<string, number>();
    for (const [id, until] of mine) if (until <= nowMs) mine.delete(id);
    if (mine.size === 0) s.pending.delete(source);
    return mine;
  };
  const held = (source: string, nowMs = now()) => (s.open.get(source) ?? 0) + pendingOf(source, nowMs).size;

  const onUpgrade = (req: IncomingMessage, socket: Duplex) => {
    stamp(req);
    const source = String(req.headers['x-real-ip']);
    s.open.set(source, (s.open.get(source) ?? 0) + 1);
    socket.once('close', () => {
      const left = (s.open.get(source) ?? 1) - 1;
      if (left > 0) s.open.set(source, left);
      else s.open.delete(source);
    });
  };

  /** A join from `source` now: the refusal, or null (and a join token taken). */
  const admit = async (
    source: string,
    nowMs: number,
  ): Promise<'too-many-connections' | 'too-many-joins' | null> => {
    if (held(source, nowMs) >= o.connections) return 'too-many-connections';
    const t = await buckets.take(`join:${source}`, joinLimit, nowMs);
    return t.ok ? null : 'too-many-joins';
  };

  const isJoin = (req: IncomingMessage) =>
    req.method === 'POST' && Boolean(req.url?.startsWith(`/${matchMaker.controller.matchmakeRoute}/`));

  /** POST /matchmake/*: refused here when over the caps (true), answered like Colyseus's errors. */
  const refusedEarly = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const source = String(req.headers['x-real-ip']);
    const nowMs = now();
    const refusal = await admit(source, nowMs);
    if (refusal === null) return false;
    refuse(source, refusal, nowMs);
    const cors = {
      ...matchMaker.controller.DEFAULT_CORS_HEADERS,
      ...matchMaker.controller.getCorsHeaders(new Headers(req.headers as Record<string, string>)),
    };
    res.writeHead(429, { ...cors, 'Content-Type': 'application/json', Connection: 'close' });
    res.end(JSON.stringify({ code: 429, error: refusal }));
    return true;
  };

  // Seats reserved over HTTP count as held until used (the caps were checked by refusedEarly).
  const invoke: Invoke = async (method, roomName, clientOptions, authContext) => {
    const source = authContext?.ip ?? UNKNOWN;
    const nowMs = now();
    const seat = await original(method, roomName, clientOptions, authContext);
    const sessionId = (seat as { sessionId?: unknown } | undefined)?.sessionId;
    if (typeof sessionId === 'string') {
      s.pending.set(source, pendingOf(source, nowMs).set(sessionId, nowMs + RESERVATION_MS));
    }
    return seat;
  };

  let installed:
    | { server: Server; inner: Array<(...a: unknown[]) => void>; onRequest: () => void }
    | undefined;
  return {
    install(server) {
      // Wraps the request listeners bound so far (Colyseus's router, express): a refused join must
      // not reach them.
      const inner = server.listeners('request') as Array<(...a: unknown[]) => void>;
      const pass = (req: IncomingMessage, res: ServerResponse) => {
        for (const listener of inner) listener.call(server, req, res);
      };
      const onRequest = (req: IncomingMessage, res: ServerResponse) => {
        stamp(req);
        if (!isJoin(req)) return pass(req, res);
        refusedEarly(req, res).then(
          (refused) => refused || pass(req, res),
          (error: unknown) => {
            log.error('source-limit-failed', { error });
            if (!res.headersSent) res.writeHead(503, { Connection: 'close' }).end();
          },
        );
      };
      server.removeAllListeners('request');
      server.on('request', onRequest);
      server.prependListener('upgrade', onUpgrade);
      matchMaker.controller.invokeMethod = invoke;
      installed = { server, inner, onRequest: onRequest as () => void };
    },
    uninstall() {
      if (installed) {
        installed.server.off('request', installed.onRequest);
        for (const listener of installed.inner) installed.server.on('request', listener);
        installed.server.off('upgrade', onUpgrade);
      }
      installed = undefined;
      if (matchMaker.controller.invokeMethod === invoke) matchMaker.controller.invokeMethod = original;
    },
    beforeUpgrade(request, context) {
      const source = context.ip ?? UNKNOWN;
      const sessionId = new URL(request.url).searchParams.get('sessionId');
      if (sessionId) pendingOf(source, now()).delete(sessionId);
      if ((s.open.get(source) ?? 0) <= o.connections) return undefined;
      refuse(source, 'too-many-connections');
      return new Response('too-many-connections', { status: 429 });
    },
    held: (source) => held(source),
  };
}
