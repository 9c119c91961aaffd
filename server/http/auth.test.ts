// Login, tokens, refresh, lock-out and per-address limits against the real server and database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_MS, MAX_FAILURES } from '../auth/login.ts';
import { TOKEN_TTL_MS } from '../auth/tokens.ts';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

let s: AccountCity;
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('ana', 'staff', 'setda');
  await s.createUser('budi', 'staff', 'setda');
  await s.createUser('citra', 'host');
});
afterAll(() => s.stop());
// Each test starts with a full per-address allowance.
beforeEach(() => {
  s.clock.now += 5 * 60_000;
});

describe('POST /api/auth/login', () => {
  it('gives a short-lived token and the account for the right password, and audits it', async () => {
    const res = await s.login('ana');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      token: expect.stringMatching(/^[\w-]+\.[\w-]+$/),
      expiresAt: s.clock.now + TOKEN_TTL_MS,
      user: { username: 'ana', role: 'staff', organisationId: 'setda' },
    });
    const entry = (await s.audit()).find((e) => e.action === 'auth.login');
    expect(entry).toMatchObject({ actor: 'staff:ana', target: 'user:ana' });
    expect(JSON.stringify(await s.audit())).not.toContain(body.token);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await s.login('budi', 'salah');
    const unknown = await s.login('nobody', 'salah');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(JSON.stringify(await s.audit())).not.toContain('salah');
    await s.city.app.store.users.clearFailures((await s.city.app.store.users.byUsername('budi'))?.id ?? 0);
  });

  it('rejects malformed bodies with 400', async () => {
    expect((await s.call('POST', '/api/auth/login', undefined, { username: 'ana' })).status).toBe(400);
    expect((await s.call('POST', '/api/auth/login', undefined, [1])).status).toBe(400);
  });

  it('locks an account after repeated failures, then unlocks after the window', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) statuses.push((await s.login('budi', 'salah')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await s.login('budi');
    expect(locked.status).toBe(423);
    expect(Number(locked.headers.get('retry-after'))).toBe(LOCK_MS / 1000);
    const actions = (await s.audit()).filter((e) => e.target === 'user:budi').map((e) => e.action);
    expect(actions).toContain('auth.locked');
    s.clock.now += LOCK_MS;
    expect((await s.login('budi')).status).toBe(200);
    expect(await s.city.app.store.users.byUsername('budi')).toMatchObject({
      failedLogins: 0,
      lockedUntil: null,
    });
  });

  it('locks even when the failures arrive all at once', async () => {
    await s.createUser('dewi', 'host');
    const statuses = await Promise.all(Array.from({ length: 8 }, () => s.login('dewi', 'salah')));
    expect(statuses.filter((r) => r.status === 423).length).toBeGreaterThanOrEqual(8 - MAX_FAILURES + 1);
    expect((await s.login('dewi')).status).toBe(423);
  });

  it('locks unknown usernames the same way, so lock-out reveals nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) statuses.push((await s.login('ghost', 'salah')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
  });

  it('limits attempts per client address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await s.login('citra')).status);
    expect(statuses.slice(0, 10).every((st) => st === 200)).toBe(true);
    const limited = await s.login('citra');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('tokens', () => {
  it('refreshes a valid token and refuses an expired one', async () => {
    const token = await s.tokenOf('ana');
    s.clock.now += TOKEN_TTL_MS - 1000;
    const refreshed = await s.call('POST', '/api/auth/refresh', token);
    expect(refreshed.status).toBe(200);
    const body = await refreshed.json();
    expect(body.expiresAt).toBe(s.clock.now + TOKEN_TTL_MS);
    s.clock.now += 1000;
    expect((await s.call('POST', '/api/auth/refresh', token)).status).toBe(401);
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
    expect((await s.call('GET', '/api/opds/setda/profile', body.token)).status).toBe(200);
  });

  it('refuses missing and forged tokens with 401', async () => {
    expect((await s.call('GET', '/api/opds/setda/profile')).status).toBe(401);
    expect((await s.call('POST', '/api/auth/refresh', 'abc.def')).status).toBe(401);
  });
});
