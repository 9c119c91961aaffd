// A newcomer in a public session's hall (issue 10), phone 390×844 and desktop, in real Chromium
// against the real server: the spotlit resident stands clear of the big screen (its picture unchanged
// under the beam), the caption is legible on a phone, reactions are drawn icons, not emoji.
// Screenshots go to e2e/screenshots/newcomer-*-hall-*.png (E2E_SHOT_PREFIX names another set).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { HALL } from '../shared/session/hallPlan.ts';
import { backgroundAlpha } from './computedStyle.ts';
import { citySuite, firstStaffSignIn, LAPTOP, PHONE, runAdmin, screenshot, type Visitor } from './harness.ts';
import { projectToScreen, waitForCameraAtRest } from './view.ts';

const PORT = 2765;
const SHOTS = `${process.env.E2E_SHOT_PREFIX ?? 'newcomer'}-`;
const POLL = { timeout: 30_000, interval: 100 };

const suite = citySuite(PORT);

describe('a newcomer in a session’s hall', () => {
  test('hall: the spotlit resident stands clear of the screen, the caption is legible, reactions are drawn icons', async () => {
    const host = await hostOpensSession();
    const link = `${suite.server.url}${host.link}`;
    const budi = await suite.visitor('budi-hall', PHONE);
    const ana = await suite.visitor('ana-hall');
    for (const [v, name] of [
      [budi, 'Budi'],
      [ana, 'Ana'],
    ] as const) {
      await v.page.goto(link);
      await v.page.getByText('Anda akan bergabung ke:').waitFor();
      await v.page.locator('input[name="name"]').fill(name);
      await v.page.getByRole('button', { name: 'Masuk ke aula' }).dispatchEvent('click');
      await waitForHall(v.page);
    }
    // A point in the middle of the big screen, as Budi's phone shows it before anyone is spotlit.
    await waitForCameraAtRest(budi.page);
    const screenMiddle = {
      x: HALL.screen.x,
      y: HALL.screen.bottomY + HALL.screen.height / 2,
      z: HALL.screen.z + 0.05,
    };
    const unlit = await colourAt(budi.page, screenMiddle);

    // Budi raises his hand; the host gives him the floor: a spotlight and the caption.
    await budi.page.getByRole('tab', { name: 'Angkat tangan' }).dispatchEvent('click');
    await budi.page.getByLabel('Yang ingin Anda sampaikan (opsional)').fill('Drainase Jl. Daeng Tata');
    await budi.page.getByRole('button', { name: 'Angkat tangan' }).dispatchEvent('click');
    const queue = host.page.locator('section', { hasText: 'Antrean angkat tangan' }).last();
    await queue.getByText('Budi').waitFor();
    await queue.getByRole('button', { name: 'Beri kesempatan' }).dispatchEvent('click');
    await host.page.getByRole('button', { name: 'Akhiri giliran' }).waitFor();
    await waitForCameraAtRest(budi.page);
    await screenshot(budi.page, `${SHOTS}phone-hall-spotlight`);
    // The beam (in front of the screen in Budi's view) leaves the screen's picture as it was.
    const lit = await colourAt(budi.page, screenMiddle);
    const change = Math.max(...lit.map((c, i) => Math.abs(c - (unlit[i] ?? 0))));
    expect(change, `screen colour ${unlit} → ${lit} under the spotlight`).toBeLessThan(16);
    await screenshot(ana.page, `${SHOTS}desktop-hall-spotlight`);
    // The caption is text on the page, large and dark-backed enough to read on a phone.
    const caption = (v: Visitor) => v.page.locator('.hall-caption');
    for (const v of [budi, ana]) {
      await expect.poll(() => caption(v).textContent(), POLL).toContain('Berbicara: Budi');
    }
    const size = await caption(budi).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size, 'caption font size on the phone').toBeGreaterThanOrEqual(14);
    expect(await backgroundAlpha(caption(budi)), 'caption backing').toBeGreaterThanOrEqual(0.8);

    // Reactions: drawn icons in the bar and floating over the hall, no emoji characters.
    const bar = ana.page.getByRole('group', { name: 'Reaksi' });
    for (const name of ['Tepuk tangan', 'Jempol', 'Suka', 'Tertawa', 'Wow']) {
      const button = bar.getByRole('button', { name });
      expect(await button.locator('svg').count(), `${name} icon`).toBe(1);
      expect((await button.textContent())?.trim(), `${name} text`).toBe('');
      await button.dispatchEvent('click');
    }
    await ana.page.locator('.session-float svg').first().waitFor();
    await screenshot(ana.page, `${SHOTS}desktop-hall-reactions`);
    await budi.page.locator('.session-float svg').first().waitFor();
    await screenshot(budi.page, `${SHOTS}phone-hall-reactions`);
  }, 300_000);
});

/** Waits until the visitor is in a session's hall, connected and rendering. */
async function waitForHall(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const m = (
            window as unknown as { makaverse?: { ready: boolean; place: string; connection: string } }
          ).makaverse;
          return !!m && m.ready && m.place === 'session' && m.connection === 'connected';
        }),
      { ...POLL, timeout: 90_000, message: 'in the hall' },
    )
    .toBe(true);
}

/**
 * A host account (admin CLI) signs in at /staff, schedules a session, enters its hall as host and
 * opens it. Returns the host's visitor and the session's link.
 */
async function hostOpensSession(): Promise<Visitor & { link: string }> {
  const created = await runAdmin(suite.server, [
    'user',
    'create',
    'host.newcomer',
    '--role',
    'host',
    '--opd',
    'bappeda',
  ]);
  const password = /\(shown once\): (\S+)/.exec(created)?.[1];
  if (!password) throw new Error(`no password in the admin output:\n${created}`);
  const host = await suite.visitor('host', LAPTOP);
  const { page } = host;
  await firstStaffSignIn(page, 'host.newcomer', password);
  const form = page.getByLabel('Judul');
  await form.fill('Musrenbang Kelurahan Baru');
  await page.getByRole('button', { name: 'Jadwalkan' }).click();
  await page.getByText('Sesi “Musrenbang Kelurahan Baru” terjadwal.').waitFor();
  const [session] = (await (await fetch(`${suite.server.url}/api/sessions`)).json()) as Array<{
    link: string;
  }>;
  if (!session) throw new Error('no session listed');
  await page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
  // The staff link enters the hall directly, as the signed-in host.
  await waitForHall(page);
  await page.getByRole('tab', { name: 'Panggung' }).dispatchEvent('click');
  await page.getByRole('button', { name: 'Buka sesi' }).dispatchEvent('click');
  await page.getByText('LANGSUNG').first().waitFor();
  return { ...host, link: session.link };
}

/** The average colour [r, g, b] of the 5×5 screen pixels around where a world point is drawn. */
async function colourAt(page: Page, p: { x: number; y: number; z: number }): Promise<number[]> {
  const at = await projectToScreen(page, p);
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, x, y }) => {
      // Decoded without fetch(): the page's CSP (connect-src) rightly refuses data: URLs.
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(Math.round(x) - 2, Math.round(y) - 2, 5, 5).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < d.length; i += 4)
        for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (d[i + c] ?? 0);
      return sum.map((v) => Math.round(v / 25));
    },
    { png, x: at.x, y: at.y },
  );
}
