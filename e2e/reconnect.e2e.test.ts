// "Never stuck": a resident in the city while the server is stopped for 40 s and started again on
// the same port and database: the page shows a countdown to the next attempt meanwhile, and comes
// back by itself with the same name. Synchronises on window.makaverse only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enterCity, waitForCity } from './cityPage.ts';
import { type CityServer, launchBrowser, newVisitor, screenshot, startServer } from './harness.ts';

const PORT = 2811;
/** How long the server stays away (the scenario). */
const OUTAGE_MS = 40_000;

const dataDir = mkdtempSync(join(tmpdir(), 'makaverse-reconnect-'));
const env = { DB_PATH: join(dataDir, 'city.sqlite') };
let server: CityServer | null = null;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

/** startServer, tried again when the loaded machine makes the first start miss the harness's wait. */
async function startOnSameDatabase(): Promise<CityServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServer(PORT, env);
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startOnSameDatabase(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('never stuck', () => {
  test('the city reconnects by itself, with the same name, after a 40 s outage', async () => {
    if (!server) throw new Error('no server');
    const v = await newVisitor(browser, server, 'Sitti');
    const before = await enterCity(v.page, 'Sitti');
    await server.stop();
    server = null;
    await waitForCity(v.page, 'the page notices the outage', (m) => m.connection === 'reconnecting');
    // The badge counts down to the next attempt.
    await v.page.locator('[data-status="reconnecting"] [data-retry-in]').waitFor({ timeout: 60_000 });
    await screenshot(v.page, 'reconnect-countdown');
    await delay(OUTAGE_MS);
    server = await startOnSameDatabase();
    const after = await waitForCity(
      v.page,
      'connected again after the restart',
      (m) => m.connection === 'connected' && !!m.self.id,
      90_000,
    );
    expect(after.self.name).toBe('Sitti');
    expect(after.self.id).not.toBe(before.self.id); // a new server: a new session, same visitor
    expect(v.pageErrors).toEqual([]);
    await v.close();
  }, 240_000);
});
