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
// Joins per minute are counted in `buckets`, open sockets and unused reservations in `sockets`
// (server/scale/cluster.ts: both across every process on Redis, so a source spreading its joins or
// sockets over processes gets no more than from one; should Redis fail or not answer a count within
// its timeout, each process caps its own share). Checks and counts are not one atomic step across
// processes: joins arriving at once may pass the connection cap by a few, never the join burst (one
// atomic bucket). Refusals are logged once per source per minute, with how many were refused since
// (a flood must not flood the log). Runs on the server.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { type AuthContext, matchMaker } from '@colyseus/core';
import { log } from '../log.ts';
import { stampSource } from '../requestSource.ts';
import type { SharedBuckets } from '../scale/sharedBuckets.ts';
import type { SourceCounts } from '../scale/sourceCounts.ts';

export type SourceLimitOptions = { connections: number; joinsPerMinute: number; trustProxy: boolean };

const UNKNOWN = 'unknown';
/** Sources whose refusals are remembered for the log before the list is cleared. */
const SWEEP_AT_SOURCES = 10_000;
const LOG_EVERY_MS = 60_000;

export type SourceLimits = {
  /** Installs the caps on the server (HTTP + WebSocket) and matchmaking; `uninstall` removes them. */
  install(server: Server): void;
  uninstall(): void;
  /** For WebSocketTransport's `beforeUpgrade`: a 429 response beyond the cap, else undefined. */
  beforeUpgrade(request: Request, context: Readonly<AuthContext>): Promise<Response | undefined>;
};

type Invoke = typeof matchMaker.controller.invokeMethod;
const original: Invoke = matchMaker.controller.invokeMethod.bind(matchMaker.controller);

export function createSourceLimits(
  o: SourceLimitOptions,
  shared: { buckets: SharedBuckets; sockets: SourceCounts },
  now: () => number = Date.now,
): SourceLimits {
  const { buckets, sockets } = shared;
  /** Refusals per source since its last log line, and when that was. */
  const refused = new Map<string, { since: number; count: number }>();
  const refuse = (source: string, reason: string, nowMs = now()) => {
    const r = refused.get(source);
    if (r && nowMs - r.since < LOG_EVERY_MS) {
      r.count++;
      return;
    }
    if (refused.size > SWEEP_AT_SOURCES) refused.clear();
    refused.set(source, { since: nowMs, count: 0 });
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
    const source = sourceOf(req);
    req.headers['x-real-ip'] = source;
    stampSource(req, source);
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex) => {
    stamp(req);
    socket.once('close', sockets.open(String(req.headers['x-real-ip'])));
  };

  /** A join from `source` now: the refusal, or null (and a join token taken). */
  const admit = async (
    source: string,
    nowMs: number,
  ): Promise<'too-many-connections' | 'too-many-joins' | null> => {
    const held = await sockets.count(source, nowMs);
    if (held.open + held.reserved >= o.connections) return 'too-many-connections';
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
    if (typeof sessionId === 'string') sockets.reserve(source, sessionId, nowMs);
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
    // The socket was counted on 'upgrade' (before this runs), hence `<=`.
    async beforeUpgrade(request, context) {
      const source = context.ip ?? UNKNOWN;
      const sessionId = new URL(request.url).searchParams.get('sessionId');
      if (sessionId) sockets.used(source, sessionId);
      if ((await sockets.count(source, now())).open <= o.connections) return undefined;
      refuse(source, 'too-many-connections');
      return new Response('too-many-connections', { status: 429 });
    },
  };
}
