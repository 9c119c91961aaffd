// Public sessions in the store: the sessions themselves, their event logs (the source of truth that
// every shard's stage is rebuilt from), their chat, slide decks and stored records. Runs on the server.
import type { ChatLine } from '../../shared/protocol.ts';
import type { Phase, SessionEvent } from '../../shared/session/model.ts';
import type { SessionRecord } from '../../shared/session/record.ts';
import type { NewSession, Visibility } from '../../shared/session/schedule.ts';

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

export type SessionStore = {
  /** Stores a validated new session under a fresh random id (10 url-safe characters). */
  create(s: NewSession, by: { id: number; username: string }, nowMs: number): Promise<SessionRow>;
  get(id: string): Promise<SessionRow | undefined>;
  /** Sessions ending at or after `sinceMs` (default: all), by start time; at most `limit`. */
  list(q: { sinceMs?: number; limit: number }): Promise<SessionRow[]>;
  setPhase(id: string, phase: Phase): Promise<void>;
  /**
   * Appends an accepted event with the next seq of its session (1, 2, …; unique per session) and
   * returns it. Callers serialise appends per session (the hub does).
   */
  appendEvent(sessionId: string, event: Omit<SessionEvent, 'seq'>): Promise<SessionEvent>;
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
