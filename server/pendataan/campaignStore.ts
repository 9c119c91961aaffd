// Campaigns: a form (by key; surveyors fill its newest published version) sent to a scope of regions
// with a start, a deadline and an optional target of records per RT. Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import type { Tables } from '../db/tables.ts';

export type Campaign = {
  id: number;
  organisationId: string;
  formKey: string;
  title: string;
  /** Region codes: the city code, or kecamatan / kelurahan codes. */
  scope: string[];
  startsAt: number;
  deadlineAt: number;
  targetPerRt: number | null;
  createdBy: string;
  createdAt: number;
};
export type NewCampaign = Omit<Campaign, 'id'>;

export type CampaignStore = {
  create(c: NewCampaign): Promise<Campaign>;
  get(id: number): Promise<Campaign | undefined>;
  /** Newest first, optionally of one organisation. */
  list(organisationId?: string): Promise<Campaign[]>;
};

function toCampaign(r: Selectable<Tables['pendataan_campaigns']>): Campaign {
  return {
    id: Number(r.id),
    organisationId: r.organisation_id,
    formKey: r.form_key,
    title: r.title,
    scope: JSON.parse(r.scope) as string[],
    startsAt: Number(r.starts_at),
    deadlineAt: Number(r.deadline_at),
    targetPerRt: r.target_per_rt,
    createdBy: r.created_by,
    createdAt: Number(r.created_at),
  };
}

export function campaignStore(db: Kysely<Tables>, ensureOpen: () => void): CampaignStore {
  return {
    async create(c) {
      ensureOpen();
      const row = await db
        .insertInto('pendataan_campaigns')
        .values({
          organisation_id: c.organisationId,
          form_key: c.formKey,
          title: c.title,
          scope: JSON.stringify(c.scope),
          starts_at: c.startsAt,
          deadline_at: c.deadlineAt,
          target_per_rt: c.targetPerRt,
          created_by: c.createdBy,
          created_at: c.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCampaign(row);
    },
    async get(id) {
      ensureOpen();
      const row = await db
        .selectFrom('pendataan_campaigns')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCampaign(row);
    },
    async list(organisationId) {
      ensureOpen();
      let q = db.selectFrom('pendataan_campaigns').selectAll();
      if (organisationId !== undefined) q = q.where('organisation_id', '=', organisationId);
      return (await q.orderBy('id', 'desc').execute()).map(toCampaign);
    },
  };
}
