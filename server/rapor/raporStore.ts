// The rapor release store (released rapors, notes) and the awareness answers. Runs on the server.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Rapor } from '../../shared/apiTypes.ts';
import type { AwarenessAnswer } from '../../shared/awareness.ts';
import type { Tables } from '../db/tables.ts';

export type ReleasedRapor = { body: Rapor; releasedAt: number; releasedBy: string };

export type RaporStore = {
  /** Notes of a period by organisation id. */
  notes(periodKey: string): Promise<Record<string, string>>;
  /** Sets (or, with an empty note, removes) one organisation's note for a period. */
  setNote(periodKey: string, organisationId: string, note: string, by: string, nowMs: number): Promise<void>;
  /** Freezes a period's rapor; false (and nothing changed) when the period was already released. */
  release(periodKey: string, body: Rapor, by: string, nowMs: number): Promise<boolean>;
  released(periodKey: string): Promise<ReleasedRapor | undefined>;
  /** Newest released key among keys of the given length (7: months, 4: years), or null. */
  lastReleased(kind: 'month' | 'year'): Promise<string | null>;
};

export type AwarenessStore = {
  /** Records a visitor's answer; false (nothing changed) when that visitor already answered. */
  answer(visitorId: string, answer: AwarenessAnswer, day: string): Promise<boolean>;
  /** Answers per day and answer since `fromDay` (inclusive, YYYY-MM-DD). */
  counts(fromDay: string): Promise<Array<{ day: string; answer: string; count: number }>>;
};

/** The stored key of a visitor: SHA-256 of the id, so the table cannot be joined to anything else. */
const visitorKey = (visitorId: string) => createHash('sha256').update(`awareness:${visitorId}`).digest('hex');

export function raporStore(db: Kysely<Tables>, ensureOpen: () => void): RaporStore {
  return {
    async notes(periodKey) {
      ensureOpen();
      const rows = await db
        .selectFrom('rapor_notes')
        .select(['organisation_id', 'note'])
        .where('period_key', '=', periodKey)
        .execute();
      return Object.fromEntries(rows.map((r) => [r.organisation_id, r.note]));
    },
    async setNote(periodKey, organisationId, note, by, nowMs) {
      ensureOpen();
      const where = db
        .deleteFrom('rapor_notes')
        .where('period_key', '=', periodKey)
        .where('organisation_id', '=', organisationId);
      if (note === '') {
        await where.execute();
        return;
      }
      await db
        .insertInto('rapor_notes')
        .values({
          period_key: periodKey,
          organisation_id: organisationId,
          note,
          updated_by: by,
          updated_at: nowMs,
        })
        .onConflict((c) =>
          c
            .columns(['period_key', 'organisation_id'])
            .doUpdateSet({ note, updated_by: by, updated_at: nowMs }),
        )
        .execute();
    },
    async release(periodKey, body, by, nowMs) {
      ensureOpen();
      const r = await db
        .insertInto('rapor_releases')
        .values({ period_key: periodKey, released_at: nowMs, released_by: by, body: JSON.stringify(body) })
        .onConflict((c) => c.column('period_key').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async released(periodKey) {
      ensureOpen();
      const r = await db
        .selectFrom('rapor_releases')
        .selectAll()
        .where('period_key', '=', periodKey)
        .executeTakeFirst();
      return (
        r && {
          body: JSON.parse(r.body) as Rapor,
          releasedAt: Number(r.released_at),
          releasedBy: r.released_by,
        }
      );
    },
    async lastReleased(kind) {
      ensureOpen();
      const rows = await db
        .selectFrom('rapor_releases')
        .select('period_key')
        .orderBy('period_key', 'desc')
        .execute();
      return rows.find((r) => r.period_key.length === (kind === 'month' ? 7 : 4))?.period_key ?? null;
    },
  };
}

export function awarenessStore(db: Kysely<Tables>, ensureOpen: () => void): AwarenessStore {
  return {
    async answer(visitorId, answer, day) {
      ensureOpen();
      const r = await db
        .insertInto('awareness_answers')
        .values({ visitor_key: visitorKey(visitorId), answer, day })
        .onConflict((c) => c.column('visitor_key').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async counts(fromDay) {
      ensureOpen();
      const rows = await db
        .selectFrom('awareness_answers')
        .select((eb) => ['day', 'answer', eb.fn.countAll<number>().as('count')])
        .where('day', '>=', fromDay)
        .groupBy(['day', 'answer'])
        .execute();
      return rows.map((r) => ({ day: r.day, answer: r.answer, count: Number(r.count) }));
    },
  };
}
