// The real entry point (node server/index.ts) as `npm start` runs it: what it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './testing.ts';

const ROOT = resolve(import.meta.dirname, '..');
const dir = tempDir();
afterAll(() => dir.remove());

type Run = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
};

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, SIMULATOR: 'off', CONNECTORS: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('node server/index.ts', () => {
  it('logs an invalid environment without the rejected secrets, and exits 1', async () => {
    const r = run({
      DATABASE_URL: 'mysql://admin:TopSecretPw123@db.local/makaverse',
      AUTH_SECRET: 'short-secret-value',
      DB_PATH: join(dir.path, 'never.sqlite'),
    });
    expect(await r.exited).toBe(1);
    const lines = r.stdout().trim().split('\n');
    const event = JSON.parse(lines.at(-1) ?? '{}');
    expect(event).toMatchObject({ level: 'error', event: 'config-invalid' });
    expect(event.message).toContain('mysql://admin:***@db.local/makaverse');
    expect(r.stdout() + r.stderr()).not.toContain('TopSecretPw123');
    expect(r.stdout() + r.stderr()).not.toContain('short-secret-value');
  });

  it('prints where to open the city and the staff console once, for people, on stderr', async () => {
    const r = run({ PORT: '0', DB_PATH: join(dir.path, 'start.sqlite') });
    try {
      await until(() => r.stderr().includes('/staff'), 'the start-up message');
      const port = JSON.parse(
        r
          .stdout()
          .split('\n')
          .find((l) => l.includes('"listening"')) ?? '{}',
      ).port;
      expect(port).toBeGreaterThan(0);
      expect(r.stderr()).toContain(
        `Makaverse berjalan: http://localhost:${port}  ·  Konsol staf: http://localhost:${port}/staff`,
      );
      expect(r.stderr()).toContain(`Staff console: http://localhost:${port}/staff`);
      expect(r.stderr().match(/Makaverse berjalan/g)).toHaveLength(1);
      // stdout stays machine-readable: JSON lines only.
      for (const line of r.stdout().trim().split('\n')) expect(() => JSON.parse(line), line).not.toThrow();
    } finally {
      r.child.kill('SIGTERM');
      await r.exited;
    }
  });
});
