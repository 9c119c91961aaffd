// Makaverse Lite in a Chromium with WebGL switched off (--disable-webgl --disable-3d-apis), against
// the real server: the city's address falls back to Lite by itself; Disdukcapil's figures are three
// Tab/Enter presses away; a resident attends a public session in Lite — hears the poll open (polite
// live region), votes, raises a hand and chats — and the host in the 3D hall sees the vote in the
// tally, the hand in the queue and the line in the chat; no script Lite loads carries three.js; and
// axe-core (injected into the page) finds no serious or critical violation on any Lite page, the
// lobby or the 3D HUD's panels (normal Chromium, software WebGL). Screenshots of every page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { RAPOR_WALL } from '../shared/cityPlan.ts';
import { waitForCity } from './cityPage.ts';
import {
  citySuite,
  firstStaffSignIn,
  LAPTOP,
  newVisitor,
  PHONE,
  runAdmin,
  screenshot,
  type Visitor,
} from './harness.ts';
import { projectToScreen, waitForCameraAtRest } from './view.ts';

const PORT = 2821;
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE_SIZE = { width: 390, height: 844 };
/** Tests with a 3D page (software WebGL) on a loaded 2-core machine get longer than the default. */
const TEST_3D_MS = 420_000;
/** A 3D page's waits (its default timeout): software WebGL may take a while to load and react. */
const HALL_WAIT_MS = 90_000;
// The demo feed stays on: its 30-day history gives the OPD pages charts and data tables.
const suite = citySuite(PORT, { CONNECTORS: 'off' });
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// ---------------------------------------------------------------------------------------------
// A second browser without WebGL, its visitors checked like the suite's (no page errors, no CSP
// violations), and every script its pages load kept for the three.js check.

let noWebGl: Browser;
const liteVisitors: Visitor[] = [];
const liteScripts = new Map<string, string>();

beforeAll(async () => {
  noWebGl = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  });
});
afterAll(async () => {
  await noWebGl?.close();
});
afterEach(async () => {
  const closing = liteVisitors.splice(0);
  const errors = closing.flatMap((v) => v.pageErrors.map((e) => `${v.label}: ${e}`));
  const violations = closing.flatMap((v) => v.cspViolations.map((e) => `${v.label}: ${e}`));
  await Promise.all(closing.map((v) => v.close()));
  expect(errors, 'uncaught errors in the page').toEqual([]);
  expect(violations, 'Content-Security-Policy violations in the page').toEqual([]);
});

/** A visitor in the browser without WebGL; opens the city's address (`/`), like anyone would. */
async function liteVisitor(label: string, device: BrowserContextOptions = LAPTOP): Promise<Visitor> {
  const v = await newVisitor(noWebGl, suite.server, label, device);
  liteVisitors.push(v);
  v.page.on('response', async (res) => {
    if (!res.url().endsWith('.js')) return;
    liteScripts.set(res.url(), await res.text().catch(() => ''));
  });
  return v;
}

// ---------------------------------------------------------------------------------------------
// axe-core

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/** Serious and critical axe-core violations on the page as it is now (axe injected if needed). */
async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not apply.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await seriousViolations(page), `axe-core on ${what}`).toEqual([]);
}

/** The keyboard press counter for "at most three presses". */
async function press(page: Page, key: 'Tab' | 'Enter', counter: { presses: number }): Promise<void> {
  counter.presses++;
  await page.keyboard.press(key);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('Makaverse Lite', () => {
  test("without WebGL the city opens Lite; Disdukcapil's figures in three presses", async () => {
    const { page } = await liteVisitor('keyboard');
    await page.waitForURL(/\/lite\/\?tanpa-3d$/);
    await page.getByText('tidak dapat menampilkan kota 3D', { exact: false }).waitFor();
    await page.getByText(/pengunjung di kota 3D/).waitFor();
    await screenshot(page, 'lite-home-no-webgl');
    // The search has the focus on arrival with a keyboard: type, then Tab/Enter only.
    expect(await focusedId(page)).toBe('lite-search');
    const counter = { presses: 0 };
    await page.keyboard.type('ktp');
    await page
      .getByRole('link', { name: /Disdukcapil/ })
      .first()
      .waitFor();
    await press(page, 'Enter', counter);
    await page.waitForURL(/\/lite\/opd\/disdukcapil$/);
    expect(await focusedId(page)).toBe('lite-h1');
    await press(page, 'Tab', counter);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Angka');
    await press(page, 'Enter', counter);
    expect(await focusedId(page)).toBe('angka');
    expect(counter.presses).toBeLessThanOrEqual(3);
    const figures = page.getByTestId('lite-figures');
    await figures.getByRole('rowheader').first().waitFor();
    expect(await figures.locator('caption').textContent()).toBe('Angka terbaru Disdukcapil');
    expect(await figures.getByRole('rowheader').count()).toBeGreaterThanOrEqual(3);
    expect(await focusedId(page), 'the focus stays at the figures').toBe('angka');
    // Each figure's history: a chart with a text alternative and a table behind one more key.
    const chart = page.locator('.lite-history svg[role="img"]').first();
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/terendah .+, tertinggi .+, terakhir /);
    await page.locator('.lite-history summary').first().click();
    await page.locator('.lite-history table').first().waitFor();
    await screenshot(page, 'lite-opd-disdukcapil');
    // The browser's back button: first to the top of the same page (no page change: the focus stays
    // where the resident was), then home (the focus moves to the page's heading).
    await page.goBack();
    await page.waitForURL(/\/lite\/opd\/disdukcapil$/);
    expect(await focusedId(page)).not.toBe('lite-h1');
    await page.goBack();
    await page.waitForURL(/\/lite\/\?tanpa-3d$/);
    await page.locator('#lite-search').waitFor();
    expect(await focusedId(page)).toBe('lite-h1');
  });

  test(
    'a vote, a raised hand and a chat line in Lite reach the 3D hall',
    async () => {
      const created = await runAdmin(suite.server, [
        'user',
        'create',
        'host.lite',
        '--role',
        'host',
        '--opd',
        'disdukcapil',
      ]);
      const password = /\(shown once\): (\S+)/.exec(created)?.[1];
      if (!password) throw new Error(`no password in the admin output:\n${created}`);
      const host = await suite.visitor('host', LAPTOP);
      host.page.setDefaultTimeout(HALL_WAIT_MS);
      await firstStaffSignIn(host.page, 'host.lite', password);
      const title = 'Dengar Pendapat Layanan Disdukcapil';
      await host.page.getByLabel('Judul').fill(title);
      await host.page.getByRole('button', { name: 'Jadwalkan' }).click();
      await host.page.getByText(`Sesi “${title}” terjadwal.`).waitFor();
      const sessions = (await (await fetch(`${suite.server.url}/api/sessions`)).json()) as Array<{
        id: string;
        title: string;
        link: string;
      }>;
      const session = sessions.find((s) => s.title === title);
      if (!session) throw new Error('the session was not scheduled');
      await host.page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
      await host.page
        .getByRole('tab', { name: 'Panggung', selected: true })
        .waitFor({ timeout: HALL_WAIT_MS });
      await host.page.getByRole('button', { name: 'Buka sesi' }).click();
      await host.page.getByText('LANGSUNG').first().waitFor();

      // The resident follows the shared link in a browser without WebGL: Lite, the same session.
      const ana = await liteVisitor('ana', PHONE);
      // The lobby's own redirect to Lite comes first (else it interrupts the next navigation).
      await ana.page.waitForURL(/\/lite\/\?tanpa-3d$/);
      await ana.page.goto(session.link);
      await ana.page.waitForURL(new RegExp(`/lite/sesi/${session.id}$`));
      await ana.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await ana.page.getByLabel('Nama tampilan').fill('Ana Lite');
      await ana.page.getByRole('button', { name: 'Ikuti sesi' }).click();
      await ana.page.getByText('Anda hadir sebagai Ana Lite.').waitFor();
      await ana.page.getByRole('status').filter({ hasText: 'Terhubung' }).waitFor();

      // The host opens the ready poll; Lite announces it politely, then Ana votes.
      await host.page.getByRole('button', { name: /Pakai templat/ }).click();
      await host.page.getByRole('button', { name: 'Buka jajak pendapat' }).click();
      const announcer = ana.page.getByTestId('lite-announcer');
      await announcer.getByText('Jajak pendapat dibuka: Apakah Anda tahu Makaverse?').waitFor();
      expect(await announcer.getAttribute('aria-live')).toBe('polite');
      const poll = ana.page.locator('section#jajak');
      await poll.getByLabel('Tahu', { exact: true }).check();
      await poll.getByRole('button', { name: 'Kirim pilihan' }).click();
      await poll.getByText('Terima kasih, pilihan Anda tercatat.').waitFor();
      await host.page.getByText('1 pemilih').first().waitFor();
      await screenshot(host.page, 'lite-host-tally');

      // A raised hand reaches the host's queue; a chat line reaches the hall's chat.
      const hand = ana.page.locator('section#tangan');
      await hand.getByLabel('Yang ingin Anda sampaikan (opsional)').fill('Antrean KTP di kecamatan');
      await hand.getByRole('button', { name: 'Angkat tangan' }).click();
      await hand.getByText(/urutan ke-1/).waitFor();
      const queue = host.page.locator('section', { hasText: 'Antrean angkat tangan' }).last();
      await queue.getByText('Ana Lite').waitFor();
      await queue.getByText('Antrean KTP di kecamatan').waitFor();
      const chat = ana.page.locator('section#obrolan');
      await chat.getByLabel('Tulis pesan').fill('Salam dari Makaverse Lite');
      await chat.getByRole('button', { name: 'Kirim' }).click();
      await chat.getByText('Salam dari Makaverse Lite').waitFor();
      await host.page.getByRole('tab', { name: 'Obrolan' }).click();
      await host.page.getByText('Salam dari Makaverse Lite').waitFor();
      await screenshot(ana.page, 'lite-session-phone');

      // The session page and the hall's HUD panels pass axe-core.
      await expectAccessible(ana.page, 'the Lite session page');
      for (const tab of ['Tanya', 'Jajak', 'Angkat tangan', 'Obrolan', 'Panggung', 'Moderasi']) {
        await host.page.getByRole('tab', { name: tab }).click();
        await host.page.getByRole('tab', { name: tab, selected: true }).waitFor();
        await expectAccessible(host.page, `the hall HUD, tab ${tab}`);
      }
    },
    TEST_3D_MS,
  );

  test(
    'axe-core: every Lite page, the lobby and the city HUD panels; Lite loads no three.js',
    async () => {
      const { page } = await liteVisitor('axe', DESKTOP);
      await page.waitForURL(/\/lite\//);
      await page.getByText(/pengunjung di kota 3D/).waitFor();
      await expectAccessible(page, 'the Lite home page');
      await screenshot(page, 'lite-home-desktop');
      for (const [path, ready, name] of [
        ['/lite/opd/dinkes', 'Angka terbaru Dinkes', 'lite-opd-dinkes'],
        ['/lite/rapor', 'Rapor kinerja OPD, Bulan ini', 'lite-rapor'],
        ['/lite/sesi', 'Sesi publik', 'lite-sessions'],
        ['/lite/tidak-ada', 'Halaman tidak ditemukan', 'lite-not-found'],
      ] as const) {
        await page.goto(path);
        await page.getByText(ready).first().waitFor();
        await expectAccessible(page, path);
        await screenshot(page, name);
        // The same page on a phone's width (the screenshots are for people to look at).
        await page.setViewportSize(PHONE_SIZE);
        await screenshot(page, `${name}-phone`);
        await page.setViewportSize(DESKTOP.viewport);
      }
      // English, from the header's switch.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.goto('/lite/rapor');
      await page.getByText('OPD report card, This month').waitFor();
      await expectAccessible(page, 'the Lite rapor in English');

      // No script any Lite page loaded (in any test of this file) is the 3D chunk or carries three.js.
      expect(liteScripts.size).toBeGreaterThan(0);
      for (const [url, body] of liteScripts) {
        expect(url, 'the 3D world chunk').not.toMatch(/\/World-[^/]*\.js$/);
        expect(body.includes('WebGLRenderer'), `three.js in ${url}`).toBe(false);
      }

      // The lobby and the city's HUD panels, in normal Chromium (software WebGL).
      const resident = await suite.visitor('hud', LAPTOP);
      resident.page.setDefaultTimeout(HALL_WAIT_MS);
      await resident.page.getByRole('link', { name: /Makaverse Lite/ }).waitFor();
      await expectAccessible(resident.page, 'the lobby');
      // The lobby's form, then the world (enterCity's steps, with the longer wait of a loaded machine).
      await resident.page.locator('input[name="name"]').fill('Penguji Aksesibel');
      await resident.page.locator('form button[type="submit"]').click();
      await waitForCity(
        resident.page,
        'the resident in the city',
        (m) => m.ready && m.connection === 'connected' && (m.self.x !== 0 || m.self.z !== 0),
        HALL_WAIT_MS,
      );
      await expectAccessible(resident.page, 'the city HUD');
      // The rapor wall first, from where the resident arrived (facing it needs the spawn point).
      await openRaporWall(resident.page);
      await expectAccessible(resident.page, 'the rapor panel');
      await screenshot(resident.page, 'lite-hud-rapor');
      await resident.page
        .getByRole('dialog', { name: 'Rapor Kinerja OPD' })
        .getByRole('button', { name: 'Tutup' })
        .click();
      await resident.page.getByRole('button', { name: 'Cari OPD' }).click();
      await resident.page.getByRole('dialog', { name: 'Pergi ke stan OPD' }).waitFor();
      await expectAccessible(resident.page, 'the directory panel');
      await resident.page
        .getByRole('dialog')
        .getByRole('button', { name: /Disdukcapil/ })
        .click();
      await resident.page.locator('.booth-panel').waitFor();
      await expectAccessible(resident.page, 'the booth panel');
      await resident.page.getByRole('button', { name: 'Sesi publik' }).click();
      await resident.page.getByRole('dialog', { name: 'Sesi publik' }).waitFor();
      await expectAccessible(resident.page, 'the sessions panel');
    },
    TEST_3D_MS,
  );
});

/** Turns the camera east to the rapor wall and taps it (as the rapor browser tests do). */
async function openRaporWall(page: Page): Promise<void> {
  await page.mouse.move(400, 300);
  await page.mouse.down();
  await page.mouse.move(400 + Math.round(Math.PI / 2 / 0.006), 300, { steps: 12 });
  await page.mouse.up();
  await waitForCameraAtRest(page);
  const wall = await projectToScreen(page, {
    x: RAPOR_WALL.x - 0.05,
    y: RAPOR_WALL.bottom + RAPOR_WALL.height / 2,
    z: RAPOR_WALL.z,
  });
  await page.mouse.click(wall.x, wall.y);
  await page.getByRole('dialog', { name: 'Rapor Kinerja OPD' }).waitFor();
}
