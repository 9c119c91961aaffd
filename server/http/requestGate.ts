// The HTTP server in front of Colyseus and express: every request passes this gate first, before
// any listener (Colyseus's matchmaking router answers /matchmake/* ahead of express and reads the
// whole body with no limit of its own). The gate
// - sets the security headers on every response (securityHeaders.ts);
// - caps matchmaking bodies (join/create options) at MAX_JOIN_BODY_BYTES, for every room: a larger
//   Content-Length is refused with 413 JSON, a body without Content-Length (chunked) with 411, both
//   before a byte of the body is read, and the connection is closed so the body is never buffered.
// Express routes cap their own bodies (each route's parser has a limit; routes without one never
// read the body). Runs on the server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import type { SecurityHeaders } from './securityHeaders.ts';

/** Largest matchmaking request body, bytes: join options are a name, a colour, ids and a token. */
export const MAX_JOIN_BODY_BYTES = 8 * 1024;

const MATCHMAKE = /^\/matchmake\//;
const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why a matchmaking request is refused before its body is read; undefined when it may go on. */
function joinBodyRefusal(req: IncomingMessage): { status: 411 | 413; error: string } | undefined {
  if (BODILESS.has(req.method ?? 'GET') || !MATCHMAKE.test(req.url ?? '/')) return undefined;
  const length = req.headers['content-length'];
  if (length === undefined) {
    return req.headers['transfer-encoding'] ? { status: 411, error: 'length-required' } : undefined;
  }
  return Number(length) > MAX_JOIN_BODY_BYTES ? { status: 413, error: 'too-large' } : undefined;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
  const cors = matchMaker.controller.getCorsHeaders(new Headers(req.headers as Record<string, string>));
  for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
  res.end(JSON.stringify({ error, field: 'body' }));
  // Stop reading: whatever the client still sends is dropped with the connection.
  res.once('finish', () => req.socket.destroy());
}

/** An HTTP server whose 'request' listeners only see requests that passed the gate. */
export function gatedHttpServer(headers: SecurityHeaders): Server {
  const server = createServer();
  const emit = server.emit.bind(server);
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event !== 'request') return emit(event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    headers(req, res);
    const refusal = joinBodyRefusal(req);
    if (!refusal) return emit(event, ...args);
    refuse(req, res, refusal.status, refusal.error);
    return true;
  }) as Server['emit'];
  return server;
}
