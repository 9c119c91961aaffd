// The form designer in the staff console, as OPD staff use it: design a two-question form (a choice,
// then a number shown only for one of its answers) and one booth figure counting an answer, save it as a draft, publish it — and the server
// holds exactly that definition, published. Screenshots at 1280×800 and 390×844.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type CityServer,
  firstStaffSignIn,
  launchBrowser,
  runAdmin,
  screenshot,
  startServer,
} from './harness.ts';

const PORT = 2895;
const WAIT_MS = 30_000;

let server: CityServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let oneTime = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(PORT, { SIMULATOR: 'off', CONNECTORS: 'off' }),
    launchBrowser(),
  ]);
  const created = await runAdmin(server, [
    'user',
    'create',
    'ani.dinsos',
    '--role',
    'staff',
    '--opd',
    'dinsos',
  ]);
  oneTime = /\(shown once\): (\S+)/.exec(created)?.[1] ?? '';
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const question = (page: Page, n: number) => page.getByRole('group', { name: `Pertanyaan ${n}` });

describe('pendataan form designer', () => {
  test('staff design a two-question form, save it as a draft and publish it', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      baseURL: server.url,
      locale: 'id-ID',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => errors.push(e.message));
    await firstStaffSignIn(page, 'ani.dinsos', oneTime);
    await page.getByRole('tab', { name: 'Pendataan' }).click();
    await page.getByRole('tab', { name: 'Formulir' }).click();
    await page.getByRole('button', { name: 'Rancang formulir baru' }).click();

    await page.getByLabel('Judul formulir').fill('Usaha Mikro RT');
    await page.getByLabel('Satuan pendataan').selectOption('usaha');
    const first = question(page, 1);
    await first.getByLabel('Pertanyaan', { exact: true }).fill('Jenis usaha');
    await first.getByLabel('Jenis', { exact: true }).selectOption('select_one');
    await first.getByLabel('Wajib diisi').check();
    await first.getByLabel(/^Pilihan/).fill('Warung\nBengkel');
    await page.getByRole('button', { name: 'Tambah pertanyaan' }).click();
    const second = question(page, 2);
    await second.getByLabel('Pertanyaan', { exact: true }).fill('Jumlah pekerja');
    await second.getByLabel('Jenis', { exact: true }).selectOption('integer');
    await second.getByLabel('Minimal').fill('1');
    await second.getByLabel('Maksimal').fill('50');
    await second.getByRole('combobox', { name: 'Tampilkan hanya jika' }).first().selectOption('jenis_usaha');
    await second.getByLabel('nilai', { exact: true }).fill('warung');
    // One booth figure: the warung counted into Dinsos's KPM PKH (the KPI the booth shows).
    await page.getByRole('button', { name: 'Tambah angka booth' }).click();
    const figure = page.getByRole('group', { name: 'Angka 1' });
    await figure.getByLabel('KPI booth').selectOption('kpm-pkh');
    await figure.getByLabel('Pertanyaan', { exact: true }).selectOption('jenis_usaha');
    await figure.getByLabel('Jawaban', { exact: true }).selectOption('warung');
    await screenshot(page, 'formbuilder-designer');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'formbuilder-designer-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await page.getByText('Tersimpan sebagai draf versi 1').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Usaha Mikro RT' });
    await row.getByText('draf', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Terbitkan' }).click();
    await row.getByText('terbit', { exact: true }).waitFor();
    await screenshot(page, 'formbuilder-published');

    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ani.dinsos', password: 'sandi-baru-kota-daeng-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const listed = await fetch(`${server.url}/api/staff/pendataan/dinsos/forms`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const forms = ((await listed.json()) as { forms: Array<Record<string, unknown>> }).forms;
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({ key: 'usaha-mikro-rt', version: 1, status: 'published' });
    expect(forms[0]?.definition).toEqual({
      key: 'usaha-mikro-rt',
      title: 'Usaha Mikro RT',
      unit: 'usaha',
      fields: [
        {
          name: 'jenis_usaha',
          type: 'select_one',
          label: 'Jenis usaha',
          required: true,
          personal: false,
          choices: [
            { value: 'warung', label: 'Warung' },
            { value: 'bengkel', label: 'Bengkel' },
          ],
        },
        {
          name: 'jumlah_pekerja',
          type: 'integer',
          label: 'Jumlah pekerja',
          required: false,
          personal: false,
          min: 1,
          max: 50,
          relevant: "${jenis_usaha} = 'warung'",
        },
      ],
      aggregates: [{ kpi: 'kpm-pkh', op: 'count', field: 'jenis_usaha', choice: 'warung' }],
    });
    await context.close();
    expect(errors).toEqual([]);
  }, 180_000);
});
