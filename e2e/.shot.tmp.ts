import { RAPOR_WALL } from '../shared/cityPlan.ts';
import { enterCity, launchBrowser, newVisitor, PHONE, readCity, waitForCity } from './harness.ts';
import { projectToScreen, touchDrag, waitForCameraAtRest } from './view.ts';

const server = { url: 'http://127.0.0.1:2791', port: 2791, dbPath: '', stop: async () => {} };
const browser = await launchBrowser();
const out = '/tmp/mkv-shot';
const KEY = process.argv[2] ?? '';
for (const [label, device] of [
  ['desktop', undefined],
  ['phone', PHONE],
] as const) {
  const v = await newVisitor(browser, server, label, device);
  const { page } = v;
  await enterCity(page, label === 'desktop' ? 'Andi Tenri' : 'Besse');
  if (label === 'desktop') {
    await page.mouse.move(400, 300);
    await page.mouse.down();
    await page.mouse.move(400 + 230, 300, { steps: 12 });
    await page.mouse.up();
  } else {
    await touchDrag(page, { x: 40, y: 300 }, { x: 280, y: 300 }, () => page.waitForTimeout(200));
  }
  await waitForCameraAtRest(page);
  await page.waitForTimeout(1500);
  console.log(label, 'render', JSON.stringify((await readCity(page))?.render));
  await page.screenshot({ path: `${out}/${label}-wall.png` });
  const wall = await projectToScreen(page, { x: RAPOR_WALL.x - 0.05, y: 3.5, z: RAPOR_WALL.z });
  if (label === 'desktop') await page.mouse.click(wall.x, wall.y);
  else await page.touchscreen.tap(wall.x, wall.y);
  await page.getByRole('dialog', { name: 'Rapor Kinerja OPD' }).locator('li').nth(69).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${label}-rapor-list.png` });
  const btn = page.getByRole('dialog', { name: 'Rapor Kinerja OPD' }).getByRole('button', { name: /Dinkes/ });
  if (label === 'desktop') await btn.click();
  else await btn.tap();
  await waitForCity(page, 'at dinkes', (m) => Math.hypot(m.self.x - 134, m.self.z) > 0);
  await page.waitForTimeout(3000);
  if (label === 'desktop') await page.keyboard.press('e');
  else await page.locator('.booth-prompt').tap();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/${label}-booth-panel.png` });
  const spark = page.locator('.spark').nth(1);
  if (label === 'desktop') await spark.click();
  else await spark.tap();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${label}-booth-chart.png` });
  if (label === 'desktop' && KEY) {
    await page
      .locator('.booth-panel .icon')
      .click({ timeout: 2000 })
      .catch(() => {});
    await page
      .locator('.booth-panel .icon')
      .click()
      .catch(() => {});
    await page.waitForTimeout(500);
    await fetch(`${server.url}/api/opds/dinkes/metrics`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kpi: 'puskesmas', value: 48 }),
    });
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${out}/${label}-display-highlight.png` });
  }
  console.log(label, v.pageErrors);
  await v.close();
}
await browser.close();
