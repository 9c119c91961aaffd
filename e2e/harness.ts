// End-to-end harness: the real server (built client, temp SQLite file, its own port) and Debian
// Chromium driven by playwright-core, one fresh browser context per visitor. Tests synchronise by
// polling `window.makaverse` (the public diagnostics contract, see DESIGN.md), never by sleeping.
// Runs in Node (vitest project 'e2e'); needs `npm run build` first. Optional environment:
// E2E_CLIENT_DIR (another build), CHROMIUM_PATH, E2E_SERVER_LOG_LEVEL (default warn).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { captureCamera } from './view.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCREENSHOT_DIR = join(REPO_ROOT, 'e2e', 'screenshots');
/** The built client the server serves; E2E_CLIENT_DIR points the tests at another build. */
const CLIENT_DIR = resolve(process.env.E2E_CLIENT_DIR ?? join(REPO_ROOT, 'dist', 'client'));

/** Generous: software WebGL on a loaded 2-core machine. */
const WAIT_MS = 30_000;
const POLL_MS = 100;
const SERVER_STOP_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// Server

export type CityServer = {
  url: string;
  port: number;
  /** The server's SQLite file (for the admin CLI). */
  dbPath: string;
  stop: () => Promise<void>;
};

/**
 * Starts `node server/index.ts` on `port` with a fresh SQLite file and optional extra environment;
 * resolves once /api/health is ok.
 */
export async function startServer(basePort: number, env: Record<string, string> = {}): Promise<CityServer> {
  // E2E_PORT_OFFSET lets several checkouts run their browser tests on one machine at once.
  const port = basePort + Number(process.env.E2E_PORT_OFFSET ?? 0);
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`no built client in ${CLIENT_DIR}: run \`npm run build\` before the e2e tests`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'makaverse-e2e-'));
  const dbPath = join(dataDir, 'city.sqlite');
  const child = spawn(process.execPath, ['server/index.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DB_PATH: dbPath,
      CLIENT_DIR,
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
      // A loaded test machine can take longer than Colyseus's 15 s between reserving a seat and the
      // browser's WebSocket arriving; that is load, not what these tests check.
      COLYSEUS_SEAT_RESERVATION_TIME: '60',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[server:${port}] ${chunk}`);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`server on port ${port} exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      await stopChild(child, exited);
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`server on port ${port} not healthy after ${WAIT_MS} ms:\n${output}`);
    }
    await delay(POLL_MS);
  }

  return {
    url,
    port,
    dbPath,
    stop: async () => {
      await stopChild(child, exited);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return false;
    const body = (await res.json()) as { status?: unknown };
    return body.status === 'ok';
  } catch {
    return false;
  }
}

/** SIGTERM (the server shuts down cleanly), SIGKILL if it has not exited in time. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_MS);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Browser and visitors

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/**
 * A small laptop window, for visitors whose view no test looks at: software WebGL is fill-bound, so
 * fewer pixels mean more frames per second for everyone on the machine.
 */
export const LAPTOP: BrowserContextOptions = { viewport: { width: 800, height: 520 } };
/**
 * A phone (390 × 844 CSS px, touch, coarse pointer). Device pixel ratio 1, not a real phone's 2–3:
 * the layout is the same in CSS pixels, and SwiftShader draws about twice as many frames.
 */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

export type Visitor = {
  label: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors (exceptions), for tests to assert there were none. */
  pageErrors: string[];
  /** Content-Security-Policy violations the page reported (the suite fails a test on any). */
  cspViolations: string[];
  close: () => Promise<void>;
};

/** Chromium's own console report of a blocked load, and ours from reportCspViolations. */
const CSP_VIOLATION = /Content Security Policy|securitypolicyviolation/i;

/** Runs in every page (and its frames): each CSP violation event becomes a console error. */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
  });
}

/**
 * A new visitor: a fresh, isolated browser context (own storage, so no remembered lobby choices) on
 * the server's start page. Console errors and warnings are forwarded to the test output.
 */
export async function newVisitor(
  browser: Browser,
  server: CityServer,
  label: string,
  device: BrowserContextOptions = DESKTOP,
): Promise<Visitor> {
  const context = await browser.newContext({ ...device, baseURL: server.url, locale: 'id-ID' });
  await context.addInitScript(captureCamera);
  await context.addInitScript(reportCspViolations);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    const type = msg.type();
    if (CSP_VIOLATION.test(msg.text())) cspViolations.push(msg.text());
    // SwiftShader's "GPU stall due to ReadPixels" (from screenshots) is driver noise, not the app.
    if (type !== 'error' && (type !== 'warning' || msg.text().includes('GL Driver Message'))) return;
    console.warn(`[browser:${label}] console.${type}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    pageErrors.push(err.message);
    console.error(`[browser:${label}] uncaught: ${err.stack ?? err.message}`);
  });
  page.on('crash', () => console.error(`[browser:${label}] page crashed`));
  await page.goto('/');
  return { label, context, page, pageErrors, cspViolations, close: () => context.close() };
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Saves e2e/screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// ---------------------------------------------------------------------------------------------
// A test file's fixtures

export type CitySuite = {
  /** Started in beforeAll; read them inside tests. */
  server: CityServer;
  browser: Browser;
  /** A new visitor, closed after the test; an uncaught error or a CSP violation in its page fails the test. */
  visitor(label: string, device?: BrowserContextOptions): Promise<Visitor>;
};

/** One server (on `port`, with `env`) and one browser for the test file; registers the vitest hooks. */
export function citySuite(port: number, env: Record<string, string> = {}): CitySuite {
  const open: Visitor[] = [];
  const suite = {
    async visitor(label: string, device?: BrowserContextOptions) {
      const v = await newVisitor(suite.browser, suite.server, label, device);
      open.push(v);
      return v;
    },
  } as CitySuite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([startServer(port, env), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  afterEach(async () => {
    const closing = open.splice(0);
    const errors = closing.flatMap((v) => v.pageErrors.map((e) => `${v.label}: ${e}`));
    const violations = closing.flatMap((v) => v.cspViolations.map((e) => `${v.label}: ${e}`));
    await Promise.all(closing.map((v) => v.close()));
    expect(errors, 'uncaught errors in the page').toEqual([]);
    expect(violations, 'Content-Security-Policy violations in the page').toEqual([]);
  });
  return suite;
}

/** `npm run admin -- <args>` as a real process against the server's database; returns its output. */
export async function runAdmin(server: CityServer, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['server/admin/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DB_PATH: server.dbPath, LOG_LEVEL: 'error' },
  });
  return stdout;
}

/**
 * Signs in at /staff with an admin-CLI account's one-time password and replaces it (the console asks
 * for a new password before anything else); resolves once the console is past the password form.
 */
export async function firstStaffSignIn(page: Page, username: string, oneTime: string): Promise<void> {
  await page.goto('/staff');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(oneTime);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByLabel('Kata sandi saat ini').fill(oneTime);
  const chosen = 'sandi-baru-kota-daeng-2026'; // 12+ characters, without the username
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(chosen);
  await page.getByLabel('Ulangi kata sandi baru').fill(chosen);
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor({ state: 'detached' });
}
