// City plaza moderation in Chromium against the real server: a resident on a phone reports another's
// plaza line from the chat (report dialog: reason and note); a moderator (a real account from the
// admin CLI) signs in at /staff, sees the report with the line, mutes its sender (who is told, in
// Indonesian) and deletes the line, which disappears from both residents' chat. Screenshots of the
// report dialog on the phone, the moderator's view at 1280×800 and the muted resident's banner.
import { describe, expect, test } from 'vitest';
import { enterCity, waitForAvatar } from './cityPage.ts';
import { citySuite, firstStaffSignIn, LAPTOP, PHONE, runAdmin, screenshot } from './harness.ts';

const PORT = 2781;

const suite = citySuite(PORT, { SIMULATOR: 'off', CONNECTORS: 'off' });

describe('city moderation', () => {
  test('a resident reports a line; a moderator mutes the sender and deletes it everywhere', async () => {
    const created = await runAdmin(suite.server, ['user', 'create', 'moderator.kota', '--role', 'moderator']);
    const password = /\(shown once\): (\S+)/.exec(created)?.[1];
    if (!password) throw new Error(`no password in the admin output:\n${created}`);

    const rudi = await suite.visitor('rudi', LAPTOP);
    const tenri = await suite.visitor('tenri', PHONE);
    // One after the other: two software-WebGL worlds starting at once can starve the machine.
    await enterCity(rudi.page, 'Daeng Rudi');
    await enterCity(tenri.page, 'Andi Tenri');
    await waitForAvatar(tenri.page, 'Daeng Rudi');

    const line = `Dasar warga bodoh ${Date.now() % 100_000}`;
    const input = rudi.page.getByLabel('Tulis pesan');
    await input.fill(line);
    await input.press('Enter');

    // Tenri (phone: the chat starts folded) reports the line from the chat.
    await tenri.page.getByRole('button', { name: 'Obrolan' }).tap();
    const seen = tenri.page.getByRole('log').locator('li', { hasText: line });
    await seen.waitFor();
    await seen.getByRole('button', { name: 'Laporkan pesan dari Daeng Rudi' }).tap();
    const dialog = tenri.page.getByRole('dialog', { name: 'Laporkan ke moderator' });
    await dialog.waitFor();
    await dialog.getByLabel('Kata kasar atau menghina').check();
    await dialog.getByLabel('Keterangan (opsional)').fill('Menghina warga di plaza');
    await screenshot(tenri.page, 'city-report-dialog-phone');
    await dialog.getByRole('button', { name: 'Kirim laporan' }).tap();
    await tenri.page.getByText('Laporan terkirim.', { exact: false }).waitFor();

    // The moderator signs in and finds the report with the line.
    const mod = await suite.visitor('moderator');
    await firstStaffSignIn(mod.page, 'moderator.kota', password);
    await mod.page.getByRole('heading', { name: 'Moderasi plaza kota' }).waitFor();
    const report = mod.page.locator('.staff-report', { hasText: line });
    await report.waitFor();
    expect(await report.textContent()).toContain('Menghina warga di plaza');
    await screenshot(mod.page, 'city-moderation-staff');

    // Mute the sender for 10 minutes: Rudi is told and his next line is refused.
    await report.getByRole('button', { name: 'Tindak' }).click();
    await report.getByLabel('Durasi').selectOption('10');
    await report.getByLabel('Alasan (untuk log audit)').fill('menghina');
    await report.getByRole('button', { name: 'Bisukan' }).click();
    await mod.page.getByText('Daeng Rudi dibisukan.').waitFor();
    await rudi.page.getByText('Anda dibisukan oleh moderator', { exact: false }).waitFor();
    await screenshot(rudi.page, 'city-muted-banner');

    // Delete the line: gone from both residents' chat.
    await report.getByRole('button', { name: 'Hapus pesan' }).click();
    await mod.page.getByText('Pesan dihapus dari plaza.').waitFor();
    for (const v of [rudi, tenri]) {
      await v.page.getByRole('log').locator('li', { hasText: line }).waitFor({ state: 'detached' });
    }
    await mod.page.locator('.staff-mod-chat li', { hasText: line }).waitFor({ state: 'detached' });
    await mod.page.getByText('Dibisukan', { exact: true }).waitFor();
    await screenshot(mod.page, 'city-moderation-staff-after');
  }, 240_000);
});
