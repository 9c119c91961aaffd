// For tests and bench:voice: a Janus of their own, started from the repository's config on ports
// no other suite uses (slot 0: the voice rights suite, 1: the voice browser test, 2: bench:voice,
// 3: the voice room suite, 4: the camera browser test, 5: the camera and recording suite; shifted by
// E2E_PORT_OFFSET). Without the janus binary it is null — except in CI (CI=true), where
// Janus is required (.ci/run installs it). Runs in Node.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JANUS_BIN, startJanus } from './janusConfig.ts';

export type TestJanus = {
  /** HTTP API for the server (JANUS_URL). */
  url: string;
  /** WebSocket API for the pages (JANUS_PUBLIC_URL). */
  publicUrl: string;
  adminKey: string;
  pid: number;
  stop(): Promise<void>;
};

export async function startTestJanus(slot: number): Promise<TestJanus | null> {
  if (!existsSync(JANUS_BIN)) {
    if (process.env.CI === 'true') throw new Error(`Janus is required in CI: ${JANUS_BIN} is missing`);
    console.warn(`${JANUS_BIN} not installed (apt-get install -y janus): the voice suites are not run.`);
    return null;
  }
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  const http = 18088 + offset + slot * 10;
  const ws = 18188 + offset + slot * 10;
  const rtpBase = 40_000 + ((offset + slot * 3000) % 21_000);
  const dir = mkdtempSync(join(tmpdir(), 'makaverse-janus-'));
  const adminKey = `test${Math.random().toString(36).slice(2)}`;
  let child: ChildProcess;
  try {
    child = await startJanus({ http, ws, rtpBase, adminKey, configDir: dir });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: `http://127.0.0.1:${http}/janus`,
    publicUrl: `ws://127.0.0.1:${ws}`,
    adminKey,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
