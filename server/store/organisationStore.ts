// Organisations and their KPI definitions, synced from the registry at start, plus each organisation's
// editable profile (staff console). Runs on the server.
import type { Kysely } from 'kysely';
import { type KpiDirection, kpiRules } from '../../shared/kpi.ts';
import type { Registry } from '../../shared/registry.ts';
import type { Tables } from '../db/tables.ts';

export type KpiRecord = {
  id: string;
  label: string;
  unit: string;
  direction: KpiDirection;
  target: number | null;
  min: number;
  max: number;
  weight: number;
  seed: number;
};

export type OrganisationRecord = {
  id: string;
  name: string;
  abbreviation: string;
  category: string;
  kpis: KpiRecord[];
};

/** Profile fields are defined by the staff console; stored as one JSON object. */
export type OrganisationProfile = Record<string, unknown>;

export type OrganisationStore = {
  /** Upserts every organisation and KPI of the registry (rules from shared/kpi.ts); keeps profiles. */
  sync(registry: Registry, nowMs: number): Promise<void>;
  list(): Promise<OrganisationRecord[]>;
  get(id: string): Promise<OrganisationRecord | undefined>;
  /** The edited profile, or null when never edited (or unknown organisation). */
  getProfile(id: string): Promise<OrganisationProfile | null>;
  /** Replaces the profile; false for an unknown organisation. */
  updateProfile(id: string, profile: OrganisationProfile): Promise<boolean>;
};

const DIRECTIONS: readonly string[] = ['higher', 'lower', 'neutral'] satisfies KpiDirection[];

function kpiRecord(row: Tables['kpis']): KpiRecord {
  return {
    id: row.id,
    label: row.label,
    unit: row.unit,
    direction: DIRECTIONS.includes(row.direction) ? (row.direction as KpiDirection) : 'neutral',
    target: row.target === null ? null : Number(row.target),
    min: Number(row.min),
    max: Number(row.max),
    weight: Number(row.weight),
    seed: Number(row.seed),
  };
}

export function organisationStore(db: Kysely<Tables>, ensureOpen: () => void): OrganisationStore {
  async function load(id?: string): Promise<OrganisationRecord[]> {
    let orgs = db.selectFrom('organisations').select(['id', 'name', 'abbreviation', 'category']);
    let kpis = db.selectFrom('kpis').selectAll();
    if (id !== undefined) {
      orgs = orgs.where('id', '=', id);
      kpis = kpis.where('organisation_id', '=', id);
    }
    const [orgRows, kpiRows] = await Promise.all([orgs.orderBy('id').execute(), kpis.execute()]);
    const byOrg = new Map<string, KpiRecord[]>();
    for (const k of kpiRows) {
      const list = byOrg.get(k.organisation_id) ?? [];
      list.push(kpiRecord(k));
      byOrg.set(k.organisation_id, list);
    }
    return orgRows.map((o) => ({ ...o, kpis: byOrg.get(o.id) ?? [] }));
  }

  return {
    async sync(registry, nowMs) {
      ensureOpen();
      await db.transaction().execute(async (trx) => {
        for (const o of registry.organisations) {
          await trx
            .insertInto('organisations')
            .values({
              id: o.id,
              name: o.name,
              abbreviation: o.abbreviation,
              category: o.category,
              synced_at: nowMs,
            })
            .onConflict((c) =>
              c.column('id').doUpdateSet((eb) => ({
                name: eb.ref('excluded.name'),
                abbreviation: eb.ref('excluded.abbreviation'),
                category: eb.ref('excluded.category'),
                synced_at: eb.ref('excluded.synced_at'),
              })),
            )
            .execute();
          if (o.kpis.length === 0) continue;
          const rows = o.kpis.map((k) => {
            // Whole-number input is derived from the unit on every check, not stored.
            const { integer: _, ...r } = kpiRules(k);
            const { id, label, unit } = k;
            return { organisation_id: o.id, id, label, unit, ...r, weight: 1, seed: k.typical };
          });
          await trx
            .insertInto('kpis')
            .values(rows)
            .onConflict((c) =>
              c.columns(['organisation_id', 'id']).doUpdateSet((eb) => ({
                label: eb.ref('excluded.label'),
                unit: eb.ref('excluded.unit'),
                direction: eb.ref('excluded.direction'),
                target: eb.ref('excluded.target'),
                min: eb.ref('excluded.min'),
                max: eb.ref('excluded.max'),
                seed: eb.ref('excluded.seed'),
              })),
            )
            .execute();
        }
      });
    },
    async list() {
      ensureOpen();
      return load();
    },
    async get(id) {
      ensureOpen();
      return (await load(id))[0];
    },
    async getProfile(id) {
      ensureOpen();
      const row = await db
        .selectFrom('organisations')
        .select('profile')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.profile ? (JSON.parse(row.profile) as OrganisationProfile) : null;
    },
    async updateProfile(id, profile) {
      ensureOpen();
      const r = await db
        .updateTable('organisations')
        .set({ profile: JSON.stringify(profile) })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
  };
}
