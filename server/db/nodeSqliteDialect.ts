// Kysely's SQLite dialect over Node's built-in node:sqlite (no native build). Kysely expects a
// better-sqlite3-like object; this adapts DatabaseSync to it. Runs on the server.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';

/** node:sqlite binds no booleans or Dates: store them as 0/1 and epoch milliseconds. */
function bindable(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (value === undefined) return null;
  return value as SQLInputValue;
}

function adaptStatement(statement: StatementSync): SqliteStatement {
  const args = (parameters: ReadonlyArray<unknown>) => parameters.map(bindable);
  return {
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...args(parameters)),
    run: (parameters) => {
      const r = statement.run(...args(parameters));
      return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
    },
    iterate: (parameters) => statement.iterate(...args(parameters)) as IterableIterator<unknown>,
  };
}

export function nodeSqliteDialect(db: DatabaseSync): SqliteDialect {
  const database: SqliteDatabase = {
    close: () => db.close(),
    prepare: (sql) => adaptStatement(db.prepare(sql)),
  };
  return new SqliteDialect({ database });
}
