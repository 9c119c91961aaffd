// The `connector` admin commands as an operator runs them: a real process on a temp database.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/store.ts';
import { tempDir } from '../testing.ts';

const run = promisify(execFile);
const dir = tempDir();
const dbPath = join(dir.path, 'connectors.sqlite');
afterAll(() => dir.remove());

async function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DB_PATH: dbPath, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['server/admin/cli.ts', 'connector', ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run admin -- connector', () => {
  it('adds BMKG for Makassar and a JSON source, lists, disables and removes them, auditing each', async () => {
    const bmkg = await admin('add', 'bpbd', 'bmkg', '73.71.05.1001');
    expect(bmkg).toMatchObject({ code: 0 });
    expect(bmkg.stdout).toContain(
      'added connector 1: bpbd bmkg every 3600 s from https://api.bmkg.go.id/publik/prakiraan-cuaca?adm4=73.71.05.1001',
    );
    const map = JSON.stringify({ kpis: { personel: 'data.personel' } });
    expect(
      await admin('add', 'bpbd', 'json', 'https://data.example/bpbd.json', '--map', map, '--every', '600'),
    ).toMatchObject({
      code: 0,
    });
    expect(await admin('disable', '1')).toMatchObject({ code: 0, stdout: 'disabled connector 1 of bpbd\n' });
    const listed = await admin('list');
    expect(listed.stdout).toMatch(/^1\tbpbd\tbmkg\tdisabled\t3600s\t-\t0\t-\t/m);
    expect(listed.stdout).toMatch(/^2\tbpbd\tjson\tenabled\t600s\t/m);
    expect(await admin('remove', '2')).toMatchObject({ code: 0 });

    const store = await openStore({ dbPath });
    try {
      expect((await store.connectors.list()).map((c) => c.id)).toEqual([1]);
      const actions = (await store.audit.recent({ limit: 10, target: 'bpbd' })).map((a) => a.action);
      expect(actions.sort()).toEqual([
        'connector.add',
        'connector.add',
        'connector.disable',
        'connector.remove',
      ]);
    } finally {
      await store.close();
    }
  });

  it.each([
    [['add', 'bpbd', 'bmkg', 'makassar'], /kode wilayah/],
    [['add', 'dinkes', 'bmkg', '73.71.05.1001'], /weather KPIs of bpbd/],
    [['add', 'bpbd', 'json', 'file:///etc/passwd', '--map', '{"kpis":{"personel":"a"}}'], /http\(s\)/],
    [['add', 'bpbd', 'json', 'https://x.example', '--map', '{"kpis":{"nope":"a"}}'], /no KPI "nope"/],
    [
      ['add', 'bpbd', 'json', 'https://x.example', '--map', '{"kpis":{"personel":"a"}}', '--every', '1'],
      /--every/,
    ],
    [['add', 'nowhere', 'csv', 'https://x.example'], /unknown organisation/],
    [['remove', '99'], /unknown connector id "99"/],
  ])('refuses %j', async (args, message) => {
    const out = await admin(...args);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(message);
  });
});
