// The pendataan part of the store (issue 8): regions, form versions, campaigns, the surveyor roster
// and submissions, each a small store over the same database. Runs on the server.
import type { Kysely } from 'kysely';
import type { Region, RegionLevel } from '../../shared/pendataan/wilayah.ts';
import type { Tables } from '../db/tables.ts';
import { type CampaignStore, campaignStore } from './campaignStore.ts';
import { type FormStore, formStore } from './formStore.ts';
import { type RosterStore, rosterStore } from './rosterStore.ts';
import { type SubmissionStore, submissionStore } from './submissionStore.ts';

export type RegionStore = {
  /** The city, its kecamatan and kelurahan as stored (loaded by migration 009_pendataan). */
  regions(): Promise<Region[]>;
};

export type PendataanStore = RegionStore & {
  forms: FormStore;
  campaigns: CampaignStore;
  roster: RosterStore;
  submissions: SubmissionStore;
};

export function pendataanStore(db: Kysely<Tables>, ensureOpen: () => void): PendataanStore {
  return {
    async regions() {
      ensureOpen();
      const rows = await db.selectFrom('regions').selectAll().orderBy('code').execute();
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level as RegionLevel,
        parent: r.parent_code,
      }));
    },
    forms: formStore(db, ensureOpen),
    campaigns: campaignStore(db, ensureOpen),
    roster: rosterStore(db, ensureOpen),
    submissions: submissionStore(db, ensureOpen),
  };
}
