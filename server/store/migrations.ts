// Versioned schema migrations for the SQLite store, applied in order at start, each in its own
// transaction and recorded in schema_migrations. Append new versions; never edit an applied one.
import type { DatabaseSync } from 'node:sqlite';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'chat lines',
    sql: `
      CREATE TABLE chat_lines (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT NOT NULL CHECK (channel IN ('plaza', 'nearby')),
        sender TEXT NOT NULL,  -- session id
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        at INTEGER NOT NULL    -- unix time, ms
      );
      CREATE INDEX chat_lines_by_channel ON chat_lines (channel, id);
    `,
  },
];

/** Applies the migrations the database lacks; refuses a database newer than this code. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const rows = db.prepare('SELECT version FROM schema_migrations').all();
  const applied = new Set(rows.map((r) => Number(r.version)));
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new Error(`database schema version ${newest} is newer than this server knows (${known})`);
  }
  const ran: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
    ran.push(m.version);
  }
  return ran;
}
