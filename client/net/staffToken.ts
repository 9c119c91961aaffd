// The staff console's sign-in, read by the hall (client only): hosts, moderators and admins who
// signed in at /staff in this tab join sessions with their token (the SDK's client.auth.token) and
// upload slides with it. Kept by client/staff/useSessionStore.ts in sessionStorage as zustand persist
// JSON {state: {session: {token, expiresAt, user}}}; an expired or malformed entry counts as none.
const STAFF_SESSION_KEY = 'makaverse.staff-session';

export function staffToken(nowMs: number): string | null {
  try {
    const raw = sessionStorage.getItem(STAFF_SESSION_KEY);
    if (!raw) return null;
    const session = (JSON.parse(raw) as { state?: { session?: { token?: unknown; expiresAt?: unknown } } })
      .state?.session;
    if (typeof session?.token !== 'string' || typeof session.expiresAt !== 'number') return null;
    return session.expiresAt > nowMs ? session.token : null;
  } catch {
    return null;
  }
}
