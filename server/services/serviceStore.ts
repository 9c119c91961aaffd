// The organisations' public services (issue 12): read for booths, the directory and Lite; written by
// the organisation's staff in the console. A seeded entry becomes `confirmed` when staff save it.
// Runs on the server.
import type { Kysely } from 'kysely';
import { MAX_SERVICES_PER_OPD, type Service, type ServiceInput } from '../../shared/services/service.ts';
import type { Tables } from '../db/tables.ts';

export type ServiceStore = {
  /** One organisation's services in display order. */
  list(organisationId: string): Promise<Service[]>;
  /** Every organisation's services (the directory's catalogue), by organisation then order. */
  catalogue(): Promise<Array<{ opdId: string; service: Service }>>;
  /** Adds a confirmed service at the end; undefined when the organisation has MAX_SERVICES_PER_OPD. */
  create(
    organisationId: string,
    input: ServiceInput,
    by: string,
    nowMs: number,
  ): Promise<Service | undefined>;
  /** Replaces a service's fields and confirms it; undefined when it is not the organisation's. */
  update(
    organisationId: string,
    id: number,
    input: ServiceInput,
    by: string,
    nowMs: number,
  ): Promise<Service | undefined>;
  /** Deletes one of the organisation's services; false when there is none with that id. */
  remove(organisationId: string, id: number): Promise<boolean>;
  /** Confirmed services per organisation id (countServicesByOpd), for the rapor's readiness. */
  confirmedCounts(): Promise<Map<string, number>>;
};

type Row = { id: number; data: string; confirmed: number; updated_at: number | null };

function toService(row: Row): Service {
  const input = JSON.parse(row.data) as ServiceInput;
  return { ...input, id: Number(row.id), confirmed: row.confirmed === 1, updatedAt: row.updated_at };
}

/**
 * Services the organisations' own staff have confirmed, per organisation id (unconfirmed seed
 * entries do not count): the "services complete" part of the rapor's Makaverse readiness.
 */
export async function countServicesByOpd(db: Kysely<Tables>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('opd_services')
    .select(['organisation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('confirmed', '=', 1)
    .groupBy('organisation_id')
    .execute();
  return new Map(rows.map((r) => [r.organisation_id, Number(r.n)]));
}

export function serviceStore(db: Kysely<Tables>, ensureOpen: () => void): ServiceStore {
  const columns = ['id', 'organisation_id', 'data', 'confirmed', 'updated_at'] as const;
  return {
    async confirmedCounts() {
      ensureOpen();
      return countServicesByOpd(db);
    },
    async list(organisationId) {
      ensureOpen();
      const rows = await db
        .selectFrom('opd_services')
        .select(columns)
        .where('organisation_id', '=', organisationId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toService);
    },
    async catalogue() {
      ensureOpen();
      const rows = await db
        .selectFrom('opd_services')
        .select(columns)
        .orderBy('organisation_id')
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ opdId: r.organisation_id, service: toService(r) }));
    },
    async create(organisationId, input, by, nowMs) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const { n, last } = await trx
          .selectFrom('opd_services')
          .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('position').as('last')])
          .where('organisation_id', '=', organisationId)
          .executeTakeFirstOrThrow();
        if (Number(n) >= MAX_SERVICES_PER_OPD) return undefined;
        const row = await trx
          .insertInto('opd_services')
          .values({
            organisation_id: organisationId,
            position: last === null ? 0 : Number(last) + 1,
            data: JSON.stringify(input),
            confirmed: 1,
            updated_at: nowMs,
            updated_by: by,
          })
          .returning(columns)
          .executeTakeFirstOrThrow();
        return toService(row);
      });
    },
    async update(organisationId, id, input, by, nowMs) {
      ensureOpen();
      const row = await db
        .updateTable('opd_services')
        .set({ data: JSON.stringify(input), confirmed: 1, updated_at: nowMs, updated_by: by })
        .where('id', '=', id)
        .where('organisation_id', '=', organisationId)
        .returning(columns)
        .executeTakeFirst();
      return row && toService(row);
    },
    async remove(organisationId, id) {
      ensureOpen();
      const result = await db
        .deleteFrom('opd_services')
        .where('id', '=', id)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
