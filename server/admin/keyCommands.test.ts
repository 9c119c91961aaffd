// The `key` admin commands as an operator runs them: a real process on a temp database, then the
// printed key checked against the store.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/store.ts';
import { tempDir } from '../testing.ts';

const run = promisify(execFile);
const dir = tempDir();
const dbPath = join(dir.path, 'keys.sqlite');
afterAll(() => dir.remove());

async function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DB_PATH: dbPath, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['server/admin/cli.ts', 'key', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function verify(key: string) {
  const store = await openStore({ dbPath });
  try {
    return await store.keys.verify(key, Date.now());
  } finally {
    await store.close();
  }
}

describe('npm run admin -- key', () => {
  let id = '';
  let key = '';

  it('creates a key for an organisation on a fresh database and prints it once', async () => {
    const out = await admin('create', 'setda', 'sistem', 'keuangan');
    expect(out.code, out.stderr).toBe(0);
    id = /created key ([0-9a-f]{12}) for setda \(sistem keuangan\)/.exec(out.stdout)?.[1] ?? '';
    key = /\(shown once, store it now\): (\S+)/.exec(out.stdout)?.[1] ?? '';
    expect(key.startsWith(`mkv_${id}_`)).toBe(true);
    expect(out.stdout.split(key)).toHaveLength(2);
    expect(await verify(key)).toEqual({ id, organisationId: 'setda' });
  });

  it('lists keys without their secrets', async () => {
    const out = await admin('list');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^${id}\\tsetda\\tactive\\t\\S+\\t\\S+\\tsistem keuangan$`, 'm'));
    expect(out.stdout).not.toContain(key.slice(-48));
  });

  it('refuses unknown organisations and ids, and missing arguments', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['create', 'no-such-opd'], /unknown organisation "no-such-opd"/],
      [['create'], /usage: key create/],
      [['revoke', '000000000000'], /unknown key id "000000000000"/],
      [['revoke'], /usage: key revoke/],
    ];
    for (const [args, message] of cases) {
      const out = await admin(...args);
      expect(out.code, args.join(' ')).toBe(1);
      expect(out.stderr).toMatch(message);
    }
    expect((await admin('rotate')).code).toBe(2);
  });

  it('revokes a key: it no longer verifies and the list says so', async () => {
    const out = await admin('revoke', id);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(`revoked key ${id} of setda`);
    expect(await verify(key)).toBeNull();
    expect((await admin('list')).stdout).toMatch(new RegExp(`^${id}\\tsetda\\trevoked\\t`, 'm'));
  });
});
