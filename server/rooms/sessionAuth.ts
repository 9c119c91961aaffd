// Who may join a `session` shard, and as whom. Contract: join options must parse (400 'bad-options',
// 'protocol-mismatch', a name error); the session must exist (404 'no-session') and not be over
// (409 'ended'); a login token (the SDK's client.auth.token), when given, must verify AND still match
// the account, its sign-in session and a changed one-time password (401 'auth'); an invite-only session needs its invite code from anyone who is not its
// host, a moderator or an admin (403 'invite'); a banned attendee is refused until the ban ends
// (403 'banned'). A join with a token from a browser page of a foreign origin is refused (403
// 'origin'): an account joins only from the server's own origin (Origin's host = Host) or one in
// CORS_ORIGINS; clients that send no Origin (not browsers) are not concerned. The token itself is
// never logged or kept. Runs on the server.
import { ServerError } from '@colyseus/core';
import { PROTOCOL_VERSION, SessionJoinOptions } from '../../shared/protocol.ts';
import { cleanName } from '../../shared/text.ts';
import type { Claims, Tokens } from '../auth/tokens.ts';
import { authenticate } from '../http/requireUser.ts';
import { sessionRoleOf } from '../sessions/access.ts';
import type { HubPort } from '../sessions/sessionLink.ts';
import type { UserStore } from '../store/userStore.ts';
import type { SessionAuth } from './sessionVisitor.ts';

export type SessionAuthDeps = {
  tokens: Tokens;
  users: Pick<UserStore, 'byId' | 'session'>;
  /** Epoch ms: bans. */
  now: () => number;
  allowedOrigins: readonly string[];
};

/** The WebSocket upgrade's Origin and Host headers (null when absent). */
export type JoinOrigin = { origin: string | null; host: string | null };

/** Whether a page at `origin` may use an account here: no Origin, the server's own, or allowed. */
export function originAllowed(o: JoinOrigin, allowed: readonly string[]): boolean {
  if (o.origin === null) return true;
  if (allowed.includes(o.origin)) return true;
  try {
    return o.host !== null && new URL(o.origin).host === o.host;
  } catch {
    return false;
  }
}

/** The session id a join asks for, or null when malformed. */
export function requestedSession(options: unknown): string | null {
  const id = SessionJoinOptions.shape.sessionId.safeParse(
    (options as { sessionId?: unknown } | null)?.sessionId,
  );
  return id.success ? id.data : null;
}

/**
 * The claims of a current token whose account stands and has changed its one-time password, else
 * null (also used by city moderation).
 */
export async function accountOf(
  deps: Pick<SessionAuthDeps, 'tokens' | 'users' | 'now'>,
  token: string,
): Promise<Claims | null> {
  const session = await authenticate(deps, token);
  return session && !session.user.mustChangePassword ? session.claims : null;
}

export async function authorize(
  deps: SessionAuthDeps,
  hub: HubPort,
  options: unknown,
  token: string | undefined,
  origin: JoinOrigin = { origin: null, host: null },
): Promise<SessionAuth> {
  const parsed = SessionJoinOptions.safeParse(options);
  if (!parsed.success || parsed.data.sessionId !== hub.id) throw new ServerError(400, 'bad-options');
  const { protocol, name: rawName, color, visitorId, invite } = parsed.data;
  if (protocol !== undefined && protocol !== PROTOCOL_VERSION)
    throw new ServerError(400, 'protocol-mismatch');
  const name = cleanName(rawName);
  if (!name.ok) throw new ServerError(400, name.error);
  if (hub.model.phase === 'ended') throw new ServerError(409, 'ended');

  if (token && !originAllowed(origin, deps.allowedOrigins)) throw new ServerError(403, 'origin');
  const claims = token ? await accountOf(deps, token) : null;
  if (token && !claims) throw new ServerError(401, 'auth');
  const role = sessionRoleOf(claims, hub.row);
  if (hub.row.visibility === 'invite' && role === 'resident' && invite !== hub.row.inviteCode) {
    throw new ServerError(403, 'invite');
  }
  const key = claims ? `user:${claims.sub}` : `guest:${visitorId}`;
  if ((hub.model.bans[key] ?? 0) > deps.now()) throw new ServerError(403, 'banned');
  return { sessionId: hub.id, key, name: name.name, color: color.toLowerCase(), role, claims };
}
