// Table types of the rapor release and the awareness tracker (migration 012_rapor_release), as Kysely
// sees them; joined into server/db/tables.ts. Times are epoch ms; JSON is text.
export type RaporTables = {
  /** One row per released period; `body` is the frozen Rapor (JSON), never changed after release. */
  rapor_releases: { period_key: string; released_at: number; released_by: string; body: string };
  /** The mayor's office's note on one organisation for one period (drafted before release). */
  rapor_notes: {
    period_key: string;
    organisation_id: string;
    note: string;
    updated_by: string;
    updated_at: number;
  };
  /**
   * One answer per visitor: `visitor_key` is the SHA-256 of the browser's visitor id (nothing else
   * about the visitor is kept); `day` the WITA day of the answer, YYYY-MM-DD.
   */
  awareness_answers: { visitor_key: string; answer: string; day: string };
};
