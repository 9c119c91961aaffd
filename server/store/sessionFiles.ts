// The files of public sessions in the store: slide decks (their page images) and the records written
// when a session ends. Part of the SessionStore (sessionStore.ts). Runs on the server.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionRecord } from '../../shared/session/record.ts';
import type { Tables } from '../db/tables.ts';
import type { SessionStore, SlidePage } from './sessionStore.ts';

/** A fresh random id: 10 url-safe characters (60 bits); sessions and slide decks. */
export function newSessionId(): string {
  return randomBytes(8).toString('base64url').slice(0, 10);
}

const SLIDE_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const isSlideMime = (m: string): m is SlidePage['mime'] =>
  (SLIDE_MIMES as readonly string[]).includes(m);

/** Bytes as read (Buffer in PostgreSQL, Uint8Array in SQLite) → a plain Uint8Array, and back. */
const plainBytes = (b: Uint8Array) => new Uint8Array(b);
const bufferOf = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

type SessionFiles = Pick<SessionStore, 'addDeck' | 'decks' | 'page' | 'saveRecord' | 'records' | 'record'>;

export function sessionFiles(db: Kysely<Tables>, ensureOpen: () => void): SessionFiles {
  return {
    async addDeck(sessionId, name, pages, nowMs) {
      ensureOpen();
      const id = newSessionId();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('session_decks')
          .values({ id, session_id: sessionId, name, pages: pages.length, at: nowMs })
          .execute();
        for (const [page, p] of pages.entries())
          await trx
            .insertInto('session_slides')
            .values({ deck_id: id, page, mime: p.mime, bytes: bufferOf(p.bytes) })
            .execute();
      });
      return { id, pages: pages.length };
    },
    async decks(sessionId) {
      ensureOpen();
      const rows = await db
        .selectFrom('session_decks')
        .select(['id', 'name', 'pages', 'at'])
        .where('session_id', '=', sessionId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, pages: Number(r.pages), at: Number(r.at) }));
    },
    async page(sessionId, deckId, page) {
      ensureOpen();
      const r = await db
        .selectFrom('session_slides')
        .innerJoin('session_decks', 'session_decks.id', 'session_slides.deck_id')
        .select(['session_slides.mime', 'session_slides.bytes'])
        .where('session_decks.session_id', '=', sessionId)
        .where('session_slides.deck_id', '=', deckId)
        .where('session_slides.page', '=', page)
        .executeTakeFirst();
      return r && isSlideMime(r.mime) ? { mime: r.mime, bytes: plainBytes(r.bytes) } : undefined;
    },
    async saveRecord(sessionId, record, nowMs) {
      ensureOpen();
      const row = await db
        .insertInto('session_records')
        .values({ session_id: sessionId, at: nowMs, record: JSON.stringify(record) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: Number(row.id) };
    },
    async records(sessionId) {
      ensureOpen();
      const rows = await db
        .selectFrom('session_records')
        .select(['id', 'at'])
        .where('session_id', '=', sessionId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({ id: Number(r.id), at: Number(r.at) }));
    },
    async record(sessionId, id) {
      ensureOpen();
      let q = db.selectFrom('session_records').select('record').where('session_id', '=', sessionId);
      if (id !== undefined) q = q.where('id', '=', id);
      const r = await q.orderBy('id', 'desc').limit(1).executeTakeFirst();
      return r && (JSON.parse(r.record) as SessionRecord);
    },
  };
}
