// The public sessions API, mounted under /api:
// - POST /sessions (host or admin): schedule a session (body: NewSession) → 201 SessionSummary.
// - GET /sessions[?when=upcoming|live|past]: public sessions (plus the invite-only ones a signed-in
//   host/moderator/admin may run), live first, then upcoming by start, then past newest first; ≤ 100.
// - GET /sessions/:id[?invite=<code>]: one session; an invite-only one without its code or a staff
//   token is 404, exactly like an unknown id (its existence is never revealed).
// - GET /sessions/:id/records and /sessions/:id/record?format=json|md[&id=N] (session host, moderator,
//   admin): the stored minutes; 409 {error:'not-ended'} while there are none.
// - Slide decks: see sessionDecks.ts.
// Every 4xx is JSON {error, field?}; refused staff actions are audited; tokens are never logged.
// Runs on the server.
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Request, type RequestHandler, type Router } from 'express';
import { findOrganisation, type Registry } from '../../shared/registry.ts';
import { recordMarkdown } from '../../shared/session/recordMarkdown.ts';
import { NewSession, type SessionSummary, type SessionWhen } from '../../shared/session/schedule.ts';
import { cleanLines, cleanText } from '../../shared/text.ts';
import type { Claims, Tokens } from '../auth/tokens.ts';
import { isSessionStaff, summaryOf } from '../sessions/access.ts';
import type { AuditStore } from '../store/auditStore.ts';
import type { SessionRow, SessionStore } from '../store/sessionStore.ts';
import type { UserStore } from '../store/userStore.ts';
import type { VoiceRecorder } from '../voice/voiceRecorder.ts';
import { errorHandler } from './errors.ts';
import { currentSession, currentUser, requireUser } from './requireUser.ts';
import { decksRouter } from './sessionDecks.ts';

export type SessionRouteDeps = {
  sessions: SessionStore;
  users: Pick<UserStore, 'byId' | 'session'>;
  tokens: Tokens;
  audit: AuditStore;
  registry: Registry;
  /** Epoch ms. */
  now: () => number;
  /** Attendees connected now across the shards of a session (0 when none). */
  attendance: (sessionId: string) => number;
  /** Consented audio recordings (server/voice/voiceRecorder.ts); absent without voice. */
  recordings?: Pick<VoiceRecorder, 'info' | 'file'>;
};

/** Most sessions in one listing. */
const MAX_LISTED = 100;
/** Rows read per state before filtering out invite-only sessions the caller may not see. */
const SCAN_PER_STATE = 500;
const WHENS: readonly SessionWhen[] = ['live', 'upcoming', 'past'];
const isWhen = (w: unknown): w is SessionWhen => WHENS.includes(w as SessionWhen);

const actorOf = (user: Claims) => `${user.role}:${user.username}`;

/** Compares secrets in constant time (hashes first, so lengths never leak either). */
function sameSecret(given: string, expected: string | null): boolean {
  if (expected === null) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const queryString = (req: Request, name: string) =>
  typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;

function zodErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; keys?: string[] }>) {
  return issues.map((i) => ({
    field: i.path.length > 0 ? i.path.map(String).join('.') : (i.keys?.[0] ?? 'body'),
    message: i.message,
  }));
}

/** Plain text only: control and format characters (bidi overrides, zero-width marks) removed. */
function cleanDraft(draft: NewSession): NewSession {
  const description = cleanLines(draft.description, 2000);
  return {
    ...draft,
    title: cleanText(draft.title, 120),
    description,
    agenda: draft.agenda.map((a) => cleanText(a, 200)),
  };
}

export function sessionsRouter(deps: SessionRouteDeps): Router {
  const router = express.Router();
  const signedIn = requireUser(deps);
  const json = express.json({ limit: '64kb' });
  const audit = (user: Claims, action: string, target: string, detail?: Record<string, unknown>) =>
    deps.audit.append({ actor: actorOf(user), action, target, ...(detail ? { detail } : {}) }, deps.now());
  const viewer = async (req: Request) => (await currentSession(deps, req))?.claims ?? null;

  /** The summary `viewer` may see: with the invite code only for the session's staff. */
  async function summarise(s: SessionRow, nowMs: number, viewer: Claims | null): Promise<SessionSummary> {
    const organiserName = findOrganisation(deps.registry, s.organiser)?.name ?? s.organiser;
    const records = await deps.sessions.records(s.id);
    const summary = summaryOf(s, { organiserName, attendance: deps.attendance(s.id), records, nowMs });
    return s.inviteCode && isSessionStaff(viewer, s) ? { ...summary, inviteCode: s.inviteCode } : summary;
  }

  const hostOrAdmin: RequestHandler = async (_req, res, next) => {
    const user = currentUser(res);
    if (user.role === 'host' || user.role === 'admin') return next();
    await audit(user, 'session.create-denied', '', { role: user.role });
    res.status(403).json({ error: 'forbidden' });
  };

  router.post('/sessions', signedIn, hostOrAdmin, json, async (req, res) => {
    const user = currentUser(res);
    const parsed = NewSession.safeParse(req.body);
    if (!parsed.success) {
      const errors = zodErrors(parsed.error.issues);
      res.status(400).json({ error: 'invalid', field: errors[0]?.field ?? 'body', errors });
      return;
    }
    const draft = cleanDraft(parsed.data);
    const nowMs = deps.now();
    const invalid = (field: string, message: string) =>
      res.status(400).json({ error: 'invalid', field, errors: [{ field, message }] });
    if (Array.from(draft.title).length < 3) return void invalid('title', 'title is too short');
    if (draft.agenda.some((a) => a === '')) return void invalid('agenda', 'agenda items must not be empty');
    if (!findOrganisation(deps.registry, draft.organiser))
      return void invalid('organiser', 'unknown organisation');
    if (draft.endsAt <= nowMs) return void invalid('endsAt', 'endsAt must be in the future');
    if (user.role === 'host' && user.organisationId !== null && user.organisationId !== draft.organiser) {
      await audit(user, 'session.create-denied', draft.organiser, { organisationId: user.organisationId });
      res.status(403).json({ error: 'organiser', field: 'organiser' });
      return;
    }
    const row = await deps.sessions.create(draft, { id: user.sub, username: user.username }, nowMs);
    await audit(user, 'session.create', row.id, {
      title: row.title,
      organiser: row.organiser,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      visibility: row.visibility,
    });
    res.status(201).json(await summarise(row, nowMs, user));
  });

  router.get('/sessions', async (req, res) => {
    const when = req.query.when;
    if (when !== undefined && !isWhen(when)) {
      res.status(400).json({ error: 'invalid', field: 'when' });
      return;
    }
    const user = await viewer(req);
    const nowMs = deps.now();
    const rows: SessionRow[] = [];
    for (const kind of when ? [when] : WHENS) {
      const found = await deps.sessions.list({ limit: SCAN_PER_STATE, when: { kind, nowMs } });
      rows.push(...found.filter((s) => s.visibility === 'public' || isSessionStaff(user, s)));
      if (rows.length >= MAX_LISTED) break;
    }
    const listed = await Promise.all(rows.slice(0, MAX_LISTED).map((s) => summarise(s, nowMs, user)));
    res.set('Cache-Control', user ? 'no-store' : 'no-cache').json(listed);
  });

  router.get('/sessions/:id', async (req, res) => {
    const s = await deps.sessions.get(String(req.params.id));
    const invite = queryString(req, 'invite');
    const user = await viewer(req);
    const visible =
      s !== undefined &&
      (s.visibility === 'public' ||
        (invite !== undefined && sameSecret(invite, s.inviteCode)) ||
        isSessionStaff(user, s));
    if (!s || !visible) {
      res.status(404).json({ error: 'not-found', field: 'id' });
      return;
    }
    res.set('Cache-Control', user ? 'no-store' : 'no-cache').json(await summarise(s, deps.now(), user));
  });

  /** The session of `:id` when the signed-in user is its host, a moderator or an admin; else answers. */
  async function staffSession(req: Request, res: express.Response, action: string) {
    const user = currentUser(res);
    const s = await deps.sessions.get(String(req.params.id));
    if (!s) {
      res.status(404).json({ error: 'not-found', field: 'id' });
      return undefined;
    }
    if (isSessionStaff(user, s)) return s;
    await audit(user, `${action}-denied`, s.id, { role: user.role });
    res.status(403).json({ error: 'forbidden' });
    return undefined;
  }

  router.get('/sessions/:id/records', signedIn, async (req, res) => {
    const s = await staffSession(req, res, 'session.records');
    if (s) res.set('Cache-Control', 'no-store').json(await deps.sessions.records(s.id));
  });

  router.get('/sessions/:id/record', signedIn, async (req, res) => {
    const s = await staffSession(req, res, 'session.record');
    if (!s) return;
    const format = queryString(req, 'format') ?? 'json';
    if (format !== 'json' && format !== 'md') {
      res.status(400).json({ error: 'invalid', field: 'format' });
      return;
    }
    const idText = queryString(req, 'id');
    if (idText !== undefined && !/^[1-9][0-9]{0,14}$/.test(idText)) {
      res.status(400).json({ error: 'invalid', field: 'id' });
      return;
    }
    const record = await deps.sessions.record(s.id, idText === undefined ? undefined : Number(idText));
    if (!record) {
      const none = idText === undefined || (await deps.sessions.records(s.id)).length === 0;
      if (none) res.status(409).json({ error: 'not-ended' });
      else res.status(404).json({ error: 'not-found', field: 'id' });
      return;
    }
    res.set('Cache-Control', 'no-store');
    const audio = await deps.recordings?.info(s.id);
    const minutes = audio ? { ...record, audio } : record;
    if (format === 'json') res.json(minutes);
    else res.type('text/markdown; charset=utf-8').send(recordMarkdown(minutes));
  });

  /** A converted recording linked from the minutes (Ogg Opus); the same staff as the minutes. */
  router.get('/sessions/:id/recordings/:name', signedIn, async (req, res) => {
    const s = await staffSession(req, res, 'session.record');
    if (!s) return;
    const path = await deps.recordings?.file(s.id, String(req.params.name));
    if (!path) {
      res.status(404).json({ error: 'not-found' });
      return;
    }
    res.set('Cache-Control', 'no-store').type('audio/ogg').sendFile(path);
  });

  router.use(decksRouter(deps));
  router.use(errorHandler);
  return router;
}
