// A newcomer's first minutes (issue 10) in real Chromium against the real server with the demo feed:
// searching "ktp" leads to Disdukcapil's booth panel with its real description and a 30-day chart
// with dates; the rapor panel says when it was refreshed and why some organisations are not graded;
// the staff form refuses "42,5" people; a host goes from the staff console straight into the hall on
// Panggung. Desktop (1280×800) and phone (390×844), with screenshots of each.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { RAPOR_WALL } from '../shared/cityPlan.ts';
import { layoutCity } from '../shared/layout.ts';
import { REGISTRY } from '../shared/registry.ts';
import { distance, enterCity, waitForCity } from './cityPage.ts';
import { citySuite, firstStaffSignIn, PHONE, runAdmin, screenshot, type Visitor } from './harness.ts';
import { projectToScreen, waitForCameraAtRest } from './view.ts';

const PORT = 2781;
const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** "3 Nov", "12 Des": a short Indonesian date on a chart axis. */
const SHORT_DATE = /^\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des)$/;

const layout = layoutCity(REGISTRY);
const suite = citySuite(PORT, { CONNECTORS: 'off' });
const devices = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

/** Software WebGL on a loaded machine: a test may take minutes. */
const TEST_MS = 240_000;

/** A tap or a click; generous, since the first frames of a software-rendered city block the page. */
async function press(target: ReturnType<Page['locator']>, touch: boolean): Promise<void> {
  if (touch) await target.tap({ timeout: 90_000 });
  else await target.click({ timeout: 90_000 });
}

/** Searches the directory for what a resident needs and goes to the first organisation found. */
async function searchAndGo(v: Visitor, query: string, touch: boolean): Promise<string> {
  const { page } = v;
  await press(page.getByRole('button', { name: 'Cari OPD' }), touch);
  const directory = page.getByRole('dialog', { name: 'Pergi ke stan OPD' });
  await directory.getByRole('searchbox').fill(query);
  // The best match first: services are listed above the organisations (issue 12: "ktp" → Disdukcapil's
  // KTP-el service) once the catalogue has loaded.
  await directory.locator('.directory-group').first().waitFor();
  const first = directory.locator('li button').first();
  const label = (await first.textContent()) ?? '';
  await press(first, touch);
  return label;
}

/** The booth panel of the booth the visitor stands at: opened by the directory, or with E / the prompt. */
async function boothPanel(v: Visitor, abbreviation: string, touch: boolean) {
  const panel = v.page.locator('.booth-panel');
  if ((await panel.count()) === 0) {
    if (touch)
      await v.page
        .getByRole('button', { name: new RegExp(abbreviation) })
        .first()
        .tap();
    else await v.page.keyboard.press('KeyE');
  }
  await panel.waitFor();
  return panel;
}

async function createUser(username: string, role: string, opd: string): Promise<string> {
  const out = await runAdmin(suite.server, ['user', 'create', username, '--role', role, '--opd', opd]);
  const password = /\(shown once\): (\S+)/.exec(out)?.[1];
  if (!password) throw new Error(`no password in the admin output:\n${out}`);
  return password;
}

describe('a newcomer’s first minutes', () => {
  test.each(devices)(
    '"ktp" leads to Disdukcapil’s booth with a dated 30-day chart (%s)',
    async (name, device) => {
      const touch = name === 'phone';
      const v = await suite.visitor(`ktp-${name}`, device);
      await enterCity(v.page, 'Warga Baru');
      const label = await searchAndGo(v, 'ktp', touch);
      expect(label).toContain('Disdukcapil');
      const booth = layout.booths.find((b) => b.id === 'disdukcapil');
      if (!booth) throw new Error('no Disdukcapil booth');
      await waitForCity(v.page, 'at the Disdukcapil booth', (m) => distance(m.self, booth.approach) < 0.3);

      const panel = await boothPanel(v, 'Disdukcapil', touch);
      expect(await panel.locator('#booth-title').textContent()).toContain(
        'Dinas Kependudukan dan Pencatatan Sipil',
      );
      // A real first-run description, not filler.
      const text = (await panel.locator('header ~ p').first().textContent()) ?? ''; // after the services
      expect(text).toContain('KTP-el');
      expect(text).not.toContain('adalah bagian dari Pemerintah Kota Makassar');

      // Every KPI has a small chart with its first and last day; the large one has a date axis.
      const spark = panel.locator('button.spark').first();
      await spark.waitFor();
      const smallDates = await spark.locator('text.tick').allTextContents();
      expect(smallDates).toHaveLength(2);
      for (const d of smallDates) expect(d).toMatch(SHORT_DATE);
      await press(spark, touch);
      const chart = panel.locator('svg.chart.large');
      await chart.waitFor();
      const points = ((await chart.locator('polyline.line').getAttribute('points')) ?? '').trim().split(' ');
      expect(points.length, 'a point per day of the simulated 30-day history').toBeGreaterThanOrEqual(29);
      const ticks = await chart.locator('text.tick').allTextContents();
      expect(ticks.filter((t) => SHORT_DATE.test(t)).length).toBeGreaterThanOrEqual(4);
      await panel.getByText('Riwayat ini simulasi (data demo)', { exact: false }).waitFor();
      await chart.scrollIntoViewIfNeeded();
      await screenshot(v.page, `ux-after-${name}-booth`);
    },
    TEST_MS,
  );

  test.each(devices)(
    'the rapor says when it was refreshed and why some are not graded (%s)',
    async (name, device) => {
      const v = await suite.visitor(`rapor-${name}`, device);
      const { page } = v;
      await enterCity(page, 'Pemerhati Rapor');
      // A first visit starts the tour; this resident skips it.
      const understood = page.getByRole('button', { name: 'Lewati tur' });
      if (await understood.isVisible()) await understood.click();
      // Look east at the wall: drag right by a quarter turn (0.006 rad per px), then tap its middle.
      const vp = page.viewportSize() ?? { width: 0, height: 0 };
      const y = Math.round(vp.height * 0.35);
      await page.mouse.move(20, y);
      await page.mouse.down();
      await page.mouse.move(20 + Math.round(Math.PI / 2 / 0.006), y, { steps: 12 });
      await page.mouse.up();
      await waitForCameraAtRest(page);
      const wall = await projectToScreen(page, {
        x: RAPOR_WALL.x - 0.05,
        y: RAPOR_WALL.bottom + RAPOR_WALL.height / 2,
        z: RAPOR_WALL.z,
      });
      await page.mouse.click(wall.x, wall.y);
      const list = page.getByRole('dialog', { name: 'Rapor Kinerja OPD' });
      await list.waitFor();
      const updated = (await list.getByTestId('rapor-updated').textContent()) ?? '';
      expect(updated).toMatch(/diperbarui \d{2}\.00 WITA, berikutnya \d{2}\.00 WITA/);
      // Scores in Indonesian format ("88,4"), ungraded organisations explained.
      const scores = (await list.locator('.score').allTextContents()).filter((s) => s !== '–');
      expect(scores.length).toBeGreaterThan(50);
      for (const s of scores) expect(s).toMatch(/^\d{1,3},\d$/);
      expect(await list.getByText('tidak dinilai', { exact: true }).count()).toBeGreaterThan(0);
      await list.getByText('tanpa indikator bertarget', { exact: false }).waitFor();
      // Every ranked row has the same height: no tag wraps on some rows only.
      const heights = await list
        .locator('li button')
        .evaluateAll((rows) => rows.slice(0, 12).map((r) => Math.round(r.getBoundingClientRect().height)));
      expect(new Set(heights).size, `row heights ${heights.join(', ')}`).toBe(1);
      await screenshot(page, `ux-after-${name}-rapor`);
    },
    TEST_MS,
  );

  test(
    'the staff form refuses a fraction of a count, with a clear message',
    async () => {
      const password = await createUser('staf.capil', 'staff', 'disdukcapil');
      const v = await suite.visitor('staff-form', DESKTOP);
      await firstStaffSignIn(v.page, 'staf.capil', password);
      await v.page.getByRole('tab', { name: 'Angka kinerja' }).click();
      const row = v.page.locator('.staff-figures li', { hasText: 'Antrean saat ini' });
      await row.locator('input').fill('42,5');
      await row.getByRole('button', { name: 'Kirim' }).click();
      await row.getByText('“orang” dihitung dengan bilangan bulat', { exact: false }).waitFor();
      const opd = await (await fetch(`${suite.server.url}/api/opds/disdukcapil`)).json();
      expect(opd.latest.find((f: { kpi: string }) => f.kpi === 'antrean').source).not.toMatch(/^staff:/);
      await row.locator('input').fill('42');
      await row.getByRole('button', { name: 'Kirim' }).click();
      await row.getByText('Terkirim.').waitFor();
    },
    TEST_MS,
  );

  test.each(devices)(
    'a host goes from the staff console straight into the hall on Panggung (%s)',
    async (name, device) => {
      const username = `host.${name}`;
      const password = await createUser(username, 'host', 'bappeda');
      const v = await suite.visitor(`host-${name}`, device);
      const { page } = v;
      await firstStaffSignIn(page, username, password);
      await page.getByLabel('Judul').fill(`Musrenbang ${name}`);
      await page.getByLabel('Deskripsi').fill('Usulan warga untuk tahun depan.');
      await page.getByRole('button', { name: 'Jadwalkan' }).click();
      await page.getByText(`Sesi “Musrenbang ${name}” terjadwal.`).waitFor();
      await page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
      // No lobby: the hall, connected, as host, with Panggung open.
      await page.getByRole('tab', { name: 'Panggung', selected: true }).waitFor();
      expect(await page.locator('input[name="name"]').count()).toBe(0);
      await page.getByText('Tuan rumah').first().waitFor();
      await page.getByRole('button', { name: 'Buka sesi' }).waitFor();
      await screenshot(page, `ux-after-${name}-host-hall`);
    },
    TEST_MS,
  );
});
