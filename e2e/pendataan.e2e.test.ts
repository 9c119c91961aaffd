// The field app on a phone, as an RT head uses it: activate with the code from the roster sheet, go
// offline, fill three households (two into the outbox, one left as a draft), reload while offline —
// everything is still there — then back online: exactly three records are stored, once, even after a
// forced resend. Staff set-up goes through the admin CLI and the staff API, as an OPD would.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CityServer, launchBrowser, PHONE, runAdmin, screenshot, startServer } from './harness.ts';

const PORT = 2801;
const WAIT_MS = 20_000;
const KEL = '73.71.01.1001';

let server: CityServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let staffToken = '';
let campaignId = 0;
let code = '';
let staffPassword = '';

async function api(
  method: string,
  path: string,
  body?: unknown,
  type = 'application/json',
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${staffToken}`,
      ...(body === undefined ? {} : { 'content-type': type }),
    },
    body:
      body === undefined
        ? undefined
        : type === 'application/json'
          ? JSON.stringify(body)
          : (body as BodyInit),
  });
}

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
  const password = /\(shown once\): (\S+)/.exec(created)?.[1] ?? '';
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'ani.dinsos', password }),
  });
  // The CLI's password is one-time: replaced before anything else (the staff console does the same).
  staffPassword = 'sandi-baru-ani-dinsos-2027';
  const changed = await fetch(`${server.url}/api/auth/password`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${((await login.json()) as { token: string }).token}`,
    },
    body: JSON.stringify({ currentPassword: password, newPassword: staffPassword }),
  });
  staffToken = ((await changed.json()) as { token: string }).token;
  const xlsx = readFileSync(
    join(import.meta.dirname, '..', 'server', 'pendataan', 'fixtures', 'keluarga.xlsx'),
  );
  const form = (await (
    await api('POST', '/api/staff/pendataan/dinsos/forms', new Uint8Array(xlsx), 'application/octet-stream')
  ).json()) as {
    id: number;
  };
  await api('POST', `/api/staff/pendataan/dinsos/forms/${form.id}/publish`);
  const campaign = await api('POST', '/api/staff/pendataan/dinsos/campaigns', {
    formKey: 'keluarga-bansos',
    title: 'Pendataan Keluarga 2027',
    scope: ['73.71.01'],
    startsAt: Date.now() - 86_400_000,
    deadlineAt: Date.now() + 20 * 86_400_000,
    targetPerRt: 5,
  });
  campaignId = ((await campaign.json()) as { id: number }).id;
  const roster = join(server.dbPath, '..', 'roster.csv');
  writeFileSync(
    roster,
    `nama,telepon,kode_kelurahan,rw,rt,peran\nDaeng Tata,081234567001,${KEL},1,1,ketua_rt\nBu Rahma,081234567002,${KEL},1,2,ketua_rt\n`,
  );
  const imported = await runAdmin(server, ['surveyor', 'import', roster]);
  code = /Daeng Tata\t([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(imported)?.[1] ?? '';
  expect(code).not.toBe('');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const counts = (page: Page) =>
  page.evaluate(() => window.makaversePendataan?.counts ?? {}) as Promise<Record<string, number>>;

async function waitCounts(page: Page, want: Record<string, number>): Promise<void> {
  await page.waitForFunction(
    (w) => {
      const c = window.makaversePendataan?.counts as Record<string, number> | undefined;
      return !!c && Object.entries(w).every(([k, v]) => c[k] === v);
    },
    want,
    { timeout: WAIT_MS },
  );
}

async function fillHousehold(page: Page, i: number): Promise<void> {
  await page.getByRole('button', { name: 'Isi baru' }).click();
  await page.locator('input[name="no_kk"]').fill(`737101010120000${i}`);
  await page.locator('input[name="nik_kepala"]').fill(`737101170890000${i}`);
  await page.locator('input[name="nama_kepala"]').fill(`Kepala Keluarga ${i}`);
  await page.locator('input[name="jumlah_anggota"]').fill(String(3 + i));
  await page.locator('select[name="terima_pkh"]').selectOption('ya');
  // "Show only if" PKH = ya: the other aid question appears.
  await page.locator('input[name="jenis_bantuan"][value="bpnt"]').check();
  await page.locator('select[name="kondisi_rumah"]').selectOption('layak');
  await page.locator('input[name="tanggal"]').fill('2027-03-02');
}

async function storedRecords(): Promise<number> {
  const res = await api(
    'GET',
    `/api/staff/pendataan/dinsos/campaigns/${campaignId}/submissions?status=submitted`,
  );
  return ((await res.json()) as { records: unknown[] }).records.length;
}

describe('pendataan field app', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  test('activates, collects three households offline and syncs each once', async () => {
    context = await browser.newContext({ ...PHONE, baseURL: server.url, locale: 'id-ID' });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`/pendataan/#kode=${code}`);
    await expect.poll(() => page.locator('input[name="code"]').inputValue()).toBe(code);
    await screenshot(page, 'pendataan-phone-activate');
    await page.getByRole('button', { name: 'Aktifkan' }).click();
    await page.getByText('Formulir tugas').waitFor();
    await page.getByText('Daeng Tata').waitFor();
    // The service worker holds the app shell before the phone goes offline.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: WAIT_MS,
    });

    await context.setOffline(true);
    await fillHousehold(page, 1);
    await screenshot(page, 'pendataan-phone-form');
    await page.getByRole('button', { name: 'Masukkan ke kotak kirim' }).click();
    await fillHousehold(page, 2);
    await page.getByRole('button', { name: 'Masukkan ke kotak kirim' }).click();
    await fillHousehold(page, 3);
    await page.getByRole('button', { name: 'Kembali' }).click();
    await waitCounts(page, { outbox: 2, draft: 1, sent: 0 });
    await page.getByText('0 terkirim, 2 menunggu').waitFor();
    await screenshot(page, 'pendataan-phone-offline');

    await page.reload();
    await page.getByText('0 terkirim, 2 menunggu').waitFor();
    expect(await counts(page)).toMatchObject({ outbox: 2, draft: 1 });
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect.poll(() => page.locator('input[name="nama_kepala"]').inputValue()).toBe('Kepala Keluarga 3');
    await page.getByRole('button', { name: 'Masukkan ke kotak kirim' }).click();
    await waitCounts(page, { outbox: 3, draft: 0 });
    expect(await storedRecords()).toBe(0);

    // Back online, the app sends its outbox by itself.
    await context.setOffline(false);
    await waitCounts(page, { outbox: 0, sent: 3 });
    await page.getByText('3 terkirim, 0 menunggu').waitFor();
    await screenshot(page, 'pendataan-phone-synced');
    expect(await storedRecords()).toBe(3);

    // A forced resend of everything the phone holds stores nothing new.
    const resent = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('makaverse-pendataan');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const read = <T>(store: string, act: (s: IDBObjectStore) => IDBRequest) =>
        new Promise<T>((resolve) => {
          const req = act(db.transaction(store).objectStore(store));
          req.onsuccess = () => resolve(req.result as T);
        });
      const token = await read<string>('kv', (s) => s.get('token'));
      const records = await read<Array<Record<string, unknown>>>('records', (s) => s.getAll());
      const submissions = records.map((r) => ({
        clientId: r.clientId,
        campaignId: r.campaignId,
        formId: r.formId,
        kelurahan: r.kelurahan,
        rw: r.rw,
        rt: r.rt,
        answers: r.answers,
        practice: r.practice,
        revision: r.revision,
        submittedAt: r.updatedAt,
      }));
      const res = await fetch('/api/pendataan/sync', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ submissions }),
      });
      return ((await res.json()) as { results: Array<{ outcome: string }> }).results.map((r) => r.outcome);
    });
    expect(resent).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await storedRecords()).toBe(3);
    expect(errors).toEqual([]);
  });

  test('a record returned by the OPD comes back to the phone with the comment', async () => {
    const queue = await api('GET', `/api/staff/pendataan/dinsos/campaigns/${campaignId}/submissions`);
    const [first] = ((await queue.json()) as { records: Array<{ id: number }> }).records;
    const returned = await api('POST', `/api/staff/pendataan/dinsos/submissions/${first?.id}/review`, {
      decision: 'return',
      comment: 'Jumlah anggota keluarga perlu dicek ulang',
    });
    expect(returned.status).toBe(200);
    await page.reload();
    await page.getByText('Jumlah anggota keluarga perlu dicek ulang').waitFor();
    await waitCounts(page, { returned: 1, sent: 2 });
    await screenshot(page, 'pendataan-phone-returned');
    await page.getByRole('button', { name: 'Perbaiki' }).click();
    await page.locator('input[name="jumlah_anggota"]').fill('7');
    await page.getByRole('button', { name: 'Masukkan ke kotak kirim' }).click();
    await waitCounts(page, { returned: 0, outbox: 0, sent: 3 });
    expect(await storedRecords()).toBe(3);
    await context.close();
    expect(errors).toEqual([]);
  });

  test('the OPD reviews in the staff console and sees coverage by region', async () => {
    const queue = await api('GET', `/api/staff/pendataan/dinsos/campaigns/${campaignId}/submissions`);
    const records = ((await queue.json()) as { records: Array<{ id: number }> }).records;
    for (const r of records.slice(1))
      await api('POST', `/api/staff/pendataan/dinsos/submissions/${r.id}/review`, { decision: 'accept' });
    const staff = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      baseURL: server.url,
      locale: 'id-ID',
    });
    const console_ = await staff.newPage();
    console_.setDefaultTimeout(WAIT_MS);
    console_.on('pageerror', (e) => errors.push(e.message));
    await console_.goto('/staff');
    await console_.getByLabel('Nama pengguna').fill('ani.dinsos');
    await console_.getByLabel('Kata sandi').fill(staffPassword);
    await console_.getByRole('button', { name: 'Masuk' }).click();
    await console_.getByRole('tab', { name: 'Pendataan' }).click();
    await console_.getByText('Kec. Mariso').waitFor();
    // Two RTs in the roster; RT 1 has accepted records.
    await console_.locator('tr[data-level="kota"]').getByText('1/2 (50%)').waitFor();
    await screenshot(console_, 'pendataan-staff-progress');
    await console_.getByRole('tab', { name: 'Tinjauan' }).click();
    await console_
      .getByText(/7371\*{8}000\d/)
      .first()
      .waitFor();
    await screenshot(console_, 'pendataan-staff-review');
    await staff.close();
    expect(errors).toEqual([]);
  });
});
