// A token is only as good as the account behind it: every staff-API request re-reads the user, so a
// password reset, a role or organisation change or disabling ends the session at once (not at expiry).
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { userCommands } from '../admin/userCommands.ts';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

let s: AccountCity;
beforeAll(async () => {
  s = await startAccountCity();
  for (const name of ['eko', 'fitri', 'gita', 'hadi']) await s.createUser(name, 'staff', 'setda');
});
afterAll(() => s.stop());

const profile = (token: string) => s.call('GET', '/api/opds/setda/profile', token);
const refresh = (token: string) => s.call('POST', '/api/auth/refresh', token);

/** Changes a user's row as another process (e.g. an operator's SQL) would. */
function updateUser(username: string, set: string, ...values: Array<string | null>) {
  const db = new DatabaseSync(s.city.dbPath);
  try {
    db.prepare(`UPDATE users SET ${set} WHERE username = ?`).run(...values, username);
  } finally {
    db.close();
  }
}

describe('requireUser re-reads the account on every request', () => {
  it('ends the session right after reset-password; a new login works', async () => {
    const token = await s.tokenOf('eko');
    expect((await profile(token)).status).toBe(200);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await userCommands['reset-password']?.(s.city.app.store, ['eko']);
    vi.restoreAllMocks();
    const res = await profile(token);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({ error: 'unauthorized' });
    expect((await refresh(token)).status).toBe(401);
  });

  it('ends the session when the role or the organisation changes', async () => {
    const fitri = await s.tokenOf('fitri');
    const gita = await s.tokenOf('gita');
    expect((await profile(fitri)).status).toBe(200);
    updateUser('fitri', 'role = ?, organisation_id = ?', 'admin', null);
    // As an admin the old staff claims would still pass mayActFor: only the re-read refuses them.
    expect((await profile(fitri)).status).toBe(401);
    expect((await refresh(fitri)).status).toBe(401);
    updateUser('gita', 'organisation_id = ?', 'setwan');
    expect((await profile(gita)).status).toBe(401);
    expect((await s.call('GET', '/api/opds/setwan/profile', await s.tokenOf('gita'))).status).toBe(200);
  });

  it('refuses a token while the account is disabled and accepts a new sign-in once enabled', async () => {
    const token = await s.tokenOf('hadi');
    const user = await s.city.app.store.users.byUsername('hadi');
    await s.city.app.store.users.setDisabled(user?.id ?? -1, s.clock.now);
    expect((await profile(token)).status).toBe(401);
    expect((await refresh(token)).status).toBe(401);
    expect((await s.login('hadi')).status).toBe(403);
    await s.city.app.store.users.setDisabled(user?.id ?? -1, null);
    expect((await profile(await s.tokenOf('hadi'))).status).toBe(200);
  });

  it('refuses the token of a deleted account', async () => {
    await s.createUser('ira', 'staff', 'setda');
    const ira = await s.tokenOf('ira');
    expect((await profile(ira)).status).toBe(200);
    const db = new DatabaseSync(s.city.dbPath);
    db.prepare('DELETE FROM users WHERE username = ?').run('ira');
    db.close();
    expect((await profile(ira)).status).toBe(401);
  });
});
