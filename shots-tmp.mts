// Throwaway: screenshots of services at 390×844 and the admin's city view (not committed).
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';
const base = 'http://127.0.0.1:8051';
const out = '/work/wt/shots';
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const phone = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL: base, locale: 'id-ID' });
const p = await phone.newPage();
p.setDefaultTimeout(120_000);
await p.goto('/');
await p.locator('input[name="name"]').fill('Warga Ponsel');
await p.locator('form button[type="submit"]').tap();
await p.waitForFunction(() => (window as any).makaverse?.connection === 'connected' && (window as any).makaverse?.self?.id, null, { timeout: 120_000 });
const firstRun = p.getByRole('button', { name: 'Mengerti' });
if (await firstRun.isVisible().catch(() => false)) await firstRun.tap();
await p.getByRole('button', { name: 'Cari OPD' }).tap();
const dir = p.getByRole('dialog', { name: 'Pergi ke stan OPD' });
await dir.getByRole('searchbox').fill('izin usaha');
await dir.getByText('Layanan', { exact: true }).waitFor();
await p.screenshot({ path: `${out}/services-phone-directory.png` });
await dir.getByRole('button', { name: /Perizinan berusaha/ }).tap();
await p.locator('details[open] summary').waitFor();
await p.screenshot({ path: `${out}/services-phone-booth.png` });
await dir.waitFor({ state: 'detached' });
// A search with no result, reported after a pause.
await p.getByRole('button', { name: 'Tutup' }).first().tap();
await p.getByRole('button', { name: 'Cari OPD' }).tap();
await dir.getByRole('searchbox').fill('surat izin keramaian');
await p.waitForTimeout(2500);
await dir.getByRole('searchbox').fill('');
await p.evaluate(() => new Promise((r) => setTimeout(r, 4000)));

// Admin: city view.
const pw = execFileSync(process.execPath, ['server/admin/cli.ts', 'user', 'create', 'admin.kota', '--role', 'admin'], {
  env: { ...process.env, DB_PATH: process.env.SHOT_DB ?? '', LOG_LEVEL: 'error' },
}).toString();
const oneTime = /\(shown once\): (\S+)/.exec(pw)?.[1] ?? '';
const desk = await b.newContext({ viewport: { width: 1280, height: 800 }, baseURL: base, locale: 'id-ID' });
const s = await desk.newPage();
await s.goto('/staff');
await s.getByLabel('Nama pengguna').fill('admin.kota');
await s.getByLabel('Kata sandi').fill(oneTime);
await s.getByRole('button', { name: 'Masuk' }).click();
await s.getByLabel('Kata sandi saat ini').fill(oneTime);
await s.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-admin-kota-2026');
await s.getByLabel('Ulangi kata sandi baru').fill('sandi-admin-kota-2026');
await s.getByRole('button', { name: 'Simpan kata sandi' }).click();
const city = s.getByRole('heading', { name: 'Kunjungan se-kota' });
await city.waitFor();
await city.scrollIntoViewIfNeeded();
await s.screenshot({ path: `${out}/services-admin-city.png` });
await s.locator('select').first().selectOption('dpmptsp');
await s.getByRole('tab', { name: 'Layanan' }).click();
await s.locator('.staff-services').waitFor();
await s.screenshot({ path: `${out}/services-console-list.png` });
const sp = await (await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL: base })).newPage();
await sp.goto('/staff');
await b.close();
console.log('done');
