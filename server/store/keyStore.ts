// Per-organisation API keys for the push API. A key reads `mkv_<id>_<secret>`: the id (public-safe,
// never published) finds the row, the 192-bit random secret is stored only as its SHA-256 and compared
// in constant time — microseconds per request. A slow salted hash adds nothing for a secret that
// long, and would let guessers burn the server's CPU. Keys made before this scheme (`scrypt$…`) still
// verify, the slow way, once: the first success re-hashes them. Guessing is limited per client
// address by the push route (server/http/metrics.ts), never per key id, so a guesser cannot block the
// key's owner. The key is returned once, at creation. Runs on the server.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

export type ApiKeyInfo = {
  id: string;
  organisationId: string;
  label: string | null;
  createdAt: number;
  revokedAt: number | null;
  lastUsedAt: number | null;
};

export type KeyStore = {
  /** A new key for the organisation; `key` is the only copy of the secret. */
  create(organisationId: string, label: string | null, nowMs: number): Promise<{ id: string; key: string }>;
  list(): Promise<ApiKeyInfo[]>;
  /** Revokes a key (idempotent); false when no key has that id. */
  revoke(id: string, nowMs: number): Promise<boolean>;
  /** The key's id and organisation when it is well-formed, known and not revoked; records its use. */
  verify(key: string, nowMs: number): Promise<{ id: string; organisationId: string } | null>;
};

const KEY = /^mkv_([0-9a-f]{12})_([0-9a-f]{48})$/;
/** last_used_at is written at most this often per key, in ms (no write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;
const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, len: number) => Promise<Buffer>;

const sha256 = (secret: string) => createHash('sha256').update(secret).digest();
const hashSecret = (secret: string) => `sha256$${sha256(secret).toString('hex')}`;

/** Whether `secret` matches the stored hash, either scheme; constant-time compare. */
async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, a, b] = stored.split('$');
  let expected: Buffer;
  let actual: Buffer;
  if (scheme === 'sha256' && a) {
    expected = Buffer.from(a, 'hex');
    actual = sha256(secret);
  } else if (scheme === 'scrypt' && a && b) {
    expected = Buffer.from(b, 'hex');
    if (expected.length !== 32) return false;
    actual = await scryptAsync(secret, Buffer.from(a, 'hex'), expected.length);
  } else return false;
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

export function keyStore(db: Kysely<Tables>, ensureOpen: () => void): KeyStore {
  return {
    async create(organisationId, label, nowMs) {
      ensureOpen();
      const id = randomBytes(6).toString('hex');
      const secret = randomBytes(24).toString('hex');
      await db
        .insertInto('api_keys')
        .values({
          id,
          organisation_id: organisationId,
          secret_hash: hashSecret(secret),
          label,
          created_at: nowMs,
        })
        .execute();
      return { id, key: `mkv_${id}_${secret}` };
    },
    async list() {
      ensureOpen();
      const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        organisationId: r.organisation_id,
        label: r.label,
        createdAt: Number(r.created_at),
        revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
        lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
      }));
    },
    async revoke(id, nowMs) {
      ensureOpen();
      const row = await db
        .selectFrom('api_keys')
        .select('revoked_at')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return false;
      if (row.revoked_at === null)
        await db.updateTable('api_keys').set({ revoked_at: nowMs }).where('id', '=', id).execute();
      return true;
    },
    async verify(key, nowMs) {
      ensureOpen();
      const [, id, secret] = KEY.exec(key.trim()) ?? [];
      if (!id || !secret) return null;
      const row = await db
        .selectFrom('api_keys')
        .select(['organisation_id', 'secret_hash', 'revoked_at', 'last_used_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row || row.revoked_at !== null) return null;
      if (!(await secretMatches(secret, row.secret_hash))) return null;
      if (!row.secret_hash.startsWith('sha256$'))
        await db
          .updateTable('api_keys')
          .set({ secret_hash: hashSecret(secret) })
          .where('id', '=', id)
          .where('secret_hash', '=', row.secret_hash)
          .execute();
      if (row.last_used_at === null || nowMs - Number(row.last_used_at) >= LAST_USED_RESOLUTION_MS)
        await db.updateTable('api_keys').set({ last_used_at: nowMs }).where('id', '=', id).execute();
      return { id, organisationId: row.organisation_id };
    },
  };
}
