// Sizes of pendataan data, shared by the form rules, the sync contract and the field app (kept apart
// from the validators so the field app loads without zod). Pure; runs on server and client.

/** Longest text answer, characters. */
export const MAX_TEXT_CHARS = 2000;
/** Records per sync request; the app sends its outbox in batches of this size. */
export const MAX_SYNC_BATCH = 25;
/** Largest sync body, bytes: 25 records of a large form fit; a 10 MB text field is refused unread. */
export const MAX_SYNC_BODY_BYTES = 512 * 1024;
