// Public sessions in the store: the sessions themselves, their event logs (the source of truth that
// every shard's stage is rebuilt from), their chat, and (sessionFiles.ts) slide decks and stored
// records. Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import type { ChatLine } from '../../shared/protocol.ts';
import type { Phase, SessionEvent } from '../../shared/session/model.ts';
import type { SessionRecord } from '../../shared/session/record.ts';
import type { NewSession, SessionWhen, Visibility } from '../../shared/session/schedule.ts';
import type { Tables } from '../db/tables.ts';
import { newSessionId, sessionFiles } from './sessionFiles.ts';
import { type SessionSnapshots, sessionSnapshots } from './sessionSnapshots.ts';

export { isSlideMime } from './sessionFiles.ts';
export type { SessionSnapshot } from './sessionSnapshots.ts';

export type SessionRow = {
  id: string;
  title: string;
  organiser: string;
  description: string;
  startsAt: number;
  endsAt: number;
  agenda: string[];
  visibility: Visibility;
  /** Only for invite-only sessions. */
  inviteCode: string | null;
  phase: Phase;
  /** User id and username of the host who scheduled it. */
  createdById: number;
  createdBy: string;
  createdAt: number;
};

export type SlidePage = { mime: 'image/png' | 'image/jpeg' | 'image/webp'; bytes: Uint8Array };

export type SessionStore = SessionSnapshots & {
  /** Stores a validated new session under a fresh random id (10 url-safe characters). */
  create(s: NewSession, by: { id: number; username: string }, nowMs: number): Promise<SessionRow>;
  get(id: string): Promise<SessionRow | undefined>;
  /**
   * Sessions ending at or after `sinceMs` (default: all), by start time; at most `limit`. With `when`,
   * only the sessions in that state at `when.nowMs` (as sessionWhen decides), past ones newest first.
   */
  list(q: {
    sinceMs?: number;
    limit: number;
    when?: { kind: SessionWhen; nowMs: number };
  }): Promise<SessionRow[]>;
  setPhase(id: string, phase: Phase): Promise<void>;
  /**
   * Appends an accepted event with the next seq of its session (1, 2, …; unique per session) and
   * returns it. Callers serialise appends per session (the hub does).
   */
  /** Appends with the next seq; `requestId` (a forwarded action's, unique per session) is kept with it. */
  appendEvent(sessionId: string, event: Omit<SessionEvent, 'seq'>, requestId?: string): Promise<SessionEvent>;
  /** The event a forwarded request made, if it was stored (a retry after its owner died). */
  eventByRequest(sessionId: string, requestId: string): Promise<SessionEvent | undefined>;
  /** The session's events with seq > afterSeq, in seq order. */
  events(sessionId: string, afterSeq?: number): Promise<SessionEvent[]>;
  /** Chat of a session (channel `session:<id>` in chat_lines). */
  appendChat(sessionId: string, line: Omit<ChatLine, 'id' | 'channel'>): Promise<ChatLine>;
  /** The last `limit` lines (default: all), oldest first, channel 'session'. */
  chat(sessionId: string, limit?: number): Promise<ChatLine[]>;
  /** Stores a deck of slide images (validated by the caller) and returns its id. */
  addDeck(
    sessionId: string,
    name: string,
    pages: SlidePage[],
    nowMs: number,
  ): Promise<{ id: string; pages: number }>;
  decks(sessionId: string): Promise<Array<{ id: string; name: string; pages: number; at: number }>>;
  page(sessionId: string, deckId: string, page: number): Promise<SlidePage | undefined>;
  saveRecord(sessionId: string, record: SessionRecord, nowMs: number): Promise<{ id: number }>;
  /** Stored records of a session, newest first (ids and times). */
  records(sessionId: string): Promise<Array<{ id: number; at: number }>>;
  /** One stored record, or the newest when `id` is omitted. */
  record(sessionId: string, id?: number): Promise<SessionRecord | undefined>;
};

const PHASES: readonly string[] = ['scheduled', 'live', 'ended'] satisfies Phase[];

const chatChannel = (sessionId: string) => `session:${sessionId}`;

const toEvent = (r: { seq: number; at: number; actor: string | null; act: string }): SessionEvent => ({
  seq: Number(r.seq),
  at: Number(r.at),
  by: r.actor === null ? null : (JSON.parse(r.actor) as SessionEvent['by']),
  act: JSON.parse(r.act) as SessionEvent['act'],
});

function sessionRow(r: Selectable<Tables['sessions']>): SessionRow {
  const agenda: unknown = JSON.parse(r.agenda);
  return {
    id: r.id,
    title: r.title,
    organiser: r.organiser,
    description: r.description,
    startsAt: Number(r.starts_at),
    endsAt: Number(r.ends_at),
    agenda: Array.isArray(agenda) ? agenda.map(String) : [],
    visibility: r.visibility === 'invite' ? 'invite' : 'public',
    inviteCode: r.visibility === 'invite' ? r.invite_code : null,
    phase: PHASES.includes(r.phase) ? (r.phase as Phase) : 'scheduled',
    createdById: Number(r.created_by_id),
    createdBy: r.created_by,
    createdAt: Number(r.created_at),
  };
}

function chatLine(r: { id: number; sender: string; name: string; text: string; at: number }): ChatLine {
  return {
    id: Number(r.id),
    channel: 'session',
    from: r.sender,
    name: r.name,
    text: r.text,
    at: Number(r.at),
  };
}

/** Blobs come back as Uint8Array (SQLite) or Buffer (PostgreSQL): always hand out a plain copy. */

export function sessionStore(db: Kysely<Tables>, ensureOpen: () => void): SessionStore {
  return {
    async create(s, by, nowMs) {
      ensureOpen();
      const row = {
        id: newSessionId(),
        title: s.title,
        organiser: s.organiser,
        description: s.description,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        agenda: JSON.stringify(s.agenda),
        visibility: s.visibility,
        invite_code: s.visibility === 'invite' ? (s.inviteCode ?? null) : null,
        phase: 'scheduled',
        created_by_id: by.id,
        created_by: by.username,
        created_at: nowMs,
      };
      await db.insertInto('sessions').values(row).execute();
      return sessionRow(row);
    },
    async get(id) {
      ensureOpen();
      const r = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return r && sessionRow(r);
    },
    async list({ sinceMs, limit, when }) {
      ensureOpen();
      let q = db.selectFrom('sessions').selectAll();
      if (sinceMs !== undefined) q = q.where('ends_at', '>=', sinceMs);
      if (when?.kind === 'live') q = q.where('phase', '=', 'live');
      if (when?.kind === 'upcoming') q = q.where('phase', '=', 'scheduled').where('ends_at', '>', when.nowMs);
      if (when?.kind === 'past')
        q = q.where((eb) =>
          eb.or([
            eb('phase', '=', 'ended'),
            eb.and([eb('phase', '=', 'scheduled'), eb('ends_at', '<=', when.nowMs)]),
          ]),
        );
      const order = when?.kind === 'past' ? 'desc' : 'asc';
      const rows = await q
        .orderBy('starts_at', order)
        .orderBy('id', order)
        .limit(Math.max(0, Math.floor(limit)))
        .execute();
      return rows.map(sessionRow);
    },
    async setPhase(id, phase) {
      ensureOpen();
      await db.updateTable('sessions').set({ phase }).where('id', '=', id).execute();
    },
    async appendEvent(sessionId, event, requestId) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('session_events')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('session_id', '=', sessionId)
          .executeTakeFirst();
        const seq = Number(last?.seq ?? 0) + 1;
        await trx
          .insertInto('session_events')
          .values({
            session_id: sessionId,
            seq,
            at: event.at,
            actor: event.by === null ? null : JSON.stringify(event.by),
            act: JSON.stringify(event.act),
            request_id: requestId ?? null,
          })
          .execute();
        return { seq, at: event.at, by: event.by, act: event.act };
      });
    },
    async eventByRequest(sessionId, requestId) {
      ensureOpen();
      const r = await db
        .selectFrom('session_events')
        .select(['seq', 'at', 'actor', 'act'])
        .where('session_id', '=', sessionId)
        .where('request_id', '=', requestId)
        .executeTakeFirst();
      return r ? toEvent(r) : undefined;
    },
    async events(sessionId, afterSeq = 0) {
      ensureOpen();
      const rows = await db
        .selectFrom('session_events')
        .select(['seq', 'at', 'actor', 'act'])
        .where('session_id', '=', sessionId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .execute();
      return rows.map(toEvent);
    },
    async appendChat(sessionId, line) {
      ensureOpen();
      const row = await db
        .insertInto('chat_lines')
        .values({
          channel: chatChannel(sessionId),
          sender: line.from,
          name: line.name,
          text: line.text,
          at: line.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: Number(row.id), channel: 'session', ...line };
    },
    async chat(sessionId, limit) {
      ensureOpen();
      const q = db
        .selectFrom('chat_lines')
        .select(['id', 'sender', 'name', 'text', 'at'])
        .where('channel', '=', chatChannel(sessionId));
      if (limit === undefined) return (await q.orderBy('id').execute()).map(chatLine);
      const rows = await q
        .orderBy('id', 'desc')
        .limit(Math.max(0, Math.floor(limit)))
        .execute();
      return rows.reverse().map(chatLine);
    },
    ...sessionFiles(db, ensureOpen),
    ...sessionSnapshots(db, ensureOpen),
  };
}
