// Table types of services and visit analytics (issue 12), as Kysely sees them; joined into
// server/db/tables.ts. Times are epoch ms; flags are 0/1; JSON is text.
import type { Generated } from 'kysely';

export type ServicesTables = {
  /** One public service of an organisation; `data` is JSON text of shared ServiceInput. */
  opd_services: {
    id: Generated<number>;
    organisation_id: string;
    position: number;
    data: string;
    /** 0 while a seeded entry waits for the organisation's staff; 1 once they saved it. */
    confirmed: number;
    updated_at: number | null;
    updated_by: string | null;
  };
  /**
   * Daily aggregates per booth (organisation id) and day (YYYY-MM-DD, WITA); organisation_id '*'
   * holds the city-wide distinct visitors. Nothing in it identifies a visitor.
   */
  visit_daily: {
    day: string;
    organisation_id: string;
    visitors: number;
    opens: number;
    dwell_s: number;
    handoffs: number;
  };
  /** Searches with no result per day: the folded words only (no visitor, no time of day). */
  search_misses_daily: { day: string; query: string; count: number };
  /**
   * Today's distinct-visitor set: HMAC-SHA256(today's salt, visitor token + scope). Rows and salts of
   * earlier days are deleted; the raw token and the address are never stored.
   */
  visit_seen: { day: string; scope: string; digest: string };
  visit_salts: { day: string; salt: string };
};
