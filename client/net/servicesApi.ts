// The services and analytics calls (client only, issue 12): the public catalogue for the directory
// search, the staff console's service editing, and the analytics answers for staff and admins.
import type { CityAnalytics, OpdAnalytics } from '../../shared/services/analytics.ts';
import type { Service, ServiceInput } from '../../shared/services/service.ts';
import { apiBase } from './api.ts';
import { call } from './staffApi.ts';

export type CatalogueEntry = { opdId: string; service: Service };

/** Every organisation's services (GET /api/services). */
export async function fetchCatalogue(signal?: AbortSignal): Promise<CatalogueEntry[]> {
  const res = await fetch(`${apiBase()}/services`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /services: ${res.status}`);
  return ((await res.json()) as { services: CatalogueEntry[] }).services;
}

const path = (opdId: string, id?: number) =>
  `/opds/${encodeURIComponent(opdId)}/services${id === undefined ? '' : `/${id}`}`;

export const servicesApi = {
  list: (opdId: string) => call<{ services: Service[] }>('GET', path(opdId)).then((r) => r.services),
  create: (token: string, opdId: string, input: ServiceInput) =>
    call<Service>('POST', path(opdId), token, input),
  update: (token: string, opdId: string, id: number, input: ServiceInput) =>
    call<Service>('PUT', path(opdId, id), token, input),
  remove: (token: string, opdId: string, id: number) =>
    fetch(`/api${path(opdId, id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }).then(
      (res) => {
        if (!res.ok) throw new Error(`DELETE: ${res.status}`);
      },
    ),
  opdAnalytics: (token: string, opdId: string, days: number) =>
    call<OpdAnalytics>('GET', `/analytics/opds/${encodeURIComponent(opdId)}?days=${days}`, token),
  cityAnalytics: (token: string, days: number) =>
    call<CityAnalytics>('GET', `/analytics/city?days=${days}`, token),
};
