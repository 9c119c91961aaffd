// What city moderation keeps (SQLite or PostgreSQL through Kysely): who each city session was (the
// keys a sanction follows), residents' reports, timed mutes and bans with the keys they cover, and
// deleted chat lines (chatStore's history leaves them out). Times are epoch ms. Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import type { CityReportView, CitySanctionView } from '../../shared/cityModeration.ts';
import { CHAT_CHANNELS, type ChatLine, REPORT_REASONS, type ReportReason } from '../../shared/protocol.ts';
import type { Tables } from '../db/tables.ts';

/** One join of the city: its session id, the name shown and the keys that identify the visitor. */
export type CityVisit = { sessionId: string; name: string; keys: string[]; at: number };

export type NewCityReport = {
  at: number;
  /** The reporter's strongest key (their visitor id when they sent one), for the per-reporter limit. */
  reporterKey: string;
  reporterName: string;
  target: { sessionId: string; name: string };
  message: { id: number; text: string } | null;
  reason: ReportReason;
  note: string;
};

export type NewSanction = Omit<CitySanctionView, 'id'> & { keys: string[] };

export type ModerationStore = {
  recordVisit(visit: CityVisit): Promise<void>;
  visit(sessionId: string): Promise<CityVisit | undefined>;
  /** Deletes visits recorded before `beforeMs` (retention); how many. */
  pruneVisits(beforeMs: number): Promise<number>;
  addReport(report: NewCityReport): Promise<number>;
  /** Reports a reporter key filed since `sinceMs`. */
  reportsSince(reporterKey: string, sinceMs: number): Promise<number>;
  /** Open reports (or all), newest first. */
  reports(q: { open: boolean; limit: number }): Promise<CityReportView[]>;
  /** Marks a report resolved; false when unknown or already resolved. */
  resolveReport(id: number, by: string, nowMs: number): Promise<boolean>;
  addSanction(s: NewSanction): Promise<CitySanctionView>;
  /** Mutes and bans in force at `nowMs` (not lifted, not expired), newest first. */
  activeSanctions(nowMs: number): Promise<CitySanctionView[]>;
  /** Until when any of `keys` is muted and banned (0: not). */
  sanctionsOf(keys: readonly string[], nowMs: number): Promise<{ muteUntil: number; banUntil: number }>;
  /** Lifts a sanction in force; the lifted one with its keys, or undefined when none is in force. */
  liftSanction(id: number, by: string, nowMs: number): Promise<NewSanction | undefined>;
  /** A city chat line (plaza or nearby) that is not deleted. */
  chatLine(id: number): Promise<ChatLine | undefined>;
  /** Deletes a city chat line from history; the line, or undefined when unknown or already deleted. */
  deleteChat(id: number, by: string, reason: string, nowMs: number): Promise<ChatLine | undefined>;
};

const isReason = (r: string): r is ReportReason => (REPORT_REASONS as readonly string[]).includes(r);
const CITY_CHANNELS: readonly string[] = CHAT_CHANNELS;

function reportView(r: Selectable<Tables['city_reports']> & { deleted: number | null }): CityReportView {
  return {
    id: Number(r.id),
    at: Number(r.at),
    reporterName: r.reporter_name,
    target: { sessionId: r.target_session, name: r.target_name },
    message:
      r.message_id === null
        ? null
        : { id: Number(r.message_id), text: r.message_text ?? '', deleted: r.deleted !== null },
    reason: isReason(r.reason) ? r.reason : 'other',
    note: r.note,
    resolved: r.resolved_at !== null,
  };
}

function sanctionView(r: Selectable<Tables['city_sanctions']>): CitySanctionView {
  return {
    id: Number(r.id),
    kind: r.kind === 'ban' ? 'ban' : 'mute',
    sessionId: r.session_id,
    name: r.name,
    until: Number(r.until),
    reason: r.reason,
    by: r.by,
    at: Number(r.at),
  };
}

export function moderationStore(db: Kysely<Tables>, ensureOpen: () => void): ModerationStore {
  const chatLine = async (id: number): Promise<ChatLine | undefined> => {
    ensureOpen();
    const r = await db
      .selectFrom('chat_lines')
      .selectAll()
      .where('id', '=', id)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('chat_deletions').select('line_id').where('line_id', '=', id))),
      )
      .executeTakeFirst();
    if (!r || !CITY_CHANNELS.includes(r.channel)) return undefined;
    const channel = r.channel === 'nearby' ? 'nearby' : 'plaza';
    return { id: Number(r.id), channel, from: r.sender, name: r.name, text: r.text, at: Number(r.at) };
  };

  return {
    async recordVisit(v) {
      ensureOpen();
      await db
        .insertInto('city_visits')
        .values({ session_id: v.sessionId, name: v.name, keys: JSON.stringify(v.keys), at: v.at })
        .onConflict((c) => c.column('session_id').doUpdateSet({ name: v.name, keys: JSON.stringify(v.keys) }))
        .execute();
    },
    async pruneVisits(beforeMs) {
      ensureOpen();
      const r = await db.deleteFrom('city_visits').where('at', '<', beforeMs).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async visit(sessionId) {
      ensureOpen();
      const r = await db
        .selectFrom('city_visits')
        .selectAll()
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      return (
        r && { sessionId: r.session_id, name: r.name, keys: JSON.parse(r.keys) as string[], at: Number(r.at) }
      );
    },
    async addReport(r) {
      ensureOpen();
      const row = await db
        .insertInto('city_reports')
        .values({
          at: r.at,
          reporter_key: r.reporterKey,
          reporter_name: r.reporterName,
          target_session: r.target.sessionId,
          target_name: r.target.name,
          message_id: r.message?.id ?? null,
          message_text: r.message?.text ?? null,
          reason: r.reason,
          note: r.note,
          resolved_at: null,
          resolved_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async reportsSince(reporterKey, sinceMs) {
      ensureOpen();
      const r = await db
        .selectFrom('city_reports')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('reporter_key', '=', reporterKey)
        .where('at', '>=', sinceMs)
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async reports({ open, limit }) {
      ensureOpen();
      let q = db
        .selectFrom('city_reports')
        .leftJoin('chat_deletions', 'chat_deletions.line_id', 'city_reports.message_id')
        .selectAll('city_reports')
        .select('chat_deletions.at as deleted');
      if (open) q = q.where('resolved_at', 'is', null);
      const rows = await q
        .orderBy('city_reports.id', 'desc')
        .limit(Math.max(0, Math.floor(limit)))
        .execute();
      return rows.map(reportView);
    },
    async resolveReport(id, by, nowMs) {
      ensureOpen();
      const r = await db
        .updateTable('city_reports')
        .set({ resolved_at: nowMs, resolved_by: by })
        .where('id', '=', id)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async addSanction(s) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('city_sanctions')
          .values({
            kind: s.kind,
            session_id: s.sessionId,
            name: s.name,
            until: s.until,
            reason: s.reason,
            by: s.by,
            at: s.at,
            lifted_at: null,
            lifted_by: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const id = Number(row.id);
        await trx
          .insertInto('city_sanction_keys')
          .values(s.keys.map((key) => ({ sanction_id: id, key })))
          .execute();
        return sanctionView(row);
      });
    },
    async activeSanctions(nowMs) {
      ensureOpen();
      const rows = await db
        .selectFrom('city_sanctions')
        .selectAll()
        .where('lifted_at', 'is', null)
        .where('until', '>', nowMs)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(sanctionView);
    },
    async sanctionsOf(keys, nowMs) {
      ensureOpen();
      const found = { muteUntil: 0, banUntil: 0 };
      if (keys.length === 0) return found;
      const rows = await db
        .selectFrom('city_sanction_keys as k')
        .innerJoin('city_sanctions as s', 's.id', 'k.sanction_id')
        .select(['s.kind', 's.until'])
        .where('k.key', 'in', [...keys])
        .where('s.lifted_at', 'is', null)
        .where('s.until', '>', nowMs)
        .execute();
      for (const r of rows) {
        const until = Number(r.until);
        if (r.kind === 'ban') found.banUntil = Math.max(found.banUntil, until);
        else found.muteUntil = Math.max(found.muteUntil, until);
      }
      return found;
    },
    async liftSanction(id, by, nowMs) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('city_sanctions')
          .set({ lifted_at: nowMs, lifted_by: by })
          .where('id', '=', id)
          .where('lifted_at', 'is', null)
          .where('until', '>', nowMs)
          .returningAll()
          .executeTakeFirst();
        if (!row) return undefined;
        const keys = await trx
          .selectFrom('city_sanction_keys')
          .select('key')
          .where('sanction_id', '=', id)
          .execute();
        const { id: _id, ...view } = sanctionView(row);
        return { ...view, keys: keys.map((k) => k.key) };
      });
    },
    chatLine,
    async deleteChat(id, by, reason, nowMs) {
      const line = await chatLine(id);
      if (!line) return undefined;
      const r = await db
        .insertInto('chat_deletions')
        .values({ line_id: id, at: nowMs, by, reason })
        .onConflict((c) => c.column('line_id').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0 ? line : undefined;
    },
  };
}
