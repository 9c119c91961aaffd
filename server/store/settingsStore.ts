// Server-wide values that must survive restarts and be shared by every process (e.g. the generated
// auth secret). Runs on the server.
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

export type SettingsStore = {
  /** The stored value of `key`; when none, stores `make()` — the first writer wins across processes. */
  getOrInit(key: string, make: () => string): Promise<string>;
  /** Stores `value` under `key`, replacing any value. */
  set(key: string, value: string): Promise<void>;
};

export function settingsStore(db: Kysely<Tables>, ensureOpen: () => void): SettingsStore {
  return {
    async getOrInit(key, make) {
      ensureOpen();
      await db
        .insertInto('settings')
        .values({ key, value: make() })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return row.value;
    },
    async set(key, value) {
      ensureOpen();
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
