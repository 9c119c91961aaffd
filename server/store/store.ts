// What the server persists, behind an async interface so that a PostgreSQL store can replace the
// SQLite one without touching rooms or routes. Runs on the server.
import type { ChatChannel, ChatLine } from '../../shared/protocol.ts';

export type NewChatLine = Omit<ChatLine, 'id'>;

export type Store = {
  /** Appends an accepted chat line and returns it with its id (ids grow with insertion order). */
  appendChat(line: NewChatLine): Promise<ChatLine>;
  /** The last `limit` lines of a channel, oldest first. */
  recentChat(channel: Extract<ChatChannel, 'plaza'>, limit: number): Promise<ChatLine[]>;
  /** Flushes and releases the database; later calls reject. Idempotent. */
  close(): Promise<void>;
};
