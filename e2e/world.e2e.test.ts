// Finding one's way in the city (issue 9, items 6, 8, 9), desktop 1280×800 and phone 390×844, in real
// Chromium against the real server: the first-visit tour (skipped, and completed), the HUD's
// language switch and "Keluar" back to the lobby (which counts the people in the city), and the
// city map: a tap on a booth or a landmark brings the avatar there. Every page runs the low render
// tier (`?tier=low`), which this also exercises. Screenshots: e2e/screenshots/world-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { layoutCity } from '../shared/layout.ts';
import { LANDMARKS } from '../shared/mapPlaces.ts';
import { REGISTRY } from '../shared/registry.ts';
import { distance, enterCity, readCity, waitForCity } from './cityPage.ts';
import { citySuite, PHONE, screenshot } from './harness.ts';

const PORT = 2831;
const POLL = { timeout: 30_000, interval: 100 };
/** How near the approach point the avatar must stand to count as arrived, metres. */
const ARRIVED_M = 1.5;

const layout = layoutCity(REGISTRY);
// On a saturated machine a page can take longer than Colyseus's default 15 s between reserving its
// seat and connecting (the 3D chunk parses, SwiftShader compiles shaders): give it a minute.
const suite = citySuite(PORT, { COLYSEUS_SEAT_RESERVATION_TIME: '60' });

/** Opens the low-tier city page and enters it as `name`. */
async function enterLow(page: Page, name: string) {
  await page.goto('/?tier=low');
  return enterCity(page, name).catch(async (e: unknown) => {
    const badge = await page
      .locator('.badge')
      .first()
      .textContent()
      .catch(() => null);
    throw new Error(`${String(e)}\nconnection badge: ${badge}`);
  });
}

describe('first visit, language, leaving and the city map', () => {
  test('desktop: the tour can be skipped, and is not shown again', async () => {
    const { page } = await suite.visitor('rudi');
    await enterLow(page, 'Rudi Pertama');
    const tour = page.getByRole('region', { name: 'Cara bergerak' });
    await tour.getByText('Langkah 1 dari 3').waitFor();
    await tour.getByText('Tombol WASD atau panah untuk berjalan').waitFor();
    await screenshot(page, 'world-desktop-tour');
    await tour.getByRole('button', { name: 'Lewati tur' }).click();
    await tour.waitFor({ state: 'detached' });
    expect((await readCity(page))?.render).toMatchObject({ tier: 'low', tierDecided: true });

    await page.goto('/?tier=low');
    await enterCity(page, 'Rudi Pertama');
    await page.getByRole('button', { name: 'Cari OPD' }).waitFor();
    expect(await page.locator('.tour').count(), 'tour shown again').toBe(0);
  });

  test('phone: the tour walks through moving, finding an OPD and joining a session', async () => {
    const { page } = await suite.visitor('sari', PHONE);
    await enterLow(page, 'Sari Telepon');
    const tour = page.locator('.tour');
    await tour.getByText('Geser joystick di kanan bawah untuk berjalan').waitFor();
    await screenshot(page, 'world-phone-tour-1');
    await tour.getByRole('button', { name: 'Lanjut' }).tap();
    await tour.getByRole('heading', { name: 'Temukan OPD' }).waitFor();
    await tour.getByText('Langkah 2 dari 3').waitFor();
    await screenshot(page, 'world-phone-tour-2');
    await tour.getByRole('button', { name: 'Lanjut' }).tap();
    await tour.getByRole('heading', { name: 'Ikuti sesi publik' }).waitFor();
    await screenshot(page, 'world-phone-tour-3');
    await tour.getByRole('button', { name: 'Selesai' }).tap();
    await tour.waitFor({ state: 'detached' });
    const stored = await page.evaluate(() => localStorage.getItem('makaverse.settings') ?? '');
    expect(JSON.parse(stored).state.touchHintSeen).toBe(true);
  });

  test('the HUD switches the language, and Keluar goes back to the lobby, which counts the city', async () => {
    const { page } = await suite.visitor('andi');
    await enterLow(page, 'Andi Bahasa');
    await page.getByRole('button', { name: 'Lewati tur' }).click();
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await page.getByRole('button', { name: 'Public sessions' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'world-desktop-english');
    await page.getByRole('button', { name: 'Switch the language to Bahasa Indonesia' }).click();
    await page.getByRole('button', { name: 'Sesi publik' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

    // A second resident's lobby counts Andi in the city.
    const other = await suite.visitor('budi');
    await expect
      .poll(async () => {
        await other.page.reload();
        return other.page
          .locator('.lobby-people')
          .textContent({ timeout: 10_000 })
          .catch(() => '');
      }, POLL)
      .toBe('1 orang di kota sekarang');

    await page.getByRole('button', { name: 'Keluar dari kota, kembali ke lobi' }).click();
    await page.locator('input[name="name"]').waitFor();
    expect(await page.locator('input[name="name"]').inputValue()).toBe('Andi Bahasa');
    await expect
      .poll(async () => {
        await other.page.reload();
        return other.page
          .locator('.lobby-people')
          .textContent({ timeout: 10_000 })
          .catch(() => '');
      }, POLL)
      .toBe('0 orang di kota sekarang');
  });

  test.each([
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const)(
    '%s: a tap on the map brings the avatar to the booth, a landmark to the landmark',
    async (name, device) => {
      const { page } = await suite.visitor(`peta-${name}`, device);
      await enterLow(page, `Peta ${name}`);
      await page.locator('.tour .skip').dispatchEvent('click');
      await page.getByRole('button', { name: 'Buka peta kota' }).click();
      const map = page.getByRole('dialog', { name: 'Peta kota' });
      await map.getByText('Anda di sini').waitFor();
      await screenshot(page, `world-${name}-map`);

      const booth = layout.booths.find((b) => b.id === 'disdukcapil') ?? layout.booths[0];
      if (!booth) throw new Error('no booths');
      // Where the booth is drawn on the screen, through the map's own transform.
      const at = await page.evaluate(
        ({ x, z }) => {
          const svg = document.querySelector('.full-map .map-svg') as SVGSVGElement;
          const p = new DOMPoint(x, z).matrixTransform(svg.getScreenCTM() as DOMMatrix);
          return { x: p.x, y: p.y };
        },
        { x: booth.x, z: booth.z },
      );
      if (device) await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      await map.waitFor({ state: 'detached' });
      await waitForCity(
        page,
        `arrived at ${booth.abbreviation}`,
        (m) => distance(m.self, booth.approach) < ARRIVED_M,
      );
      // The booth's panel opens on arrival, as with the directory.
      await page.locator('#booth-title').waitFor();
      await screenshot(page, `world-${name}-map-arrived`);

      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Buka peta kota' }).click();
      const fort = LANDMARKS.find((l) => l.id === 'fort-rotterdam');
      if (!fort) throw new Error('no fort');
      await page
        .getByRole('dialog', { name: 'Peta kota' })
        .getByRole('button', { name: 'Fort Rotterdam' })
        .click();
      await waitForCity(page, 'arrived at Fort Rotterdam', (m) => distance(m.self, fort.arrival) < ARRIVED_M);
    },
  );
});
