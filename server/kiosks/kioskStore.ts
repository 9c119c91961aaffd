// Kiosks as stored (issue 9): create, list, read by key, remove, record a heartbeat, ask for and
// deliver a reload. Runs on the server.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type KioskConfig,
  type KioskLanguage,
  type KioskReport,
  type KioskSettings,
  type KioskView,
  kioskOnline,
} from '../../shared/kiosk.ts';
import type { KioskTables } from './tables.ts';

type Row = KioskTables['kiosks'];

export type KioskStore = {
  create(settings: KioskSettings, createdBy: string, nowMs: number): Promise<KioskConfig>;
  list(nowMs: number): Promise<KioskView[]>;
  get(key: string): Promise<KioskConfig | null>;
  /** False when no such kiosk. */
  remove(key: string): Promise<boolean>;
  /** Records a heartbeat; returns whether a reload was asked for (and clears the request), or null when unknown. */
  heartbeat(key: string, report: KioskReport, nowMs: number): Promise<{ reload: boolean } | null>;
  /** False when no such kiosk. */
  requestReload(key: string, nowMs: number): Promise<boolean>;
};

/** 22 url-safe characters (132 random bits). */
const newKey = () => randomBytes(16).toString('base64url').slice(0, 22).padEnd(22, 'A');

function configOf(r: Row): KioskConfig {
  return {
    key: r.key,
    name: r.name,
    location: r.location,
    language: r.language as KioskLanguage,
    idleSeconds: Number(r.idle_seconds),
    start: r.start_place === 'plaza' ? 'plaza' : { booth: r.start_place },
  };
}

function viewOf(r: Row, nowMs: number): KioskView {
  const lastSeenAt = r.last_seen_at === null ? null : Number(r.last_seen_at);
  return {
    ...configOf(r),
    createdAt: Number(r.created_at),
    lastSeenAt,
    online: kioskOnline(lastSeenAt, nowMs),
    report: r.report ? (JSON.parse(r.report) as KioskReport) : null,
    reloadPending: r.reload_requested_at !== null,
  };
}

export function kioskStore(db: Kysely<KioskTables>, ensureOpen: () => void): KioskStore {
  return {
    async create(settings, createdBy, nowMs) {
      ensureOpen();
      const row: Row = {
        key: newKey(),
        name: settings.name,
        location: settings.location,
        language: settings.language,
        idle_seconds: settings.idleSeconds,
        start_place: settings.start === 'plaza' ? 'plaza' : settings.start.booth,
        created_by: createdBy,
        created_at: nowMs,
        last_seen_at: null,
        report: null,
        reload_requested_at: null,
      };
      await db.insertInto('kiosks').values(row).execute();
      return configOf(row);
    },
    async list(nowMs) {
      ensureOpen();
      const rows = await db.selectFrom('kiosks').selectAll().orderBy('created_at').orderBy('key').execute();
      return rows.map((r) => viewOf(r, nowMs));
    },
    async get(key) {
      ensureOpen();
      const row = await db.selectFrom('kiosks').selectAll().where('key', '=', key).executeTakeFirst();
      return row ? configOf(row) : null;
    },
    async remove(key) {
      ensureOpen();
      const result = await db.deleteFrom('kiosks').where('key', '=', key).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async heartbeat(key, report, nowMs) {
      ensureOpen();
      return db.transaction().execute(async (tx) => {
        const row = await tx
          .selectFrom('kiosks')
          .select('reload_requested_at')
          .where('key', '=', key)
          .executeTakeFirst();
        if (!row) return null;
        await tx
          .updateTable('kiosks')
          .set({ last_seen_at: nowMs, report: JSON.stringify(report), reload_requested_at: null })
          .where('key', '=', key)
          .execute();
        return { reload: row.reload_requested_at !== null };
      });
    },
    async requestReload(key, nowMs) {
      ensureOpen();
      const result = await db
        .updateTable('kiosks')
        .set({ reload_requested_at: nowMs })
        .where('key', '=', key)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
