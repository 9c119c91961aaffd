// The staff console's calls (client only): sign in, refresh, organisation profile, hand-entered
// figures. Same origin as the page (`/api`; the Vite dev server proxies it). Errors carry the status,
// the field the server named and Retry-After, for the forms to show.
import type { AccountView, Profile } from '../../shared/accounts.ts';
import type { OpdDetail, OpdSummary } from '../../shared/apiTypes.ts';

export type Session = { token: string; expiresAt: number; user: AccountView };

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

async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
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

const opd = (id: string) => `/opds/${encodeURIComponent(id)}`;

export const staffApi = {
  login: (username: string, password: string) =>
    call<Session>('POST', '/auth/login', undefined, { username, password }),
  refresh: (token: string) => call<Session>('POST', '/auth/refresh', token),
  organisations: () => call<{ organisations: OpdSummary[] }>('GET', '/opds'),
  organisation: (id: string) => call<OpdDetail>('GET', opd(id)),
  profile: (token: string, id: string) => call<{ profile: Profile }>('GET', `${opd(id)}/profile`, token),
  saveProfile: (token: string, id: string, profile: Profile) =>
    call<{ profile: Profile }>('PUT', `${opd(id)}/profile`, token, profile),
  enterFigure: (token: string, id: string, point: { kpi: string; value: number }) =>
    call<{ accepted: number }>('POST', `/staff${opd(id)}/metrics`, token, point),
};
