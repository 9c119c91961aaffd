// Starts the real server (`node server/index.ts`) as a child process for a benchmark, with a fresh
// temporary database, its own port and the patch probe preloaded; stops it and cleans up. Runs in Node.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProbeReport } from './patchProbe.ts';
import { sleep, waitFor } from './stats.ts';

export type BenchServer = {
  url: string;
  /** The server's SQLite file (for the admin CLI). */
  dbPath: string;
  /** Starts a measurement window in the probe. */
  reset(): void;
  report(): Promise<ProbeReport>;
  stop(): Promise<void>;
  /** The last few KB of the server's stdout and stderr. */
  logTail(): string;
};

const ROOT = new URL('..', import.meta.url).pathname;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5000;

export async function startServer(port: number, env: Record<string, string> = {}): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  if (
    await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`port ${port} is already serving: stop that server or pass another --port`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'makaverse-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', './bench/patchProbe.ts', 'server/index.ts'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        PORT: String(port),
        DB_PATH: dbPath,
        LOG_LEVEL: 'warn',
        MAX_VISITORS_PER_SHARD: '1000',
        // Every bot connects from 127.0.0.1; bench:abuse passes the real caps and per-bot sources.
        MAX_CONNECTIONS_PER_SOURCE: '100000',
        JOINS_PER_MINUTE_PER_SOURCE: '100000',
        ...env,
      },
    },
  );
  let logTail = '';
  const keep = (chunk: Buffer) => {
    logTail = (logTail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => {
    exited = true;
    process.off('exit', killOnExit);
  });

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      while (!exited && Date.now() < deadline) await sleep(50);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitFor(
      async () => {
        if (exited) throw new Error('server exited during start');
        return fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      'GET /api/health',
      START_TIMEOUT_MS,
      200,
    );
  } catch (e) {
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- server log ---\n${logTail}`);
  }

  return {
    url,
    dbPath,
    reset: () => child.send({ type: 'reset' }),
    report: () =>
      new Promise<ProbeReport>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('patch probe did not answer')), 5000);
        const onMessage = (msg: { type?: string }) => {
          if (msg.type !== 'report') return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(msg as ProbeReport);
        };
        child.on('message', onMessage);
        child.send({ type: 'report' });
      }),
    stop,
    logTail: () => logTail,
  };
}
