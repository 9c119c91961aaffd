// The staff console's rapor desk calls (client only): the month's draft (or released rapor), a note per
// organisation, the release. Same origin as the page; errors are ApiError like staffApi.ts.
import type { Rapor } from '../../shared/apiTypes.ts';
import { ApiError } from './staffApi.ts';

async function send<T>(method: string, path: string, token: string, body?: unknown): Promise<T | null> {
  const res = await fetch(`/api/staff/rapor${path}`, {
    method,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return null;
  const json = (await res.json().catch(() => ({}))) as { error?: string; field?: string };
  if (!res.ok) throw new ApiError(res.status, json, res.headers.get('retry-after'));
  return json as T;
}

const month = (key: string) => encodeURIComponent(key);

export const raporStaffApi = {
  /** The month's rapor (`YYYY-MM`; default the current one). */
  draft: async (token: string, key?: string): Promise<Rapor> =>
    (await send<Rapor>('GET', key ? `?month=${month(key)}` : '', token)) as Rapor,
  setNote: (token: string, key: string, organisationId: string, note: string) =>
    send<null>('PUT', `/${month(key)}/notes/${encodeURIComponent(organisationId)}`, token, { note }),
  release: async (token: string, key: string): Promise<Rapor> =>
    (await send<Rapor>('POST', `/${month(key)}/release`, token)) as Rapor,
};
