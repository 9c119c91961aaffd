// API key hashing on SQLite and, when reachable (always in CI), PostgreSQL: new keys are stored as
// SHA-256, keys stored by the older scrypt scheme keep working and are re-hashed at their first use.
import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import { openDatabase } from '../db/database.ts';
import { testDatabases } from '../db/testDatabases.ts';
import { keyStore } from './keyStore.ts';
import { organisationStore } from './organisationStore.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});
const T0 = Date.UTC(2026, 5, 1);

describe.each(databases)('API keys on $name', ({ options }) => {
  it('stores new keys as a SHA-256 of the secret and verifies them', async () => {
    const { db } = await openDatabase(options);
    await organisationStore(db, () => {}).sync(REGISTRY, T0);
    const keys = keyStore(db, () => {});
    const { id, key } = await keys.create('setda', null, T0);
    const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.secret_hash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(row.secret_hash).not.toContain(key.slice(-48));
    expect(await keys.verify(key, T0)).toEqual({ id, organisationId: 'setda' });
    expect(await keys.verify(`${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`, T0)).toBeNull();
    await db.destroy();
  });

  it('keeps verifying a key stored the old scrypt way, and re-hashes it at its first use', async () => {
    const { db } = await openDatabase(options);
    const keys = keyStore(db, () => {});
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('hex');
    const salt = randomBytes(16);
    const old = `scrypt$${salt.toString('hex')}$${scryptSync(secret, salt, 32).toString('hex')}`;
    await db
      .insertInto('api_keys')
      .values({ id, organisation_id: 'setda', secret_hash: old, label: 'lama', created_at: T0 })
      .execute();
    expect(await keys.verify(`mkv_${id}_${'0'.repeat(48)}`, T0)).toBeNull();
    const stored = async () =>
      (await db.selectFrom('api_keys').select('secret_hash').where('id', '=', id).executeTakeFirstOrThrow())
        .secret_hash;
    expect(await stored()).toBe(old);
    expect(await keys.verify(`mkv_${id}_${secret}`, T0)).toEqual({ id, organisationId: 'setda' });
    expect(await stored()).toMatch(/^sha256\$/);
    expect(await keys.verify(`mkv_${id}_${secret}`, T0 + 1)).toEqual({ id, organisationId: 'setda' });
    await db.destroy();
  });
});
