// Chat lines in the store's database (SQLite or PostgreSQL through Kysely). Runs on the server.
import type { Kysely } from 'kysely';
import { CHAT_CHANNELS, type ChatChannel, type ChatLine } from '../../shared/protocol.ts';
import type { Tables } from '../db/tables.ts';

export type NewChatLine = Omit<ChatLine, 'id'>;

export type ChatStore = {
  /** Appends an accepted chat line and returns it with its id (ids grow with insertion order). */
  appendChat(line: NewChatLine): Promise<ChatLine>;
  /** The last `limit` lines of a channel that no moderator deleted, oldest first. */
  recentChat(channel: Extract<ChatChannel, 'plaza'>, limit: number): Promise<ChatLine[]>;
  /**
   * Retention of every chat channel (plaza and sessions): deletes lines older than `beforeMs`, then
   * the plaza's oldest lines beyond its newest `plazaKeep`; the number deleted.
   */
  pruneChat(q: { beforeMs: number; plazaKeep: number }): Promise<number>;
};

const isChannel = (c: string): c is ChatChannel => (CHAT_CHANNELS as readonly string[]).includes(c);

export function chatStore(db: Kysely<Tables>, ensureOpen: () => void): ChatStore {
  return {
    async appendChat(line) {
      ensureOpen();
      const row = await db
        .insertInto('chat_lines')
        .values({ channel: line.channel, sender: line.from, name: line.name, text: line.text, at: line.at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: Number(row.id), ...line };
    },
    async recentChat(channel, limit) {
      ensureOpen();
      const rows = await db
        .selectFrom('chat_lines')
        .select(['id', 'channel', 'sender', 'name', 'text', 'at'])
        .where('channel', '=', channel)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(selectFrom('chat_deletions').select('line_id').whereRef('line_id', '=', 'chat_lines.id')),
          ),
        )
        .orderBy('id', 'desc')
        .limit(Math.max(0, Math.floor(limit)))
        .execute();
      return rows.reverse().map((r) => ({
        id: Number(r.id),
        channel: isChannel(r.channel) ? r.channel : 'plaza',
        from: r.sender,
        name: r.name,
        text: r.text,
        at: Number(r.at),
      }));
    },
    async pruneChat({ beforeMs, plazaKeep }) {
      ensureOpen();
      const old = await db.deleteFrom('chat_lines').where('at', '<', beforeMs).executeTakeFirst();
      const oldestKept = await db
        .selectFrom('chat_lines')
        .select('id')
        .where('channel', '=', 'plaza')
        .orderBy('id', 'desc')
        .offset(Math.max(0, Math.floor(plazaKeep) - 1))
        .limit(1)
        .executeTakeFirst();
      const over = oldestKept
        ? await db
            .deleteFrom('chat_lines')
            .where('channel', '=', 'plaza')
            .where('id', '<', Number(oldestKept.id))
            .executeTakeFirst()
        : { numDeletedRows: 0n };
      return Number(old.numDeletedRows) + Number(over.numDeletedRows);
    },
  };
}
