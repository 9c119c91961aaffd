// Shared by the migrations: the schema builder's type and a table with an auto-increment primary key.
import type { Kysely } from 'kysely';
import type { Dialect } from './database.ts';

export type Db = Kysely<unknown>;

/** A `create table` with an auto-increment primary key `id` in either dialect. */
export function withId(dialect: Dialect) {
  return (db: Db, table: string) =>
    dialect === 'sqlite'
      ? db.schema
          .createTable(table)
          .ifNotExists()
          .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : db.schema
          .createTable(table)
          .ifNotExists()
          .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity());
}
