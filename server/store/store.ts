// What the server persists: one database (SQLite file by default, PostgreSQL when DATABASE_URL is
// set) behind small per-concern stores. Rooms and routes see only these interfaces. Runs on the server.
import { type DatabaseOptions, type Dialect, openDatabase } from '../db/database.ts';
import { type ChatStore, chatStore } from './chatStore.ts';

export type { NewChatLine } from './chatStore.ts';

export type Store = ChatStore & {
  dialect: Dialect;
  /** Flushes and releases the database; later calls reject. Idempotent. */
  close(): Promise<void>;
};

/** Opens and migrates the database, then builds the stores over it. */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  const { db, dialect } = await openDatabase(options);
  let open = true;
  const ensureOpen = () => {
    if (!open) throw new Error('store is closed');
  };
  return {
    dialect,
    ...chatStore(db, ensureOpen),
    async close() {
      if (!open) return;
      open = false;
      await db.destroy();
    },
  };
}
