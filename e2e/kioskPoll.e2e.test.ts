// Two successive visitors at one kiosk vote in one session's poll, in real Chromium against the real
// server, the kiosk driven by touch only: a host opens a live session with a poll; an admin creates a
// kiosk in the staff console; visitor 1 taps to start, joins the session from "Sesi publik" and
// votes; "Selesai" resets the kiosk (a new visitor id); visitor 2 does the same; the host's live
// tally counts 2 voters. Synchronises on window.makaverse and the DOM, never sleeps.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForCity } from './cityPage.ts';
import { citySuite, firstStaffSignIn, LAPTOP, runAdmin, screenshot } from './harness.ts';

const PORT = 2815;
const TITLE = 'Dialog Warga Pantai Losari';
/** The 3D chunk's first load and shader compile in software WebGL on a loaded machine. */
const WORLD_MS = 180_000;
/** Joining a place or a poll's round trip on this loaded machine. */
const STEP_MS = 90_000;
/** Longer than the whole test: the reset here is "Selesai", not the idle timer. */
const IDLE_S = 3600;
/** A touch screen in landscape, reduced motion (a still attract loop leaves the CPU to the test). */
const KIOSK: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  hasTouch: true,
  reducedMotion: 'reduce',
};

const suite = citySuite(PORT, { SIMULATOR: 'off', CONNECTORS: 'off' });

type Place = { ready: boolean; connection: string; place: string };

/** Polls window.makaverse until `ok` holds for its place fields. */
async function waitForPlace(page: Page, what: string, ok: (m: Place) => boolean): Promise<void> {
  const deadline = Date.now() + WORLD_MS;
  let last: Place | null = null;
  for (;;) {
    last = await page.evaluate(() => {
      const m = (window as unknown as { makaverse?: Place }).makaverse;
      return m ? { ready: m.ready, connection: m.connection, place: m.place } : null;
    });
    if (last && ok(last)) return;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await page.waitForTimeout(200);
  }
}

/** A staff account from the admin CLI, signed in at /staff in `page` (one-time password replaced). */
async function signIn(page: Page, username: string, role: string, opd?: string): Promise<void> {
  const created = await runAdmin(suite.server, [
    'user',
    'create',
    username,
    '--role',
    role,
    ...(opd ? ['--opd', opd] : []),
  ]);
  const password = /\(shown once\): (\S+)/.exec(created)?.[1];
  if (!password) throw new Error(`no password in the admin output:\n${created}`);
  await firstStaffSignIn(page, username, password);
}

/** The visitor id the kiosk page keeps (the persisted settings). */
function visitorIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () => JSON.parse(localStorage.getItem('makaverse.settings') ?? '{}').state?.visitorId as string,
  );
}

/** From the attract loop: a tap to start, then into the live session from "Sesi publik", by touch. */
async function startAndJoinSession(page: Page, who: string): Promise<void> {
  await page.getByRole('button', { name: 'Sentuh untuk mulai' }).tap();
  await page.locator('.attract').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Sesi publik' }).tap();
  await page.getByRole('button', { name: `Masuk ke ${TITLE}` }).tap();
  await waitForPlace(
    page,
    `${who} in the hall`,
    (m) => m.place === 'session' && m.connection === 'connected',
  );
}

/** A kiosk visitor in the hall votes for `option` by touch and sees it recorded. */
async function vote(page: Page, option: string): Promise<void> {
  await page.getByRole('tab', { name: 'Jajak' }).tap();
  await page.getByLabel(option, { exact: true }).tap();
  await page.getByRole('button', { name: 'Kirim pilihan' }).tap();
  await page.getByText('Terima kasih, pilihan Anda tercatat.').waitFor();
}

describe('kiosk in a session', () => {
  test('two successive kiosk visitors vote in one poll: the tally is 2', async () => {
    // The host schedules and opens the session and its poll (as in session.e2e.test.ts).
    const host = await suite.visitor('host');
    host.page.setDefaultTimeout(STEP_MS);
    await signIn(host.page, 'host.kiosk', 'host', 'bappeda');
    await host.page.getByLabel('Judul').fill(TITLE);
    await host.page.getByLabel('Deskripsi').fill('Tanya jawab warga di anjungan.');
    await host.page.getByRole('button', { name: 'Jadwalkan' }).click();
    await host.page.getByText(`Sesi “${TITLE}” terjadwal.`).waitFor();
    await host.page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
    await waitForPlace(
      host.page,
      'the host in the hall',
      (m) => m.ready && m.place === 'session' && m.connection === 'connected',
    );
    await host.page.getByRole('button', { name: 'Buka sesi' }).click();
    await host.page.getByText('LANGSUNG').first().waitFor();
    await host.page.getByRole('button', { name: /Pakai templat/ }).click();
    await host.page.getByRole('button', { name: 'Buka jajak pendapat' }).click();
    await host.page.getByText('Hitungan langsung').waitFor();

    // An admin creates the kiosk in the console, starting on the plaza.
    const admin = await suite.visitor('admin', LAPTOP);
    admin.page.setDefaultTimeout(STEP_MS);
    await signIn(admin.page, 'kios.admin', 'admin');
    const section = admin.page.locator('section.staff-kiosks');
    await section.getByLabel('Nama kios').fill('Kios Aula');
    await section.getByLabel('Lokasi').fill('Balai Kota');
    await section.getByLabel('Kembali ke awal setelah (detik)').fill(String(IDLE_S));
    await section.getByLabel('Tempat mulai').selectOption('plaza');
    await section.getByRole('button', { name: 'Buat kios' }).click();
    await section.getByText('Kios dibuat: Kios Aula.').waitFor();
    const kioskLink = await section
      .locator('tr', { hasText: 'Kios Aula' })
      .getByLabel('Tautan kios')
      .inputValue();
    await admin.close();

    // Visitor 1: from the attract loop into the session, votes.
    const kiosk = await suite.visitor('kiosk', KIOSK);
    kiosk.page.setDefaultTimeout(STEP_MS);
    await kiosk.page.goto(kioskLink);
    await kiosk.page.locator('.attract').waitFor({ timeout: WORLD_MS });
    await waitForCity(
      kiosk.page,
      'the kiosk in the city',
      (m) => m.ready && m.connection === 'connected',
      WORLD_MS,
    );
    const firstId = await visitorIdOf(kiosk.page);
    await startAndJoinSession(kiosk.page, 'visitor 1');
    await vote(kiosk.page, 'Tahu');
    await host.page.getByText('1 pemilih').first().waitFor();
    await screenshot(kiosk.page, 'kiosk-poll-voted');

    // "Selesai": back to the attract loop in the city, as a new visitor.
    await kiosk.page.getByRole('button', { name: 'Selesai' }).tap();
    await kiosk.page.locator('.attract').waitFor({ timeout: WORLD_MS });
    await waitForPlace(
      kiosk.page,
      'the kiosk back in the city',
      (m) => m.place === 'city' && m.connection === 'connected',
    );
    const secondId = await visitorIdOf(kiosk.page);
    expect(secondId).toMatch(/^[0-9a-f]{32}$/);
    expect(secondId).not.toBe(firstId);

    // Visitor 2: the same way in, votes too; the host's tally counts both.
    await startAndJoinSession(kiosk.page, 'visitor 2');
    await vote(kiosk.page, 'Ingin tahu');
    await host.page.getByText('2 pemilih').first().waitFor();
    await screenshot(host.page, 'kiosk-poll-tally');
  }, 900_000);
});
