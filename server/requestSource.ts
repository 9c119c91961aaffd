// The client address of a request (HTTP or WebSocket upgrade), decided once by rooms/sourceLimits.ts
// before any route or room sees the request: the TCP peer, or with TRUST_PROXY=on the address the
// proxy wrote into X-Real-IP (else the first of X-Forwarded-For). Every per-address limit (sign-in,
// push-key guesses, joins, the field app, analytics) reads it here, so behind nginx each visitor is
// their own address, not the proxy's. A client's own header is never believed: a request not
// stamped (a test mounting a router alone) is its TCP peer. Runs on the server.
import type { IncomingMessage } from 'node:http';

const sources = new WeakMap<IncomingMessage, string>();

export const UNKNOWN_SOURCE = 'unknown';

/** Records the decided source of `req` (sourceLimits.ts only). */
export function stampSource(req: IncomingMessage, source: string): void {
  sources.set(req, source);
}

export function requestSource(req: IncomingMessage): string {
  return sources.get(req) ?? req.socket.remoteAddress ?? UNKNOWN_SOURCE;
}
