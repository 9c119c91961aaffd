// A public session end to end in Chromium against the real server: a host (a real account from the
// admin CLI) signs in at /staff, schedules a session, opens the hall as host, opens the session,
// uploads a PDF (rendered to slide images by pdf.js in the browser) and shows it, opens the ready poll
// "Apakah Anda tahu Makaverse?"; two residents (laptop and phone) follow the shared link, vote, and the
// host sees both votes; a resident's raised hand appears in the host's queue; an anonymous question
// waits for moderation, is approved and upvoted once; the host shows a live HLS
// stream (the ffmpeg-made fixture, served from another origin) and it plays for a resident; the host
// ends the session and the minutes hold the poll and the hand. Screenshots of every step.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { citySuite, LAPTOP, PHONE, runAdmin, screenshot } from './harness.ts';

const PORT = 2741;
const WAIT_MS = 30_000;
const SLIDES_PDF = join(import.meta.dirname, 'fixtures', 'slides.pdf');
const HLS_DIR = join(import.meta.dirname, 'fixtures', 'hls');
const HLS_TYPES: Record<string, string> = { m3u8: 'application/vnd.apple.mpegurl', m2ts: 'video/mp2t' };
const TITLE = 'Musrenbang Kecamatan Tamalate 2027';

/** The HLS fixture's own port; the server's CSP allows its origin for video (MEDIA_ORIGINS). */
const STREAM_PORT = PORT + 1 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const STREAM_ORIGIN = `http://127.0.0.1:${STREAM_PORT}`;

const suite = citySuite(PORT, { SIMULATOR: 'off', CONNECTORS: 'off', MEDIA_ORIGINS: STREAM_ORIGIN });

/** The HLS fixture on its own origin (as a broadcaster's stream would be), with CORS for hls.js. */
const stream = createServer(async (req, res) => {
  const name = (req.url ?? '').replace(/^\//, '');
  const type = HLS_TYPES[name.split('.').pop() ?? ''];
  if (!type || name.includes('/')) return void res.writeHead(404).end();
  const body = await readFile(join(HLS_DIR, name)).catch(() => null);
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
});
beforeAll(() => new Promise<void>((done) => stream.listen(STREAM_PORT, '127.0.0.1', done)));
afterAll(() => new Promise<void>((done) => stream.close(() => done())));

type HallSnapshot = {
  ready: boolean;
  connection: string;
  place: string;
  stage: { mode: string; page: number; pages: number; shown: string } | null;
};

/** Polls window.makaverse until `ok` holds for its hall fields. */
async function waitForHall(
  page: Page,
  what: string,
  ok: (m: HallSnapshot) => boolean,
): Promise<HallSnapshot> {
  const deadline = Date.now() + WAIT_MS;
  let last: HallSnapshot | null = null;
  for (;;) {
    last = await page.evaluate(() => {
      const m = (window as unknown as { makaverse?: HallSnapshot }).makaverse;
      return m
        ? { ready: m.ready, connection: m.connection, place: m.place, stage: m.stage && { ...m.stage } }
        : null;
    });
    if (last && ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await page.waitForTimeout(100);
  }
}

/** The lobby of a session link: name, enter, then the hall joined. */
async function enterHall(page: Page, name: string): Promise<void> {
  await page.getByText(`Anda akan bergabung ke:`).waitFor();
  await page.locator('input[name="name"]').fill(name);
  await page.getByRole('button', { name: 'Masuk ke aula' }).click();
  await waitForHall(
    page,
    `${name} in the hall`,
    (m) => m.ready && m.place === 'session' && m.connection === 'connected',
  );
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

describe('public session', () => {
  test('a host schedules and runs a session; residents vote and raise hands', async () => {
    const created = await runAdmin(suite.server, [
      'user',
      'create',
      'host.bappeda',
      '--role',
      'host',
      '--opd',
      'bappeda',
    ]);
    const password = /\(shown once\): (\S+)/.exec(created)?.[1];
    if (!password) throw new Error(`no password in the admin output:\n${created}`);

    // The host signs in at the staff console and schedules the session.
    const host = await suite.visitor('host');
    await host.page.goto('/staff');
    await host.page.getByLabel('Nama pengguna').fill('host.bappeda');
    await host.page.getByLabel('Kata sandi').fill(password);
    await host.page.getByRole('button', { name: 'Masuk' }).click();
    // A one-time password from the admin CLI: replaced first.
    await host.page.getByLabel('Kata sandi saat ini').fill(password);
    await host.page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-host-bappeda-2026');
    await host.page.getByLabel('Ulangi kata sandi baru').fill('sandi-host-bappeda-2026');
    await host.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await host.page.getByLabel('Judul').fill(TITLE);
    await host.page.getByLabel('Deskripsi').fill('Usulan prioritas pembangunan dari warga Tamalate.');
    await host.page
      .getByLabel('Agenda (satu butir per baris)')
      .fill('Pembukaan\nUsulan warga\nPenetapan prioritas');
    await host.page.getByRole('button', { name: 'Jadwalkan' }).click();
    await host.page.getByText(`Sesi “${TITLE}” terjadwal.`).waitFor();
    await screenshot(host.page, 'session-host-scheduled');
    const [session] = (await (await fetch(`${suite.server.url}/api/sessions`)).json()) as Array<{
      id: string;
      link: string;
    }>;
    expect(session?.link).toBe(`/?session=${session?.id}`);

    // Into the hall as host (same tab: the sign-in comes along), open the session, show a PDF.
    // Straight into the hall, no lobby: the name comes from the staff account, Panggung is open.
    await host.page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
    await waitForHall(
      host.page,
      'the host in the hall',
      (m) => m.ready && m.place === 'session' && m.connection === 'connected',
    );
    await host.page.getByRole('tab', { name: 'Panggung', selected: true }).waitFor();
    await host.page.getByRole('button', { name: 'Buka sesi' }).click();
    await host.page.getByText('LANGSUNG').first().waitFor();
    await host.page.getByRole('button', { name: 'Slide', exact: true }).click();
    await host.page.locator('input[type="file"]').setInputFiles(SLIDES_PDF);
    await host.page.getByText('(2 halaman)', { exact: false }).first().waitFor();
    await host.page.getByRole('button', { name: 'Tampilkan' }).first().click();
    await waitForHall(
      host.page,
      'the slide shown',
      (m) => m.stage?.mode === 'slides' && m.stage.shown === 'shown',
    );
    await host.page.getByRole('button', { name: 'Halaman berikutnya' }).first().click();
    await waitForHall(host.page, 'page 2 shown', (m) => m.stage?.page === 1 && m.stage.shown === 'shown');
    // The template is a preview in the form; nothing opens until "Buka jajak pendapat".
    await host.page.getByRole('button', { name: /Pakai templat/ }).click();
    await host.page.getByText('Templat dimuat di formulir di bawah', { exact: false }).waitFor();
    expect(await host.page.getByText('Hitungan langsung').count()).toBe(0);
    await host.page.getByRole('button', { name: 'Buka jajak pendapat' }).click();
    await host.page.getByText('Hitungan langsung').waitFor();

    // Two residents follow the link, see the same page, and vote.
    const link = `${suite.server.url}${session?.link}`;
    const ana = await suite.visitor('ana', LAPTOP);
    const budi = await suite.visitor('budi', PHONE);
    for (const [resident, name] of [
      [ana, 'Ana'],
      [budi, 'Budi'],
    ] as const) {
      await resident.page.goto(link);
      await enterHall(resident.page, name);
      await waitForHall(
        resident.page,
        `${name} sees page 2`,
        (m) => m.stage?.page === 1 && m.stage.mode === 'slides',
      );
    }
    await openTab(ana.page, 'Jajak');
    await ana.page.getByLabel('Tahu', { exact: true }).check();
    await ana.page.getByRole('button', { name: 'Kirim pilihan' }).click();
    await ana.page.getByText('Terima kasih, pilihan Anda tercatat.').waitFor();
    await openTab(budi.page, 'Jajak');
    await budi.page.getByLabel('Ingin tahu', { exact: true }).check();
    await budi.page.getByRole('button', { name: 'Kirim pilihan' }).click();
    await budi.page.getByText('Terima kasih, pilihan Anda tercatat.').waitFor();
    await screenshot(budi.page, 'session-resident-phone-voted');
    await host.page.getByText('2 pemilih').first().waitFor();
    await screenshot(host.page, 'session-host-poll');

    // Budi raises his hand; the host sees him in the queue.
    await openTab(budi.page, 'Angkat tangan');
    await budi.page.getByLabel('Yang ingin Anda sampaikan (opsional)').fill('Drainase Jl. Daeng Tata');
    await budi.page.getByRole('button', { name: 'Angkat tangan' }).click();
    await budi.page.getByText(/urutan ke-1/).waitFor();
    const queue = host.page.locator('section', { hasText: 'Antrean angkat tangan' }).last();
    await queue.getByText('Budi').waitFor();
    await queue.getByText('Drainase Jl. Daeng Tata').waitFor();
    await screenshot(host.page, 'session-host-hand');
    await screenshot(ana.page, 'session-resident-laptop');

    // Ana asks anonymously; the question waits for moderation; the host approves it; Budi upvotes it.
    const question = 'Kapan drainase Jl. Daeng Tata diperbaiki?';
    await openTab(ana.page, 'Tanya');
    await ana.page.getByLabel('Pertanyaan Anda').fill(question);
    await ana.page.getByLabel('Kirim sebagai Warga (anonim)').check();
    await ana.page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    await ana.page.getByText('menunggu persetujuan').waitFor();
    await openTab(host.page, 'Moderasi');
    const pending = host.page.locator('section', { hasText: 'Pertanyaan menunggu' }).last();
    await pending.getByText(question).waitFor();
    await pending.getByRole('button', { name: 'Setujui' }).click();
    await openTab(budi.page, 'Tanya');
    const approved = budi.page.locator('li', { hasText: question });
    await approved.getByText('Warga').waitFor();
    await approved.getByRole('button', { name: 'Dukung pertanyaan ini' }).click();
    await approved.getByRole('button', { name: 'Sudah didukung' }).waitFor();
    await ana.page.locator('li', { hasText: question }).getByText('1', { exact: true }).waitFor();
    await screenshot(budi.page, 'session-resident-phone-questions');
    await screenshot(host.page, 'session-host-moderation');

    // The host puts the live stream on the screen; the residents' screens play it.
    await openTab(host.page, 'Panggung');
    await host.page.getByRole('button', { name: 'Video', exact: true }).click();
    await host.page.getByLabel('Alamat siaran (HLS .m3u8)').fill(`${STREAM_ORIGIN}/live.m3u8`);
    await host.page.getByRole('button', { name: 'Tampilkan' }).click();
    await waitForHall(
      ana.page,
      'the stream playing',
      (m) => m.stage?.mode === 'video' && m.stage.shown === 'shown',
    );
    await ana.page.waitForTimeout(2500); // a few software-rendered frames of the stream, for the picture
    await screenshot(ana.page, 'session-resident-video');

    // The host ends the session: the minutes hold the poll and the hand.
    await host.page.getByRole('button', { name: 'Akhiri sesi' }).click();
    await host.page.getByRole('button', { name: 'Ya, akhiri' }).click();
    const token = await host.page.evaluate(
      () =>
        JSON.parse(sessionStorage.getItem('makaverse.staff-session') ?? '{}').state?.session?.token as string,
    );
    let record: {
      polls: Array<{ tallies: number[]; voters: number }>;
      hands: Array<{ name: string }>;
    } | null = null;
    const deadline = Date.now() + WAIT_MS;
    while (!record && Date.now() < deadline) {
      const res = await fetch(`${suite.server.url}/api/sessions/${session?.id}/record?format=json`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.ok) record = await res.json();
      else await new Promise((r) => setTimeout(r, 200));
    }
    expect(record?.polls[0]).toMatchObject({ tallies: [1, 1, 0], voters: 2 });
    expect(record?.hands.map((h) => h.name)).toContain('Budi');
  }, 300_000);
});
