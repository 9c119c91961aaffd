// Who may do what with a public session, decided from the account and the session row; shared by the
// sessions HTTP API and the session room. Also the public summary of a session (never its invite
// code). Runs on the server.
import type { Role } from '../../shared/accounts.ts';
import type { SessionRole } from '../../shared/session/model.ts';
import { type SessionSummary, sessionWhen } from '../../shared/session/schedule.ts';
import type { SessionRow } from '../store/sessionStore.ts';

/** The part of a signed-in account (token claims) that access depends on. */
export type SessionUser = { sub: number; role: Role; organisationId: string | null };

/**
 * Admins host every session; a 'host' account hosts the sessions it created and those of its own
 * organisation. Moderators moderate every session but host none.
 */
export function isSessionHost(user: SessionUser, s: SessionRow): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'host') return false;
  return s.createdById === user.sub || (user.organisationId !== null && user.organisationId === s.organiser);
}

/** The role an account (or an anonymous guest: null) has inside this session. */
export function sessionRoleOf(user: SessionUser | null, s: SessionRow): SessionRole {
  if (!user) return 'resident';
  if (user.role === 'admin') return 'admin';
  if (isSessionHost(user, s)) return 'host';
  if (user.role === 'moderator') return 'moderator';
  return 'resident';
}

/** True for the host, a moderator or an admin: they see invite-only sessions and the records. */
export const isSessionStaff = (user: SessionUser | null, s: SessionRow): boolean =>
  sessionRoleOf(user, s) !== 'resident';

export function summaryOf(
  s: SessionRow,
  extra: {
    organiserName: string;
    attendance: number;
    records: Array<{ id: number; at: number }>;
    /** Epoch ms that decides upcoming/past (default: now). */
    nowMs?: number;
  },
): SessionSummary {
  return {
    id: s.id,
    title: s.title,
    organiser: s.organiser,
    organiserName: extra.organiserName,
    description: s.description,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    agenda: s.agenda,
    visibility: s.visibility,
    phase: s.phase,
    when: sessionWhen(s.phase, s.endsAt, extra.nowMs ?? Date.now()),
    link: `/?session=${encodeURIComponent(s.id)}`,
    createdBy: s.createdBy,
    attendance: extra.attendance,
    records: extra.records,
  };
}
