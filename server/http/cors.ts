// CORS policy, decided deliberately (Colyseus by default reflects every origin, with credentials):
// - The game needs no cookies, so no response ever allows credentials.
// - Matchmaking (/matchmake/*, answered by Colyseus before express) and the API allow the origins
//   in CORS_ORIGINS (default: the Vite dev server, whose page talks to the game server directly).
//   Production serves page, API and WebSocket from one origin and needs no CORS at all.
// - Public read-only data may be read by any origin (`*`, never with credentials): GET /api/health,
//   /api/opds, /api/opds/:id, /api/opds/:id/metrics/:kpi, /api/rapor and /api/awareness. Nothing else: not what
//   needs a token (e.g. GET /api/opds/:id/profile), nothing that changes data.
// - Every other /api route is same-origin only (plus CORS_ORIGINS): no header for foreign origins;
//   preflights from them get none either, so a foreign page cannot send a token or a JSON body.
import { matchMaker } from '@colyseus/core';
import type { RequestHandler } from 'express';

const PUBLIC_READ = /^\/api\/(?:health|rapor|awareness|opds(?:\/[^/?]+(?:\/metrics\/[^/?]+)?)?)\/?(?:\?|$)/;

/** Installs the policy into Colyseus, whose listener sets CORS headers on every HTTP response. */
export function applyCorsPolicy(allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  // Replaces the permissive defaults (typed with Allow-Origin '*' and Allow-Credentials keys).
  (matchMaker.controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = {
    Vary: 'Origin',
  };
  matchMaker.controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
    const origin = headers.get('origin');
    if (!origin || !allowed.has(origin)) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Headers': 'Content-Type, Accept, Authorization',
      'Access-Control-Allow-Methods': 'GET,HEAD,POST',
      'Access-Control-Max-Age': '600',
    };
  };
}

/** Express middleware for /api: public read-only routes may be read from any origin. */
export const publicReadCors: RequestHandler = (req, res, next) => {
  if ((req.method === 'GET' || req.method === 'HEAD') && PUBLIC_READ.test(req.originalUrl)) {
    res.setHeader('Access-Control-Allow-Origin', '*');
  }
  next();
};
