import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { citySuite, PHONE, runAdmin, screenshot } from './harness.ts';

const PORT = 2721;
const WAIT_MS = 15_000;

const suite = citySuite(PORT, { SIMULATOR: 'off', CONNECTORS: 'off' });

/** `npm run admin -- user create <username> --role staff --opd <opd>`; returns the one-time password. */
async function createStaff(username: string, opd: string): Promise<string> {
  const stdout = await runAdmin(suite.server, ['user', 'create', username, '--role', 'staff', '--opd', opd]);
  const password = /\(shown once\): (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no password in the admin output:\n${stdout}`);
  return password;
}

async function openConsole(device: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const context = await suite.browser.newContext({ ...device, baseURL: suite.server.url, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/staff');
  return { page, errors };
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** The first sign-in with a one-time password: the console asks for a new password before anything. */
async function replaceOneTimePassword(page: Page, oneTime: string, chosen: string): Promise<void> {
  await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
  await page.getByLabel('Kata sandi saat ini').fill(oneTime);
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(chosen);
  await page.getByLabel('Ulangi kata sandi baru').fill(`${chosen}x`);
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await page.getByText('Kedua kata sandi baru tidak sama.').waitFor();
  await page.getByLabel('Ulangi kata sandi baru').fill(chosen);
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
}

/** `npm run admin -- user create <username> --role admin`; returns the one-time password. */
async function createAdmin(username: string): Promise<string> {
  const stdout = await runAdmin(suite.server, ['user', 'create', username, '--role', 'admin']);
  const password = /\(shown once\): (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no password in the admin output:\n${stdout}`);
  return password;
}

const devices: Array<[string, BrowserContextOptions, string]> = [
  ['laptop', { viewport: { width: 1280, height: 800 } }, 'serapan-apbd'],
  ['phone', PHONE, 'usulan-musrenbang'],
];

describe('staff console', () => {
  test.each(devices)('signs in, edits the profile and enters a figure on a %s', async (name, device, kpi) => {
    const username = `staf.${name}`;
    const password = await createStaff(username, 'setda');
    const { page, errors } = await openConsole(device);

    await signIn(page, username, 'bukan-sandinya');
    await page.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await screenshot(page, `staff-${name}-signin`);
    await signIn(page, username, password);
    await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
    await screenshot(page, `staff-${name}-change-password`);
    await replaceOneTimePassword(page, password, `sandi-pilihan-${name}-2026`);
    await page.getByText('Sekretariat Daerah Kota Makassar').waitFor();

    const description = `Diperbarui dari ${name}.`;
    await page.getByLabel('Deskripsi').fill(description);
    await page.getByLabel('Instagram').fill('http://instagram.com/pemkotmakassar');
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByText('Periksa kolom “social.instagram”.').waitFor();
    await page.getByLabel('Instagram').fill('https://www.instagram.com/pemkotmakassar');
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByText('Profil tersimpan.').waitFor();
    await screenshot(page, `staff-${name}-profile`);

    await page.getByRole('tab', { name: 'Angka kinerja' }).click();
    const latest = (await (await fetch(`${suite.server.url}/api/opds/setda`)).json()).latest as Array<{
      kpi: string;
    }>;
    const row = page.locator('.staff-figures li').nth(latest.findIndex((f) => f.kpi === kpi));
    await row.locator('input').fill('42');
    await row.getByRole('button', { name: 'Kirim' }).click();
    await row.getByText('Terkirim.').waitFor();
    await screenshot(page, `staff-${name}-figures`);

    const opd = await (await fetch(`${suite.server.url}/api/opds/setda`)).json();
    expect(opd.profile).toMatchObject({
      description,
      social: { instagram: 'https://www.instagram.com/pemkotmakassar' },
    });
    expect(opd.latest.find((f: { kpi: string }) => f.kpi === kpi)).toMatchObject({
      value: 42,
      source: 'staff',
      simulated: false,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an admin disables an account and sees it in the audit log', async () => {
    const password = await createAdmin('admin.kota');
    await createStaff('staf.dinkes', 'dinkes');
    const { page, errors } = await openConsole({ viewport: { width: 1280, height: 800 } });
    await signIn(page, 'admin.kota', password);
    await replaceOneTimePassword(page, password, 'sandi-admin-kota-2026');
    const row = page.locator('.staff-table tr[data-username="staf.dinkes"]');
    await row.getByText('sandi sekali pakai').waitFor();
    await row.getByRole('button', { name: 'Nonaktifkan' }).click();
    await row.getByRole('button', { name: 'Aktifkan' }).waitFor();
    await row.getByRole('cell', { name: /^Nonaktif/ }).waitFor();
    await page.getByRole('cell', { name: 'user.disable' }).first().waitFor();
    await screenshot(page, 'staff-admin-accounts');
    const users = await runAdmin(suite.server, ['user', 'list']);
    expect(users).toMatch(/^staf\.dinkes\t.*DISABLED/m);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
