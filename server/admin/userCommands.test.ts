// The `user` admin commands as an operator runs them (a real process on a temp database), then the
// printed one-time password used to sign in on the real server; tokens survive a restart.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestCity, tempDir } from '../testing.ts';

const run = promisify(execFile);
const dir = tempDir();
const dbPath = join(dir.path, 'cli.sqlite');
afterAll(() => dir.remove());

async function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DB_PATH: dbPath, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['server/admin/cli.ts', 'user', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The password ana.setda chooses at the first sign-in. */
const CHOSEN = 'kata-sandi-pilihan-sendiri';
const passwordIn = (stdout: string) => /\(shown once\): (\S+)/.exec(stdout)?.[1] ?? '';

describe('npm run admin -- user', () => {
  let password = '';

  it('creates a staff account and prints a strong one-time password once', async () => {
    const out = await admin('create', 'ana.setda', '--role', 'staff', '--opd', 'setda');
    expect(out.code).toBe(0);
    password = passwordIn(out.stdout);
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(out.stdout.split(password)).toHaveLength(2);
  });

  it('refuses duplicates, bad usernames, unknown roles and organisations, staff without --opd', async () => {
    const cases = [
      [['create', 'ana.setda', '--role', 'admin'], /already exists/],
      [['create', 'An', '--role', 'admin'], /username/],
      [['create', 'root', '--role', 'king'], /--role/],
      [['create', 'wati', '--role', 'staff'], /--opd/],
      [['create', 'wati', '--role', 'staff', '--opd', 'nowhere'], /unknown organisation/],
    ] as const;
    for (const [args, message] of cases) {
      const out = await admin(...args);
      expect(out.code).toBe(1);
      expect(out.stderr).toMatch(message);
    }
  });

  it('lists accounts without secrets', async () => {
    await admin('create', 'root', '--role', 'admin');
    const out = await admin('list');
    expect(out.stdout).toMatch(/^ana\.setda\tstaff\tsetda\t/m);
    expect(out.stdout).toMatch(/^root\tadmin\t-\t/m);
    expect(out.stdout).not.toContain('scrypt');
  });

  it('prints a password that signs in; a reset replaces it and ends old sessions; tokens outlive a restart', async () => {
    let city = await startTestCity(dbPath);
    const login = (p: string) =>
      fetch(`${city.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'ana.setda', password: p }),
      });
    const res = await login(password);
    expect(res.status).toBe(200);
    const { token, passwordChangeRequired } = await res.json();
    expect(passwordChangeRequired).toBe(true);
    await city.stop();

    const reset = await admin('reset-password', 'ana.setda');
    const fresh = passwordIn(reset.stdout);
    expect(fresh).toMatch(/^[\w-]{24}$/);
    city = await startTestCity(dbPath);
    expect((await login(password)).status).toBe(401);
    const relogin = await login(fresh);
    expect(relogin.status).toBe(200);
    const { token: freshToken } = await relogin.json();
    const call = (path: string, bearer: string, method = 'GET') =>
      fetch(`${city.baseUrl}${path}`, { method, headers: { Authorization: `Bearer ${bearer}` } });
    // The reset ends the old session everywhere, not only at refresh.
    expect((await call('/api/opds/setda/profile', token)).status).toBe(401);
    expect((await call('/api/auth/refresh', token, 'POST')).status).toBe(401);
    await city.stop();
    city = await startTestCity(dbPath);
    // A one-time password: nothing but the password change until it is replaced.
    expect(relogin.status).toBe(200);
    expect((await call('/api/opds/setda/profile', freshToken)).status).toBe(403);
    const changed = await fetch(`${city.baseUrl}/api/auth/password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${freshToken}` },
      body: JSON.stringify({ currentPassword: fresh, newPassword: CHOSEN }),
    });
    expect(changed.status).toBe(200);
    const chosenToken = ((await changed.json()) as { token: string }).token;
    await city.stop();
    city = await startTestCity(dbPath);
    expect((await call('/api/opds/setda/profile', chosenToken)).status).toBe(200);
    const actions = (await city.app.store.audit.recent({ limit: 50 })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.create', 'user.reset-password', 'auth.login', 'user.change-password']),
    );
    await city.stop();
  });

  it('disables (ending sessions), enables and deletes accounts, each audited', async () => {
    const city = await startTestCity(dbPath);
    const login = (p: string) =>
      fetch(`${city.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'ana.setda', password: p }),
      });
    const { token } = (await (await login(CHOSEN)).json()) as { token: string };
    const profile = () =>
      fetch(`${city.baseUrl}/api/opds/setda/profile`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await profile()).status).toBe(200);
    expect((await admin('disable', 'ana.setda')).code).toBe(0);
    expect((await admin('list')).stdout).toMatch(/^ana\.setda\t.*DISABLED/m);
    expect((await profile()).status).toBe(401);
    expect((await login(CHOSEN)).status).toBe(403);
    expect((await admin('enable', 'ana.setda')).code).toBe(0);
    expect((await login(CHOSEN)).status).toBe(200);
    expect((await admin('delete', 'ana.setda')).code).toBe(0);
    expect((await login(CHOSEN)).status).toBe(401);
    expect((await admin('disable', 'nobody')).stderr).toMatch(/no user "nobody"/);
    const audit = await run(process.execPath, ['server/admin/cli.ts', 'audit', 'list', '--limit', '3'], {
      env: { ...process.env, DB_PATH: dbPath, DATABASE_URL: '' },
    });
    const lines = audit.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/\tcli\tuser\.delete\tuser:ana\.setda\t/);
    await city.stop();
  });
});
