// The `surveyor` admin commands as an operator runs them: a real process on a temp database.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/store.ts';
import { tempDir } from '../testing.ts';

const run = promisify(execFile);
const dir = tempDir();
const dbPath = join(dir.path, 'roster.sqlite');
afterAll(() => dir.remove());

async function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DB_PATH: dbPath, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['server/admin/cli.ts', 'surveyor', ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const HEADER = 'nama,telepon,kode_kelurahan,rw,rt,peran';
const file = (name: string, text: string) => {
  const path = join(dir.path, name);
  writeFileSync(path, text);
  return path;
};
const rosterSize = async () => {
  const store = await openStore({ dbPath });
  try {
    return (await store.pendataan.roster.list()).length;
  } finally {
    await store.close();
  }
};

describe('npm run admin -- surveyor', () => {
  it('reports bad lines by number and imports nothing', async () => {
    const out = await admin(
      'import',
      file(
        'bad.csv',
        `${HEADER}\nAndi,081234567890,73.71.01.1001,1,1,ketua_rt\nBudi,0812,73.71.01.1001,1,2,ketua_rt\nCici,081234567891,73.71.01.1001,1,3,lurah\n`,
      ),
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('line 3: telepon "0812" is not a mobile number');
    expect(out.stderr).toContain('line 4: peran must be ketua_rt or ketua_rw');
    expect(out.stderr).toContain('nothing imported');
    expect(await rosterSize()).toBe(0);
  });

  it('imports a roster, prints each code once and writes the printable sheet with QR codes', async () => {
    const sheet = join(dir.path, 'sheet.html');
    const out = await admin(
      'import',
      file(
        'ok.csv',
        `${HEADER}\nAndi,081234567890,73.71.01.1001,1,1,ketua_rt\nBu Rahma,081234567891,73.71.01.1001,1,,ketua_rw\n`,
      ),
      '--sheet',
      sheet,
      '--url',
      'https://makaverse.makassarkota.go.id',
    );
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('imported 2 new surveyor(s), updated 0');
    const codes = out.stdout.match(/[A-Z2-9]{4}-[A-Z2-9]{4}/g) ?? [];
    expect(codes).toHaveLength(2);
    const html = readFileSync(sheet, 'utf8');
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain(codes[0]);
    expect(await rosterSize()).toBe(2);
    const listed = await admin('list');
    expect(listed.stdout).toContain('menunggu aktivasi');
    expect(listed.stdout).not.toContain(codes[0]);
  });
});
