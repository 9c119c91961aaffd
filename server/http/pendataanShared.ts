// What the pendataan routers share: their dependencies, the surveyor device sign-in guard, the OPD
// rights check for staff routes (audited when refused) and JSON body-error answers. Runs on the server.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { IngestDeps } from '../live/ingest.ts';
import { deviceHash } from '../pendataan/credentials.ts';
import type { PendataanStore } from '../pendataan/pendataanStore.ts';
import type { Surveyor } from '../pendataan/rosterStore.ts';
import type { AuditStore } from '../store/auditStore.ts';
import { bearerToken, currentUser, type SessionDeps } from './requireUser.ts';

export type PendataanDeps = SessionDeps & {
  pendataan: PendataanStore;
  audit: AuditStore;
  ingest: IngestDeps;
  /** Organisations that exist (registry ids) and their KPI ids. */
  kpisOf(organisationId: string): ReadonlySet<string> | undefined;
  organisationName(organisationId: string): string | undefined;
};

/** Guards surveyor routes: `Authorization: Bearer pdt_…` of an active device; 401 otherwise. */
export function requireSurveyor(deps: PendataanDeps): RequestHandler {
  return async (req, res, next) => {
    const hash = deviceHash(bearerToken(req) ?? '');
    const surveyor = hash ? await deps.pendataan.roster.byDevice(hash) : undefined;
    if (!surveyor) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
      return;
    }
    res.locals.surveyor = surveyor;
    next();
  };
}

export function currentSurveyor(res: Response): Surveyor {
  const s: unknown = res.locals.surveyor;
  if (!s) throw new Error('currentSurveyor() outside requireSurveyor');
  return s as Surveyor;
}

export const actorOf = (res: Response): string => {
  const u = currentUser(res);
  return `${u.role}:${u.username}`;
};

/** Admins, or staff of `organisationId`; otherwise 403, audited. Call behind requireUser. */
export async function mayActFor(
  deps: PendataanDeps,
  res: Response,
  organisationId: string,
  action: string,
): Promise<boolean> {
  const user = currentUser(res);
  if (user.role === 'admin' || (user.role === 'staff' && user.organisationId === organisationId)) return true;
  await deps.audit.append(
    {
      actor: actorOf(res),
      action: `${action}-denied`,
      target: organisationId,
      detail: { role: user.role, organisationId: user.organisationId },
    },
    deps.now(),
  );
  res.status(403).json({ error: 'forbidden' });
  return false;
}

/** Admins and staff of any OPD manage the (city-wide) surveyor roster. */
export function mayManageRoster(res: Response): boolean {
  const { role } = currentUser(res);
  if (role === 'admin' || role === 'staff') return true;
  res.status(403).json({ error: 'forbidden' });
  return false;
}

export const onBodyError: ErrorRequestHandler = (err: { type?: string }, _req, res, next) => {
  if (err.type === 'entity.too.large') res.status(413).json({ error: 'too-large', field: 'body' });
  else if (err.type === 'entity.parse.failed') res.status(400).json({ error: 'malformed', field: 'body' });
  else next(err);
};

/** A positive integer path parameter, or undefined. */
export const idParam = (raw: unknown): number | undefined => {
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};
