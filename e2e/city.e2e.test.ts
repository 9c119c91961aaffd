// Residents in real Chromium against the real server: meeting, walking, chatting, visiting a booth
// (desktop and phone) and the lobby's language switch. Synchronises on window.makaverse only.
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type BoothPlacement, layoutCity } from '../shared/layout.ts';
import { findOrganisation, REGISTRY } from '../shared/registry.ts';
import { distance, enterCity, readCity, waitForAvatar, waitForCity } from './cityPage.ts';
import { citySuite, LAPTOP, PHONE, screenshot, type Visitor } from './harness.ts';
import { projectToScreen, touchDrag, waitForCameraAtRest } from './view.ts';

const PORT = 2701;
/** How far a held key or the joystick must carry a visitor before the test lets go. */
const WALK_M = 2.5;
/** Where on a booth to click: its centre, 2 m up (below the fascia sign, in front of the back wall). */
const BOOTH_AIM_Y_M = 2;
/** A booth pavilion's roof ridge is about 6 m up (client/world/scene/boothGeometry.ts); some slack. */
const BOOTH_TOP_M = 6.5;

const layout = layoutCity(REGISTRY);

const suite = citySuite(PORT);
const visitor = suite.visitor;

function booth(id: string): BoothPlacement & { name: string } {
  const placement = layout.booths.find((b) => b.id === id);
  const org = findOrganisation(REGISTRY, id);
  if (!placement || !org) throw new Error(`no booth ${id}`);
  return { ...placement, name: org.name };
}

/** Opens "Cari OPD", searches, picks the organisation and waits until the visitor stands at its booth. */
async function travelTo(v: Visitor, b: ReturnType<typeof booth>, tap = false): Promise<void> {
  const { page } = v;
  const press = (target: Locator) => (tap ? target.tap() : target.click());
  await press(page.getByRole('button', { name: 'Cari OPD' }));
  const directory = page.getByRole('dialog', { name: 'Pergi ke stan OPD' });
  await directory.getByRole('searchbox').fill(b.abbreviation);
  await press(directory.getByRole('button', { name: `${b.abbreviation} ${b.name}` }));
  await directory.waitFor({ state: 'detached' });
  await waitForCity(
    page,
    `standing at the ${b.abbreviation} booth`,
    (m) => distance(m.self, b.approach) < 0.3,
  );
  // Going to a booth opens its panel; the tests below open it themselves, so close it first.
  const panel = page.getByRole('dialog').filter({ has: page.locator('#booth-title') });
  await panel.locator('#booth-title').waitFor();
  await press(panel.getByRole('button', { name: 'Tutup' }));
  await panel.waitFor({ state: 'detached' });
}

/** The booth pavilion (footprint, below the roof ridge) that contains a point, if any. */
function boothAround(p: { x: number; y: number; z: number }): BoothPlacement | undefined {
  return layout.booths.find(
    ({ footprint: f }) => p.x > f.minX && p.x < f.maxX && p.z > f.minZ && p.z < f.maxZ && p.y < BOOTH_TOP_M,
  );
}

/**
 * Where the visitor stands once they have stood still for a second (a slow machine may still be
 * finishing its last steps, or be put back by the server, when the key is released).
 */
async function settledSelf(page: Visitor['page']): Promise<{ x: number; z: number }> {
  let before = (await waitForCity(page, 'self', () => true)).self;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = (await waitForCity(page, 'self', () => true)).self;
    if (distance(now, before) < 0.01) return now;
    before = now;
  }
}

/** The title of the booth panel once one is open. */
async function openBoothTitle(v: Visitor): Promise<string> {
  const title = v.page.getByRole('dialog').locator('#booth-title');
  await title.waitFor();
  return (await title.textContent()) ?? '';
}

describe('Makaverse in the browser', () => {
  test('two visitors see each other, see each other walk, and chat', async () => {
    const rudi = await visitor('rudi', LAPTOP);
    const tenri = await visitor('tenri');
    await Promise.all([
      enterCity(rudi.page, 'Daeng Rudi', '#1d5fbf'),
      enterCity(tenri.page, 'Andi Tenri', '#f2a900'),
    ]);

    await waitForAvatar(rudi.page, 'Andi Tenri');
    await waitForAvatar(tenri.page, 'Daeng Rudi');

    // Rudi holds W (away from the camera, which starts south of the avatar: north, -z).
    const start = (await waitForCity(rudi.page, 'self', () => true)).self;
    await rudi.page.keyboard.down('KeyW');
    try {
      await waitForCity(rudi.page, `Rudi walked ${WALK_M} m`, (m) => distance(m.self, start) >= WALK_M);
    } finally {
      await rudi.page.keyboard.up('KeyW');
    }
    const end = await settledSelf(rudi.page);
    expect(start.z - end.z, 'walked north').toBeGreaterThan(WALK_M * 0.7);
    expect(Math.abs(end.x - start.x), 'walked straight').toBeLessThan(0.5);

    // Tenri sees Rudi arrive where he stopped.
    await waitForAvatar(tenri.page, 'Daeng Rudi', 'where Rudi stopped', (a) => distance(a, end) < 0.2);
    await screenshot(tenri.page, 'desktop-world');

    // A plaza chat line typed by Rudi reaches Tenri's log, under Rudi's name.
    const line = `Selamat pagi dari Rudi ${Date.now() % 100_000}`;
    const input = rudi.page.getByLabel('Tulis pesan');
    await input.fill(line);
    await input.press('Enter');
    const received = tenri.page.getByRole('log').locator('li', { hasText: line });
    await received.waitFor();
    expect(await received.locator('.chat-name').textContent()).toBe('Daeng Rudi');
    await rudi.page.getByRole('log').locator('li', { hasText: line }).waitFor();
    expect(await input.inputValue(), 'input cleared after sending').toBe('');
  }, 240_000);

  test('the directory takes a visitor to a booth; a click on it and the E key open its panel', async () => {
    const dinkes = booth('dinkes');
    const siti = await visitor('siti');
    const arrived = await enterCity(siti.page, 'Siti Aminah', '#0f7b6c');
    // The diagnostics list every booth where the shared layout puts it.
    expect(arrived.booths).toHaveLength(layout.booths.length);
    expect(arrived.booths.find((b) => b.id === 'dinkes')).toMatchObject({
      id: 'dinkes',
      abbreviation: 'Dinkes',
      x: dinkes.x,
      z: dinkes.z,
    });

    await travelTo(siti, dinkes);
    await waitForCameraAtRest(siti.page);
    const target = await projectToScreen(siti.page, { x: dinkes.x, y: BOOTH_AIM_Y_M, z: dinkes.z });
    const viewport = siti.page.viewportSize() ?? { width: 0, height: 0 };
    expect(
      target.x > 0 && target.x < viewport.width && target.y > 0 && target.y < viewport.height,
      'booth in view',
    ).toBe(true);
    const blocker = boothAround(target.camera);
    expect
      .soft(
        blocker?.abbreviation,
        `follow camera at ${JSON.stringify(target.camera)} is inside another booth`,
      )
      .toBeUndefined();

    await screenshot(siti.page, 'desktop-booth-arrival');

    await siti.page.mouse.click(target.x, target.y);
    const clicked = await openBoothTitle(siti);
    await screenshot(siti.page, 'desktop-booth-panel');
    expect(clicked, 'the panel of the booth clicked').toContain(dinkes.name);

    const panel = siti.page.getByRole('dialog').filter({ has: siti.page.locator('#booth-title') });
    await panel.getByRole('button', { name: 'Tutup' }).click();
    await panel.waitFor({ state: 'detached' });
    // Standing in front of the booth, the prompt offers E.
    await siti.page.getByRole('button', { name: 'Tekan E atau ketuk stan untuk membuka Dinkes' }).waitFor();
    await siti.page.keyboard.press('KeyE');
    expect(await openBoothTitle(siti), 'the panel of the booth in front').toContain(dinkes.name);
  }, 180_000);

  test('on a phone, the joystick walks and the booth prompt opens a panel by touch', async () => {
    const ani = await visitor('phone', PHONE);
    await lobbyShown(ani);
    await screenshot(ani.page, 'phone-lobby');
    const start = (await enterCity(ani.page, 'Ani dari HP', '#7a3fb0')).self;

    const joystick = ani.page.getByTestId('joystick');
    const box = await joystick.boundingBox();
    const viewport = ani.page.viewportSize();
    if (!box || !viewport) throw new Error('joystick or viewport missing');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(centre.x, 'joystick on the right').toBeGreaterThan(viewport.width / 2);
    expect(centre.y, 'joystick at the bottom').toBeGreaterThan(viewport.height / 2);

    // Thumb on the centre, pushed up: forward (north), held until the avatar has covered WALK_M.
    await touchDrag(ani.page, centre, { x: centre.x, y: centre.y - 45 }, () =>
      waitForCity(ani.page, `walked ${WALK_M} m with the joystick`, (m) => distance(m.self, start) >= WALK_M),
    );
    const walked = await readCity(ani.page);
    expect(walked && start.z - walked.self.z, 'walked north').toBeGreaterThan(WALK_M * 0.7);
    await screenshot(ani.page, 'phone-world');

    const disdukcapil = booth('disdukcapil');
    await travelTo(ani, disdukcapil, true);
    await ani.page.getByRole('button', { name: 'Ketuk untuk membuka Disdukcapil' }).tap();
    expect(await openBoothTitle(ani)).toContain(disdukcapil.name);
    await screenshot(ani.page, 'phone-booth-panel');
  });

  test('the lobby speaks Indonesian by default and switches to English', async () => {
    const guest = await visitor('lobby');
    const { page } = guest;
    await lobbyShown(guest);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await page.getByLabel('Bahasa Indonesia').isChecked()).toBe(true);
    await screenshot(page, 'desktop-lobby');

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Enter the city' }).waitFor();
    expect(await page.getByLabel('English').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // Validation speaks English too, and keeps the visitor in the lobby.
    await page.getByLabel('Display name').fill('A');
    await page.getByRole('button', { name: 'Enter the city' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Name must be 2–24 characters.');
    await screenshot(page, 'desktop-lobby-en');

    // The choice carries into the world.
    await enterCity(page, 'Karaeng Guest');
    await page.getByRole('button', { name: 'Find an organisation' }).waitFor();
    await page.getByLabel('Write a message').waitFor({ state: 'attached' });
  });
});

/** The lobby is on screen. */
async function lobbyShown(v: Visitor): Promise<void> {
  await v.page.locator('input[name="name"]').waitFor();
}
