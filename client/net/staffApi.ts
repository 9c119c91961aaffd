// The staff console's calls (client only): sign in, refresh, password change, sign out, organisation
// profile, hand-entered figures, public sessions (schedule, list, minutes), and the admins' accounts
// and audit log. Same origin as the page (`/api`; the Vite dev
// server proxies it). Errors carry the status, the field the server named and Retry-After, for the
// forms to show. Type-only imports: the lobby uses this module too and stays zod-free.
import type { AccountRow, AccountView, AuditRow, Profile } from '../../shared/accounts.ts';
import type { OpdDetail, OpdSummary } from '../../shared/apiTypes.ts';
import type { NewSession, SessionSummary } from '../../shared/session/schedule.ts';

/** A sign-in; while `passwordChangeRequired`, the server allows only the password change. */
export type Session = {
  token: string;
  expiresAt: number;
  user: AccountView;
  passwordChangeRequired?: boolean;
};

type ErrorBody = { error?: string; field?: string; errors?: Array<{ message?: string }> };

export class ApiError extends Error {
  override name = 'ApiError';
  status: number;
  field: string | undefined;
  retryAfterS: number | undefined;
  /** The server's explanation of the first invalid value, when it gave one. */
  detail: string | undefined;
  constructor(status: number, body: ErrorBody, retryAfter: string | null) {
    super(body.error ?? `HTTP ${status}`);
    this.status = status;
    this.field = body.field;
    this.detail = body.errors?.[0]?.message;
    this.retryAfterS = retryAfter ? Number(retryAfter) : undefined;
  }
}

/** One JSON call to `/api<path>`; non-2xx throws ApiError. Also used by cityModerationApi.ts. */
export async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok) throw new ApiError(res.status, json as ErrorBody, res.headers.get('retry-after'));
  return json as T;
}

/** GET returning the body as a file (the session minutes), with the Bearer token. */
async function download(path: string, token: string): Promise<Blob> {
  const res = await fetch(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const json = (await res.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(res.status, json, res.headers.get('retry-after'));
  }
  return res.blob();
}

/** sessionStorage key of the signed-in staff session (client/staff/useSessionStore.ts persists it). */
export const STAFF_SESSION_KEY = 'makaverse.staff-session';

/** The signed-in staff token of this tab, if any and not expired (the lobby and hall use it). */
export function storedStaffToken(nowMs: number = Date.now()): string | null {
  return storedSession(nowMs)?.token ?? null;
}

/** The staff console's unexpired sign-in in this tab with its account, or null. */
export function storedStaffSession(nowMs: number = Date.now()): Session | null {
  const session = storedSession(nowMs);
  return typeof session?.user?.username === 'string' ? (session as Session) : null;
}

function storedSession(nowMs: number): (Partial<Session> & { token: string }) | null {
  try {
    const raw = sessionStorage.getItem(STAFF_SESSION_KEY);
    const session = raw
      ? (JSON.parse(raw) as { state?: { session?: Partial<Session> | null } }).state?.session
      : null;
    if (typeof session?.token !== 'string' || typeof session.expiresAt !== 'number') return null;
    if (session.passwordChangeRequired === true) return null;
    return session.expiresAt > nowMs ? { ...session, token: session.token } : null;
  } catch {
    return null;
  }
}

const opd = (id: string) => `/opds/${encodeURIComponent(id)}`;
const sessionPath = (id: string) => `/sessions/${encodeURIComponent(id)}`;
const account = (username: string) => `/admin/users/${encodeURIComponent(username)}`;

export const staffApi = {
  login: (username: string, password: string) =>
    call<Session>('POST', '/auth/login', undefined, { username, password }),
  refresh: (token: string) => call<Session>('POST', '/auth/refresh', token),
  /** 400 `weak-password` or a too short one, 403 wrong current password; a fresh session on success. */
  changePassword: (token: string, currentPassword: string, newPassword: string) =>
    call<Session>('POST', '/auth/password', token, { currentPassword, newPassword }),
  logout: (token: string) => call<unknown>('POST', '/auth/logout', token),
  organisations: () => call<{ organisations: OpdSummary[] }>('GET', '/opds'),
  organisation: (id: string) => call<OpdDetail>('GET', opd(id)),
  profile: (token: string, id: string) => call<{ profile: Profile }>('GET', `${opd(id)}/profile`, token),
  saveProfile: (token: string, id: string, profile: Profile) =>
    call<{ profile: Profile }>('PUT', `${opd(id)}/profile`, token, profile),
  enterFigure: (token: string, id: string, point: { kpi: string; value: number }) =>
    call<{ accepted: number }>('POST', `/staff${opd(id)}/metrics`, token, point),
  /** Host or admin; 400 names the bad field, 403 {error:'organiser'} another organisation. */
  scheduleSession: (token: string, body: NewSession) =>
    call<SessionSummary>('POST', '/sessions', token, body),
  /** Public sessions plus the invite-only ones this user may host or moderate. */
  sessions: (token: string) => call<SessionSummary[]>('GET', '/sessions', token),
  /** One session as this user sees it (invite-only ones too, when they may host or moderate it). */
  session: (token: string, id: string) => call<SessionSummary>('GET', sessionPath(id), token),
  /** The newest minutes of an ended session; 409 {error:'not-ended'} before it has any. */
  record: (token: string, id: string, format: 'md' | 'json') =>
    download(`${sessionPath(id)}/record?format=${format}`, token),
  /** Admins only. */
  accounts: (token: string) => call<{ users: AccountRow[] }>('GET', '/admin/users', token),
  /** 409 `self` for the caller's own account. */
  setDisabled: (token: string, username: string, disabled: boolean) =>
    call<AccountRow>('POST', `${account(username)}/${disabled ? 'disable' : 'enable'}`, token),
  deleteAccount: (token: string, username: string) => call<unknown>('DELETE', account(username), token),
  auditLog: (token: string, limit: number) =>
    call<{ entries: AuditRow[] }>('GET', `/admin/audit?limit=${limit}`, token),
};
