// The audit log: who changed what, append-only. Runs on the server.
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

export type AuditEntry = {
  /** 'push:<key id>', 'staff:<username>', 'admin', 'connector:<id>'. */
  actor: string;
  /** Dotted verb, e.g. 'metrics.ingest', 'key.create', 'profile.update'. */
  action: string;
  /** What was changed, usually an organisation id. */
  target: string;
  /** Details of the change, stored as JSON. */
  detail?: Record<string, unknown>;
};

export type AuditRecord = AuditEntry & { id: number; at: number };

export type AuditStore = {
  append(entry: AuditEntry, nowMs: number): Promise<void>;
  /** The newest `limit` entries first, optionally only those about one target. */
  recent(q: { limit: number; target?: string }): Promise<AuditRecord[]>;
};

export function auditStore(db: Kysely<Tables>, ensureOpen: () => void): AuditStore {
  return {
    async append(entry, nowMs) {
      ensureOpen();
      await db
        .insertInto('audit_log')
        .values({
          at: nowMs,
          actor: entry.actor,
          action: entry.action,
          target: entry.target,
          detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
        })
        .execute();
    },
    async recent({ limit, target }) {
      ensureOpen();
      let q = db.selectFrom('audit_log').selectAll();
      if (target !== undefined) q = q.where('target', '=', target);
      const rows = await q
        .orderBy('id', 'desc')
        .limit(Math.max(0, Math.floor(limit)))
        .execute();
      return rows.map((r) => ({
        id: Number(r.id),
        at: Number(r.at),
        actor: r.actor,
        action: r.action,
        target: r.target,
        ...(r.detail === null ? {} : { detail: JSON.parse(r.detail) as Record<string, unknown> }),
      }));
    },
  };
}
