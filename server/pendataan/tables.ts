// Table types of the pendataan store (issue 8), as Kysely sees them; joined into server/db/tables.ts.
// Times are epoch ms; flags are 0/1; JSON is text.
import type { Generated } from 'kysely';

export type PendataanTables = {
  /** Makassar's kecamatan and kelurahan (and the city), loaded from shared/data/wilayah.json. */
  regions: { code: string; name: string; level: string; parent_code: string | null };
  /** One version of a form. Published versions never change; editing makes the next version. */
  pendataan_forms: {
    id: Generated<number>;
    organisation_id: string;
    form_key: string;
    version: number;
    title: string;
    /** JSON text: FormDefinition. */
    definition: string;
    /** 'draft' | 'published' | 'retired'. */
    status: string;
    created_by: string;
    created_at: number;
    published_at: number | null;
  };
  pendataan_campaigns: {
    id: Generated<number>;
    organisation_id: string;
    form_key: string;
    title: string;
    /** JSON text: region codes (the city code for the whole city, kecamatan or kelurahan codes). */
    scope: string;
    starts_at: number;
    deadline_at: number;
    target_per_rt: number | null;
    created_by: string;
    created_at: number;
  };
  /** An RT or RW head. RW heads have rt = 0. Codes and device tokens are kept as SHA-256 only. */
  pendataan_surveyors: {
    id: Generated<number>;
    name: string;
    phone: string;
    kelurahan_code: string;
    rw: number;
    rt: number;
    /** 'ketua_rt' | 'ketua_rw'. */
    role: string;
    activation_hash: string | null;
    device_hash: string | null;
    activated_at: number | null;
    revoked_at: number | null;
    trained_at: number | null;
    created_at: number;
  };
  /** One record. (surveyor_id, client_id) is unique: a resend never duplicates. */
  pendataan_submissions: {
    id: Generated<number>;
    surveyor_id: number;
    client_id: string;
    campaign_id: number;
    form_id: number;
    organisation_id: string;
    form_key: string;
    kelurahan_code: string;
    rw: number;
    rt: number;
    /** JSON text: the validated answers. */
    answers: string;
    /** The No. KK (household key) for duplicate flags, or null. */
    household_key: string | null;
    practice: number;
    /** 'submitted' | 'accepted' | 'returned' | 'rejected'. */
    status: string;
    comment: string | null;
    /** 1, then +1 at each resubmission after a return. */
    revision: number;
    submitted_at: number;
    received_at: number;
    reviewed_at: number | null;
    reviewed_by: string | null;
  };
  /** Sums of accepted records per kelurahan and metric (shared/pendataan/tally.ts); migration 014. */
  pendataan_tallies: {
    organisation_id: string;
    form_key: string;
    kelurahan_code: string;
    metric: string;
    n: number;
    total: number;
    /** Earliest / latest submission time of the counted records (metric `*` only). */
    first_at: number | null;
    last_at: number | null;
  };
  /** Per RT of a campaign: records not rejected, and accepted ones; migration 014. */
  pendataan_rt_counts: {
    campaign_id: number;
    kelurahan_code: string;
    rw: number;
    rt: number;
    records: number;
    accepted: number;
  };
};
