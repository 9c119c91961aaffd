// The default store: one SQLite file through node:sqlite (synchronous, so each call finishes before
// its promise settles), WAL journal so reads never wait for the writer. Runs on the server.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CHAT_CHANNELS, type ChatChannel, type ChatLine } from '../../shared/protocol.ts';
import { migrate } from './migrations.ts';
import type { NewChatLine, Store } from './store.ts';

type Row = Record<string, unknown>;

function toChatLine(row: Row): ChatLine {
  const channel = String(row.channel);
  return {
    id: Number(row.id),
    channel: (CHAT_CHANNELS as readonly string[]).includes(channel) ? (channel as ChatChannel) : 'plaza',
    from: String(row.sender),
    name: String(row.name),
    text: String(row.text),
    at: Number(row.at),
  };
}

/** Opens (creating folder and file if needed) and migrates the database at `path`. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  const insert = db.prepare(
    'INSERT INTO chat_lines (channel, sender, name, text, at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const recent = db.prepare(
    `SELECT * FROM (SELECT id, channel, sender, name, text, at FROM chat_lines
       WHERE channel = ? ORDER BY id DESC LIMIT ?) ORDER BY id ASC`,
  );
  let open = true;
  const ensureOpen = () => {
    if (!open) throw new Error('store is closed');
  };

  return {
    async appendChat(line: NewChatLine): Promise<ChatLine> {
      ensureOpen();
      const row = insert.get(line.channel, line.from, line.name, line.text, line.at);
      return { id: Number(row?.id), ...line };
    },
    async recentChat(channel, limit) {
      ensureOpen();
      return recent.all(channel, Math.max(0, Math.floor(limit))).map(toChatLine);
    },
    async close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}
