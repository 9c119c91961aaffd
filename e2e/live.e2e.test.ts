import { describe, expect, test } from 'vitest';
import { RAPOR_WALL } from '../shared/cityPlan.ts';
import { formatNumber } from '../shared/format.ts';
import { layoutCity } from '../shared/layout.ts';
import { REGISTRY } from '../shared/registry.ts';
import { distance, enterCity, waitForCity } from './cityPage.ts';
import { citySuite, firstStaffSignIn, LAPTOP, runAdmin, screenshot } from './harness.ts';
import { projectToScreen, waitForCameraAtRest } from './view.ts';

const PORT = 2711;
/** DESIGN.md budget: ingestion → visible in a connected browser. */
const VISIBLE_WITHIN_MS = 1000;
const layout = layoutCity(REGISTRY);

// No simulator or connectors: the only values are the ones this test pushes.
const suite = citySuite(PORT, { SIMULATOR: 'off', CONNECTORS: 'off' });

/** `npm run admin -- key create <opd>` against the server's database; returns the printed key. */
async function createKey(opd: string): Promise<string> {
  const stdout = await runAdmin(suite.server, ['key', 'create', opd]);
  const key = /key[^:\n]*:\s*(\S+)\s*$/m.exec(stdout)?.[1];
  if (!key) throw new Error(`no key in the admin output:\n${stdout}`);
  return key;
}

async function push(key: string, opd: string, kpi: string, value: number): Promise<void> {
  const res = await fetch(`${suite.server.url}/api/opds/${opd}/metrics`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kpi, value }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

describe('live booth values', () => {
  test('a pushed value shows on the booth display and in the open panel within 1 s', async () => {
    const opd = 'dinkes';
    const org = REGISTRY.organisations.find((o) => o.id === opd);
    const kpi = org?.kpis[1];
    const booth = layout.booths.find((b) => b.id === opd);
    if (!org || !kpi || !booth) throw new Error('no Dinkes booth');
    const key = await createKey(opd);

    // A small window: software WebGL is fill-bound, and a slow frame delays everything on the page.
    const v = await suite.visitor('rahma', LAPTOP);
    const { page } = v;
    await enterCity(page, 'Rahma');
    await page.getByRole('button', { name: 'Cari OPD' }).click();
    const directory = page.getByRole('dialog', { name: 'Pergi ke stan OPD' });
    await directory.getByRole('searchbox').fill(org.abbreviation);
    await directory.getByRole('button', { name: `${org.abbreviation} ${org.name}` }).click();
    await waitForCity(page, 'at the Dinkes booth', (m) => distance(m.self, booth.approach) < 0.3);
    await page.keyboard.press('KeyE');
    const value = page.getByTestId(`value-${kpi.id}`);
    const row = page.locator(`.kpi[data-kpi="${kpi.id}"]`);
    // Before any data: the seed, marked simulated, in the panel.
    await page.waitForFunction(
      ({ kpiId, text }) => document.querySelector(`[data-testid="value-${kpiId}"]`)?.textContent === text,
      { kpiId: kpi.id, text: formatNumber(kpi.typical) },
    );
    expect(await row.locator('.sim').count()).toBe(1);

    // The page notes (its own clock, the same machine's) when the panel cell changes.
    await page.evaluate((kpiId) => {
      const cell = document.querySelector(`[data-testid="value-${kpiId}"]`);
      const w = window as unknown as { panelChangedAt?: number };
      if (!cell) return;
      new MutationObserver(() => {
        w.panelChangedAt ??= Date.now();
      }).observe(cell, { characterData: true, childList: true, subtree: true });
    }, kpi.id);
    const pushed = Math.round(kpi.typical * 1.07) + 1;
    const sent = Date.now();
    await push(key, opd, kpi.id, pushed);
    const shown = formatNumber(pushed);
    const m = await waitForCity(page, 'the pushed value on the display', (s) => {
      const figure = s.booths.find((b) => b.id === opd)?.display?.figures.find((f) => f.kpi === kpi.id);
      return figure?.value === pushed && !figure.simulated;
    });
    await expect.poll(() => value.textContent(), { timeout: 10_000 }).toBe(shown);
    const display = m.booths.find((b) => b.id === opd)?.display;
    const panelAt = await page.evaluate(
      () => (window as unknown as { panelChangedAt?: number }).panelChangedAt,
    );
    console.info(
      `ingestion → display ${(display?.paintedAt ?? 0) - sent} ms, → panel ${(panelAt ?? 0) - sent} ms`,
    );
    expect((display?.paintedAt ?? Infinity) - sent, 'ingestion → booth display').toBeLessThanOrEqual(
      VISIBLE_WITHIN_MS,
    );
    expect((panelAt ?? Infinity) - sent, 'ingestion → open booth panel').toBeLessThanOrEqual(
      VISIBLE_WITHIN_MS,
    );
    // The panel drops the "simulasi" badge for that KPI and names the source.
    expect(await row.locator('.sim').count()).toBe(0);
    await expect.poll(() => row.locator('.kpi-meta').textContent(), { timeout: 10_000 }).toContain('API');
    await screenshot(page, 'laptop-live-booth-panel');
  });

  test('the rapor wall on the plaza opens the ranking, which leads to a booth', async () => {
    // The ranking names organisations once the mayor's office has released the month (staff console).
    const stdout = await runAdmin(suite.server, ['user', 'create', 'kantor.walikota', '--role', 'admin']);
    const office = await suite.visitor('mayor-office');
    await firstStaffSignIn(office.page, 'kantor.walikota', /\(shown once\): (\S+)/.exec(stdout)?.[1] ?? '');
    await office.page.getByRole('button', { name: /^Rilis rapor / }).click();
    await office.page.getByRole('button', { name: 'Ya, rilis sekarang' }).click();
    await office.page.getByTestId('rapor-desk-status').getByText('Dirilis', { exact: false }).waitFor();
    const v = await suite.visitor('ani');
    const { page } = v;
    await enterCity(page, 'Ani');
    // Turn the camera to look east, at the wall: drag right by a quarter turn (0.006 rad per px).
    await page.mouse.move(400, 300);
    await page.mouse.down();
    await page.mouse.move(400 + Math.round(Math.PI / 2 / 0.006), 300, { steps: 12 });
    await page.mouse.up();
    await waitForCameraAtRest(page);
    // Tap the middle of the wall (it faces west, towards the spawn).
    const wall = await projectToScreen(page, {
      x: RAPOR_WALL.x - 0.05,
      y: RAPOR_WALL.bottom + RAPOR_WALL.height / 2,
      z: RAPOR_WALL.z,
    });
    const viewport = page.viewportSize();
    expect(wall.x > 0 && wall.y > 0 && wall.x < (viewport?.width ?? 0)).toBe(true);
    await screenshot(page, 'desktop-rapor-wall');
    await page.mouse.click(wall.x, wall.y);
    const list = page.getByRole('dialog', { name: 'Rapor Kinerja OPD' });
    await list.waitFor();
    // Every organisation is listed, graded or not.
    // (the ranking's own rows: a released entry's explanation has lists of its own)
    const rows = list.locator('ol > li');
    await rows.nth(REGISTRY.organisations.length - 1).waitFor();
    expect(await rows.count()).toBe(REGISTRY.organisations.length);
    await screenshot(page, 'desktop-rapor-list');
    const target = layout.booths.find((b) => b.id === 'dinkes');
    if (!target) throw new Error('no Dinkes booth');
    await list.getByRole('button', { name: /Dinkes/ }).click();
    await list.waitFor({ state: 'detached' });
    await waitForCity(page, 'at the Dinkes booth', (m) => distance(m.self, target.approach) < 0.3);
  });
});
