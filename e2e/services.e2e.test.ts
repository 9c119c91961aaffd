// Services and visit analytics (issue 12) in real Chromium against the real server: a resident
// searching "KTP" (Indonesian) and another searching "birth certificate" (English) reach
// Disdukcapil's service in its booth panel; the OPD's staff add a WhatsApp number in the console;
// three panel opens from two browsers and one hand-off give opens 3, visitors 2, hand-offs 1 in the
// OPD's analytics, which its staff see as charts; another OPD's staff are refused.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { OpdAnalytics } from '../shared/services/analytics.ts';
import { waitForCity } from './cityPage.ts';
import { citySuite, firstStaffSignIn, LAPTOP, runAdmin, screenshot } from './harness.ts';

const PORT = 2841;
const WAIT_MS = 30_000;
/** Loading the world chunk and joining, on software WebGL on a loaded machine. */
const ENTER_MS = 120_000;
const NEW_PASSWORD = 'sandi-baru-kota-daeng-2026'; // what firstStaffSignIn chooses
// A seat reserved by the lobby must be used within Colyseus's reservation time (15 s by default); on a
// saturated machine a browser parsing the world chunk can take longer, so the tests allow more.
const suite = citySuite(PORT, { SIMULATOR: 'off', CONNECTORS: 'off', COLYSEUS_SEAT_RESERVATION_TIME: '90' });

async function createStaff(username: string, opd: string): Promise<string> {
  const stdout = await runAdmin(suite.server, ['user', 'create', username, '--role', 'staff', '--opd', opd]);
  const password = /\(shown once\): (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no password in the admin output:\n${stdout}`);
  return password;
}

/** The lobby's form, then the city (like harness enterCity, with a longer wait). */
async function enterCity(page: Page, name: string): Promise<void> {
  await page.locator('input[name="name"]').fill(name);
  await page.locator('form button[type="submit"]').click();
  await waitForCity(
    page,
    `${name} in the city`,
    (m) => m.ready && m.connection === 'connected' && !!m.self.id,
    ENTER_MS,
  );
}

async function login(username: string, password: string): Promise<string> {
  const res = await fetch(`${suite.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

const tokenOf = (username: string) => login(username, NEW_PASSWORD);

/** Searches the directory and picks the service result, then waits for the booth panel on it. */
async function findService(
  page: Page,
  words: { open: string; dialog: string; query: string; service: string },
): Promise<void> {
  await page.getByRole('button', { name: words.open }).click();
  const directory = page.getByRole('dialog', { name: words.dialog });
  await directory.getByRole('searchbox').fill(words.query);
  await directory.getByRole('button', { name: `${words.service} Disdukcapil` }).click();
  await directory.waitFor({ state: 'detached' });
  const panel = page.getByRole('dialog').filter({ has: page.locator('#booth-title') });
  await panel.locator('#booth-title', { hasText: 'Dinas Kependudukan dan Pencatatan Sipil' }).waitFor();
  // The picked service is open in the panel, first among the services.
  await panel.locator('details[open] summary', { hasText: words.service }).waitFor();
}

async function closePanel(page: Page, label: string): Promise<void> {
  const panel = page.getByRole('dialog').filter({ has: page.locator('#booth-title') });
  await panel.getByRole('button', { name: label }).click();
  await panel.waitFor({ state: 'detached' });
}

async function analytics(token: string, opd = 'disdukcapil'): Promise<Response> {
  return fetch(`${suite.server.url}/api/analytics/opds/${opd}?days=7`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

type Day = OpdAnalytics['days'][number];

/** Today's figures of Disdukcapil once `ready` holds (reports are batched for a few seconds). */
async function figuresWhen(token: string, ready: (d: Day) => boolean): Promise<Day | undefined> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const today = ((await (await analytics(token)).json()) as OpdAnalytics).days.at(-1);
    if ((today && ready(today)) || Date.now() > deadline) return today;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('services and visit analytics', () => {
  test('"KTP" and "birth certificate" reach Disdukcapil; opens 3, visitors 2, hand-offs 1', async () => {
    const oneTime = await createStaff('staf.capil', 'disdukcapil');
    const otherOneTime = await createStaff('staf.dinkes', 'dinkes');

    // Disdukcapil's staff confirm the KTP-el service and add the WhatsApp number residents may use.
    const staff = await suite.visitor('staff');
    await firstStaffSignIn(staff.page, 'staf.capil', oneTime);
    await staff.page.getByRole('tab', { name: 'Layanan' }).click();
    const row = staff.page.locator('.staff-services li', { hasText: 'Perekaman dan pencetakan KTP-el' });
    await row.getByRole('button', { name: 'Ubah' }).click();
    await staff.page.getByLabel('Nomor WhatsApp (mis. +62811…)').fill('+628110000001');
    await staff.page.getByLabel('Loket', { exact: true }).fill('Loket 1–4');
    await screenshot(staff.page, 'services-staff-edit');
    await staff.page.getByRole('button', { name: 'Konfirmasi dan simpan' }).click();
    await row.getByText('dikonfirmasi', { exact: true }).waitFor();
    const token = await tokenOf('staf.capil');

    // Resident A (Indonesian) searches "KTP", reads the service and hands off to WhatsApp.
    const a = await suite.visitor('warga-a', LAPTOP);
    await enterCity(a.page, 'Daeng Ani');
    await a.context.route('https://wa.me/**', (route) => route.fulfill({ status: 200, body: 'WhatsApp' }));
    await findService(a.page, {
      open: 'Cari OPD',
      dialog: 'Pergi ke stan OPD',
      query: 'KTP',
      service: 'Perekaman dan pencetakan KTP-el',
    });
    const open = a.page.locator('details[open]');
    await open.getByText('Kartu Keluarga (KK)').waitFor();
    await open.getByText('Loket 1–4').waitFor();
    await screenshot(a.page, 'services-booth-ktp');
    const popup = a.page.waitForEvent('popup');
    await open.getByRole('link', { name: 'WhatsApp' }).click();
    await (await popup).close();
    await closePanel(a.page, 'Tutup');

    // Resident B (English) searches "birth certificate".
    const b = await suite.visitor('resident-b', LAPTOP);
    await b.page.getByText('English', { exact: true }).click();
    await enterCity(b.page, 'Rina');
    await findService(b.page, {
      open: 'Find an organisation',
      dialog: 'Go to a booth',
      query: 'birth certificate',
      service: 'Birth certificate',
    });
    await b.page.locator('details[open]').getByText('What to bring').waitFor();
    await screenshot(b.page, 'services-booth-birth-certificate-en');
    // Reports are batched for a few seconds: once B's open arrived, B may leave (saves the machine).
    await figuresWhen(token, (d) => d.opens >= 2);
    await b.close();

    // Resident A comes back for the birth certificate ("akta kelahiran"): the third open.
    await findService(a.page, {
      open: 'Cari OPD',
      dialog: 'Pergi ke stan OPD',
      query: 'akta kelahiran',
      service: 'Akta kelahiran',
    });
    await closePanel(a.page, 'Tutup');

    // The OPD's figures for today.
    expect(await figuresWhen(token, (d) => d.opens >= 3)).toMatchObject({
      opens: 3,
      visitors: 2,
      handoffs: 1,
    });

    // Staff see them as charts in the console; another OPD's staff are refused.
    await staff.page.getByRole('tab', { name: 'Kunjungan' }).click();
    await staff.page.locator('[data-stat="opens"] dd', { hasText: '3' }).waitFor();
    expect(await staff.page.locator('[data-stat="visitors"] dd').textContent()).toBe('2');
    expect(await staff.page.locator('[data-stat="handoffs"] dd').textContent()).toBe('1');
    await screenshot(staff.page, 'services-staff-visits');

    // Another OPD's staff (signed in through the API: one-time password, then their own) are refused.
    const first = await login('staf.dinkes', otherOneTime);
    const changed = await fetch(`${suite.server.url}/api/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${first}` },
      body: JSON.stringify({ currentPassword: otherOneTime, newPassword: NEW_PASSWORD }),
    });
    expect(changed.status).toBe(200);
    const denied = await analytics(await tokenOf('staf.dinkes'));
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ error: 'forbidden' });
  }, 600_000);
});
