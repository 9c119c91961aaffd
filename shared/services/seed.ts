// The seeded services per organisation (shared/data/opd-services.json): public services gathered for
// the organisations' staff to confirm. Loaded into the database once (server/services/migration.ts)
// and used by the directory search until the live catalogue arrives. Pure data; server and client.
import data from '../data/opd-services.json' with { type: 'json' };
import type { Service, ServiceInput } from './service.ts';

export const SEED_SERVICES: Readonly<Record<string, readonly ServiceInput[]>> = data.services;

/** The seed entries of one organisation as unconfirmed services (id 0: not from a database). */
export function seedServicesOf(opdId: string): Service[] {
  return (SEED_SERVICES[opdId] ?? []).map((s) => ({ ...s, id: 0, confirmed: false, updatedAt: null }));
}
