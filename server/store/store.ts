// What the server persists: one database (SQLite file by default, PostgreSQL when DATABASE_URL is
// set) behind small per-concern stores. Rooms and routes see only these interfaces. Runs on the server.

import { sql } from 'kysely';
import { type ConnectorStore, connectorStore } from '../connectors/connectorStore.ts';
import { type DatabaseOptions, type Dialect, openDatabase } from '../db/database.ts';
import { type KioskStore, kioskStore } from '../kiosks/kioskStore.ts';
import { type PendataanStore, pendataanStore } from '../pendataan/pendataanStore.ts';
import { type AwarenessStore, awarenessStore, type RaporStore, raporStore } from '../rapor/raporStore.ts';
import { type ServiceStore, serviceStore } from '../services/serviceStore.ts';
import { type VisitStore, visitStore } from '../services/visitStore.ts';
import { type AuditStore, auditStore } from './auditStore.ts';
import { type ChatStore, chatStore } from './chatStore.ts';
import { type KeyStore, keyStore } from './keyStore.ts';
import { type MetricStore, metricStore } from './metricStore.ts';
import { type ModerationStore, moderationStore } from './moderationStore.ts';
import { type OrganisationStore, organisationStore } from './organisationStore.ts';
import { type SessionStore, sessionStore } from './sessionStore.ts';
import { type SettingsStore, settingsStore } from './settingsStore.ts';
import { type UserStore, userStore } from './userStore.ts';

export type { NewChatLine } from './chatStore.ts';

export type Store = ChatStore & {
  dialect: Dialect;
  metrics: MetricStore;
  organisations: OrganisationStore;
  keys: KeyStore;
  audit: AuditStore;
  users: UserStore;
  settings: SettingsStore;
  connectors: ConnectorStore;
  /** Public sessions: schedule, event logs, chat, slide decks, records. */
  sessions: SessionStore;
  /** City moderation: visits, reports, mutes and bans, deleted chat lines. */
  moderation: ModerationStore;
  /** Pendataan (issue 8): regions, forms, campaigns, surveyors, submissions. */
  pendataan: PendataanStore;
  /** Rapor release (issue 12): released rapors and notes; the awareness tracker's answers. */
  rapor: RaporStore;
  awareness: AwarenessStore;
  /** Layanan (issue 12): each organisation's public services. */
  services: ServiceStore;
  /** Visit analytics (issue 12): daily aggregates per booth, today's salted visitor set. */
  visits: VisitStore;
  /** Whether the database answers a trivial query now (health). */
  ping(): Promise<boolean>;
  /** Kiosks (issue 9): their settings and last heartbeat. */
  kiosks: KioskStore;
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
    metrics: metricStore(db, ensureOpen),
    organisations: organisationStore(db, ensureOpen),
    keys: keyStore(db, ensureOpen),
    audit: auditStore(db, ensureOpen),
    users: userStore(db, ensureOpen),
    settings: settingsStore(db, ensureOpen),
    connectors: connectorStore(db, ensureOpen),
    sessions: sessionStore(db, ensureOpen),
    moderation: moderationStore(db, ensureOpen),
    pendataan: pendataanStore(db, ensureOpen),
    rapor: raporStore(db, ensureOpen),
    awareness: awarenessStore(db, ensureOpen),
    services: serviceStore(db, ensureOpen),
    visits: visitStore(db, ensureOpen),
    async ping() {
      if (!open) return false;
      await sql`select 1`.execute(db);
      return true;
    },
    kiosks: kioskStore(db, ensureOpen),
    async close() {
      if (!open) return;
      open = false;
      await db.destroy();
    },
  };
}
