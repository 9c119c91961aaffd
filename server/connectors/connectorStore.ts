// Connector settings and their health in the store's database (SQLite or PostgreSQL through Kysely).
// A connector pulls one organisation's figures from a URL on a schedule (server/connectors/scheduler.ts).
// Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import type { ConnectorStatus } from '../../shared/apiTypes.ts';
import type { Tables } from '../db/tables.ts';

export const CONNECTOR_KINDS = ['json', 'csv', 'bmkg'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export type Connector = {
  id: number;
  organisationId: string;
  kind: ConnectorKind;
  url: string;
  /** JSON text of the field mapping (see mapping.ts); '{}' for bmkg. */
  mapping: string;
  intervalS: number;
  enabled: boolean;
  /** Epoch ms of the last successful poll, null before the first. */
  lastOkAt: number | null;
  /** Short reason of the last failure (never a response body), null after a success. */
  lastError: string | null;
  /** Consecutive failures since the last success. */
  failures: number;
};

export type NewConnector = Pick<Connector, 'organisationId' | 'kind' | 'url' | 'mapping' | 'intervalS'>;

export type ConnectorStore = {
  add(c: NewConnector): Promise<Connector>;
  /** Every connector, by id; `enabledOnly` for the scheduler. */
  list(enabledOnly?: boolean): Promise<Connector[]>;
  /** The connectors of one organisation, by id. */
  listFor(organisationId: string): Promise<Connector[]>;
  get(id: number): Promise<Connector | undefined>;
  /** True when a connector was removed. */
  remove(id: number): Promise<boolean>;
  /** True when the connector exists. */
  setEnabled(id: number, enabled: boolean): Promise<boolean>;
  recordSuccess(id: number, at: number): Promise<void>;
  recordFailure(id: number, error: string): Promise<void>;
};

/** A success older than this many intervals leaves the connector's figures stale. */
export const STALE_INTERVALS = 3;

/** The public health of a connector (GET /api/opds/:id). */
export function connectorStatus(c: Connector, nowMs: number): ConnectorStatus {
  const { id, kind, enabled, intervalS, lastOkAt, failures, lastError } = c;
  const stale = failures > 0 || lastOkAt === null || nowMs - lastOkAt > STALE_INTERVALS * intervalS * 1000;
  return { id, kind, enabled, intervalS, lastOkAt, failures, lastError, stale };
}

/** Longest last_error kept: a reason, not a body. */
const MAX_ERROR_CHARS = 200;

type Row = Selectable<Tables['connectors']>;

const isKind = (k: string): k is ConnectorKind => (CONNECTOR_KINDS as readonly string[]).includes(k);

function toConnector(r: Row): Connector {
  return {
    id: Number(r.id),
    organisationId: r.organisation_id,
    kind: isKind(r.kind) ? r.kind : 'json',
    url: r.url,
    mapping: r.mapping,
    intervalS: Number(r.interval_s),
    enabled: Number(r.enabled) === 1,
    lastOkAt: r.last_ok_at === null ? null : Number(r.last_ok_at),
    lastError: r.last_error,
    failures: Number(r.failures),
  };
}

export function connectorStore(db: Kysely<Tables>, ensureOpen: () => void): ConnectorStore {
  const select = () => db.selectFrom('connectors').selectAll();
  return {
    async add(c) {
      ensureOpen();
      const row = await db
        .insertInto('connectors')
        .values({
          organisation_id: c.organisationId,
          kind: c.kind,
          url: c.url,
          mapping: c.mapping,
          interval_s: c.intervalS,
          enabled: 1,
          last_ok_at: null,
          last_error: null,
          failures: 0,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toConnector(row);
    },
    async list(enabledOnly = false) {
      ensureOpen();
      const q = enabledOnly ? select().where('enabled', '=', 1) : select();
      return (await q.orderBy('id').execute()).map((r) => toConnector(r));
    },
    async listFor(organisationId) {
      ensureOpen();
      const rows = await select().where('organisation_id', '=', organisationId).orderBy('id').execute();
      return rows.map(toConnector);
    },
    async get(id) {
      ensureOpen();
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toConnector(row) : undefined;
    },
    async remove(id) {
      ensureOpen();
      const r = await db.deleteFrom('connectors').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async setEnabled(id, enabled) {
      ensureOpen();
      const r = await db
        .updateTable('connectors')
        .set({ enabled: enabled ? 1 : 0 })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async recordSuccess(id, at) {
      ensureOpen();
      await db
        .updateTable('connectors')
        .set({ last_ok_at: at, last_error: null, failures: 0 })
        .where('id', '=', id)
        .execute();
    },
    async recordFailure(id, error) {
      ensureOpen();
      await db
        .updateTable('connectors')
        .set((eb) => ({ last_error: error.slice(0, MAX_ERROR_CHARS), failures: eb('failures', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
  };
}
