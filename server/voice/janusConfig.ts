// Renders the repository's Janus configuration (ops/janus/*.jcfg, with @NAME@ placeholders) into a
// folder Janus reads with `janus -F <folder>`, and starts Janus from it. Used by `npm run janus`
// (scripts/janus.ts), the voice tests and bench:voice. Runs on the server (Node), never in the page.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TEMPLATE_DIR = resolve(import.meta.dirname, '../../ops/janus');
/** Where Debian's janus package keeps its plugins and transports. */
export const JANUS_LIB_DIR = '/usr/lib/x86_64-linux-gnu/janus';
export const JANUS_BIN = '/usr/bin/janus';

export type JanusPorts = {
  /** HTTP API (the server's JANUS_URL), bound to 127.0.0.1. */
  http: number;
  /** WebSocket API (the browsers' JANUS_PUBLIC_URL). */
  ws: number;
  /** First port of a block of 3000: WebRTC media, then AudioBridge forwarders, then mountpoints. */
  rtpBase: number;
};

export type JanusSettings = JanusPorts & { adminKey: string; configDir: string };

/** Writes the rendered .jcfg files into `configDir` (created); returns the folder. */
export function renderJanusConfig(s: JanusSettings): string {
  const dir = resolve(s.configDir);
  mkdirSync(dir, { recursive: true });
  const values: Record<string, string> = {
    CONFIG_DIR: dir,
    LIB_DIR: JANUS_LIB_DIR,
    HTTP_PORT: String(s.http),
    WS_PORT: String(s.ws),
    RTP_RANGE: `${s.rtpBase}-${s.rtpBase + 1999}`,
    BRIDGE_RTP_RANGE: `${s.rtpBase + 2000}-${s.rtpBase + 2499}`,
    STREAM_RTP_RANGE: `${s.rtpBase + 2500}-${s.rtpBase + 2999}`,
    ADMIN_KEY: s.adminKey.replace(/[^A-Za-z0-9_-]/g, ''),
  };
  for (const name of readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.jcfg'))) {
    const text = readFileSync(join(TEMPLATE_DIR, name), 'utf8').replace(/@([A-Z_]+)@/g, (m, key: string) => {
      const v = values[key];
      if (v === undefined) throw new Error(`ops/janus/${name}: unknown placeholder ${m}`);
      return v;
    });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Starts Janus on the rendered config; resolves once its HTTP API answers (or rejects after 20 s). */
export async function startJanus(s: JanusSettings, logTo?: (line: string) => void): Promise<ChildProcess> {
  const dir = renderJanusConfig(s);
  const child = spawn(JANUS_BIN, ['-F', dir, '-C', join(dir, 'janus.jcfg'), '-o'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (b: Buffer) => logTo?.(b.toString());
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const url = `http://127.0.0.1:${s.http}/janus/info`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`janus exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('janus did not answer within 20 s');
}
