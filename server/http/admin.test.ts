// The admins' account API against the real server: list, disable (ending sessions), enable, delete,
// the audit log; refused to other roles and for one's own account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

let s: AccountCity;
let admin = '';
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('root', 'admin');
  await s.createUser('ana', 'staff', 'setda');
  await s.createUser('budi', 'host', undefined, true);
  admin = await s.tokenOf('root');
});
afterAll(() => s.stop());

describe('/api/admin', () => {
  it('lists accounts without password hashes, to admins only', async () => {
    const res = await s.call('GET', '/api/admin/users', admin);
    expect(res.status).toBe(200);
    const { users } = await res.json();
    expect(users.map((u: { username: string }) => u.username)).toEqual(['ana', 'budi', 'root']);
    expect(users[1]).toEqual({
      username: 'budi',
      role: 'host',
      organisationId: null,
      disabled: false,
      mustChangePassword: true,
      createdAt: expect.any(Number),
    });
    expect(JSON.stringify(users)).not.toContain('scrypt');
    expect((await s.call('GET', '/api/admin/users', await s.tokenOf('ana'))).status).toBe(403);
    expect((await s.call('GET', '/api/admin/users')).status).toBe(401);
  });

  it('disables an account (its token stops working, it cannot sign in), enables it again', async () => {
    const token = await s.tokenOf('ana');
    const disabled = await s.call('POST', '/api/admin/users/ana/disable', admin);
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({ username: 'ana', disabled: true });
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
    expect((await s.login('ana')).status).toBe(403);
    expect((await s.call('POST', '/api/admin/users/ana/enable', admin)).status).toBe(200);
    // The old session stays ended; a new sign-in works.
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
    expect((await s.call('GET', '/api/opds/setda/profile', await s.tokenOf('ana'))).status).toBe(200);
  });

  it('deletes an account, refuses unknown ones and the caller’s own', async () => {
    const token = await s.tokenOf('ana');
    expect((await s.call('DELETE', '/api/admin/users/ana', admin)).status).toBe(204);
    expect((await s.call('GET', '/api/opds/setda/profile', token)).status).toBe(401);
    expect((await s.login('ana')).status).toBe(401);
    expect((await s.call('DELETE', '/api/admin/users/ana', admin)).status).toBe(404);
    const self = await s.call('POST', '/api/admin/users/root/disable', admin);
    expect(self.status).toBe(409);
    expect(await self.json()).toEqual({ error: 'self', field: 'username' });
    expect((await s.call('DELETE', '/api/admin/users/root', admin)).status).toBe(409);
  });

  it('shows the audit log newest first, with a bounded limit', async () => {
    const res = await s.call('GET', '/api/admin/audit?limit=3', admin);
    expect(res.status).toBe(200);
    const { entries } = await res.json();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ actor: 'admin:root', action: 'user.delete', target: 'user:ana' });
    const all = (await (await s.call('GET', '/api/admin/audit?limit=500', admin)).json()).entries;
    const actions = all.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.disable', 'user.enable', 'user.delete']));
    for (const bad of ['0', '501', 'x', '1.5'])
      expect((await s.call('GET', `/api/admin/audit?limit=${bad}`, admin)).status).toBe(400);
  });

  it('keeps an account on a one-time password out until it is changed', async () => {
    const res = await s.login('budi');
    const { token } = await res.json();
    const schedule = await s.call('POST', '/api/sessions', token, {});
    expect(schedule.status).toBe(403);
    expect(await schedule.json()).toEqual({ error: 'password-change-required' });
    expect((await s.call('GET', '/api/admin/users', token)).status).toBe(403);
  });
});
