// Per-organisation API keys for the push API. A key reads `mkv_<id>_<secret>`: the id finds the row,
// the secret is stored only as an scrypt hash (per-key salt) and compared in constant time. The key is
// returned once, at creation. A flood stays cheap: malformed keys are refused before any lookup, unknown
// ids after one indexed read, and a known id (ids are public, as `push:<id>` sources) gets at most
// HASH_LIMIT scrypt checks of new secrets. Runs on the server.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Bucket, type BucketLimit, fullBucket, take } from '../../shared/rateLimit.ts';
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
const SCRYPT_KEY_BYTES = 32;
/** last_used_at is written at most this often per key, in ms (no write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;
/** Secrets already checked against a stored hash, so a busy key is not re-hashed per request. */
const VERIFIED_CACHE_LIMIT = 1000;
/**
 * scrypt checks (~35 ms of CPU each) of secrets not yet verified, per key id: 5 at once, then one per
 * second. Past it a wrong secret is refused unhashed; already-verified keys never wait on it. In memory.
 */
export const HASH_LIMIT: BucketLimit = { capacity: 5, refillPerSec: 1 };
const MAX_TRACKED_IDS = 10_000;

function hashSecret(secret: string, salt = randomBytes(16)): string {
  return `scrypt$${salt.toString('hex')}$${scryptSync(secret, salt, SCRYPT_KEY_BYTES).toString('hex')}`;
}

function secretMatches(secret: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(secret, Buffer.from(salt, 'hex'), expected.length);
  return expected.length === SCRYPT_KEY_BYTES && timingSafeEqual(actual, expected);
}

export function keyStore(db: Kysely<Tables>, ensureOpen: () => void): KeyStore {
  // sha256(key + stored hash) of keys that verified: revocation is still read from the row every time.
  const verified = new Set<string>();
  const hashBudget = new Map<string, Bucket>();
  /** Takes one scrypt check from the id's HASH_LIMIT budget; false when spent. */
  const mayHash = (id: string, nowMs: number) => {
    if (hashBudget.size > MAX_TRACKED_IDS) hashBudget.clear();
    const taken = take(hashBudget.get(id) ?? fullBucket(HASH_LIMIT, nowMs), HASH_LIMIT, nowMs);
    hashBudget.set(id, taken.bucket);
    return taken.ok;
  };
  const digest = (key: string, stored: string) =>
    createHash('sha256').update(`${key}\n${stored}`).digest('hex');

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
      const seen = digest(key.trim(), row.secret_hash);
      if (!verified.has(seen)) {
        if (!mayHash(id, nowMs) || !secretMatches(secret, row.secret_hash)) return null;
        if (verified.size >= VERIFIED_CACHE_LIMIT) verified.clear();
        verified.add(seen);
      }
      if (row.last_used_at === null || nowMs - Number(row.last_used_at) >= LAST_USED_RESOLUTION_MS)
        await db.updateTable('api_keys').set({ last_used_at: nowMs }).where('id', '=', id).execute();
      return { id, organisationId: row.organisation_id };
    },
  };
}
