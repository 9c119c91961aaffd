// Migrations 006–008 (issues 13 and 15: hardening and abuse): accounts, plaza moderation, retention;
// and 015 (issue 11): the request id of a session event, so a retried action is never decided twice.
// Registered in ./migrations.ts; applied ones are never edited.
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialect } from './database.ts';
import { type Db, withId } from './tableWithId.ts';

export function accountHardening(): Migration {
  return {
    // Accounts (issues 13, 15): disabled accounts, a forced password change (set for every account
    // that exists now: no password could be changed before, so each is a one-time CLI password),
    // and sign-in sessions whose generation rotates on each token refresh. The old failed_logins /
    // locked_until columns are no longer used (throttling is per source, server/auth/throttle.ts).
    async up(db: Db) {
      await db.schema.alterTable('users').addColumn('disabled_at', 'bigint').execute();
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update users set must_change_password = 1`.execute(db);
      await db.schema
        .createTable('auth_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'bigint', (c) => c.notNull())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .execute();
      await db.schema.createIndex('auth_sessions_by_user').on('auth_sessions').column('user_id').execute();
    },
  };
}

export function cityModeration(dialect: Dialect): Migration {
  const table = withId(dialect);
  return {
    // Plaza moderation (issue 13): who each city session was (keys a ban follows), residents'
    // reports, timed mutes and bans with the keys they cover, and chat lines moderators deleted.
    async up(db: Db) {
      await db.schema
        .createTable('city_visits')
        .addColumn('session_id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('keys', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await table(db, 'city_reports')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('reporter_key', 'text', (c) => c.notNull())
        .addColumn('reporter_name', 'text', (c) => c.notNull())
        .addColumn('target_session', 'text', (c) => c.notNull())
        .addColumn('target_name', 'text', (c) => c.notNull())
        .addColumn('message_id', 'bigint')
        .addColumn('message_text', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'bigint')
        .addColumn('resolved_by', 'text')
        .execute();
      await db.schema
        .createIndex('city_reports_by_reporter')
        .on('city_reports')
        .columns(['reporter_key', 'at'])
        .execute();
      await table(db, 'city_sanctions')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('until', 'bigint', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('lifted_at', 'bigint')
        .addColumn('lifted_by', 'text')
        .execute();
      await db.schema
        .createTable('city_sanction_keys')
        .addColumn('sanction_id', 'bigint', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('city_sanction_keys_pk', ['key', 'sanction_id'])
        .execute();
      await db.schema
        .createTable('chat_deletions')
        .addColumn('line_id', 'bigint', (c) => c.primaryKey())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

export function retention(dialect: Dialect): Migration {
  const table = withId(dialect);
  return {
    // Snapshots of a session's reduced model (a restarted hub replays the newest one plus the
    // events after it), and the time index the retention job (server/store/retention.ts) deletes by.
    async up(db: Db) {
      await table(db, 'session_snapshots')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addUniqueConstraint('session_snapshots_seq', ['session_id', 'seq'])
        .execute();
      await db.schema.createIndex('chat_lines_by_at').ifNotExists().on('chat_lines').column('at').execute();
      await db.schema
        .createIndex('session_events_by_at')
        .ifNotExists()
        .on('session_events')
        .column('at')
        .execute();
    },
  };
}

export function sessionRequestIds(): Migration {
  return {
    // A stage action forwarded from another process carries a request id (server/sessions/
    // hubRequests.ts); it is stored with its event, so the hub that takes over after its owner died
    // answers a retry from the store instead of deciding it again. Unique per session; null for
    // actions decided on the hub's own process and for system events.
    async up(db: Db) {
      await db.schema.alterTable('session_events').addColumn('request_id', 'text').execute();
      await db.schema
        .createIndex('session_events_by_request')
        .unique()
        .on('session_events')
        .columns(['session_id', 'request_id'])
        .execute();
    },
  };
}
