import { setTimeout as delay } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestJanus } from '../server/voice/janusTesting.ts';
import {
  type CityServer,
  firstStaffSignIn,
  LAPTOP,
  newVisitor,
  PHONE,
  runAdmin,
  screenshot,
  startServer,
  type Visitor,
} from './harness.ts';
import { janusEnv, launchFakeMediaBrowser, waitHall } from './voiceBrowser.ts';

const PORT = 2861;
const WAIT_MS = 60_000;
const TITLE = 'Dengar Pendapat Drainase Tamalate';
const janus = await startTestJanus(1);

type VoiceDiag = {
  availability: string;
  listen: string;
  speak: string;
  inBytes: number;
  inLevel: number;
  inSpeaking: number;
  outBytes: number;
};

const readVoice = (page: Page) =>
  page.evaluate(() => (window as unknown as { makaverseVoice?: VoiceDiag }).makaverseVoice ?? null);

async function waitVoice(page: Page, what: string, ok: (v: VoiceDiag) => boolean): Promise<VoiceDiag> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const v = await readVoice(page);
    if (v && ok(v)) return { ...v };
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await delay(100);
  }
}

/** Waits until the listener hears sound (some level > 0) — or, with `silent`, a 3 s stretch of none. */
async function waitHeard(page: Page, what: string, silent = false): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let quietSince = Date.now();
  for (;;) {
    const v = await readVoice(page);
    const loud = v !== null && (v.inLevel > 0.001 || v.inSpeaking > 0.001);
    if (!silent && loud) return;
    if (loud) quietSince = Date.now();
    if (silent && Date.now() - quietSince > 3000) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await delay(100);
  }
}

/** Generous: the third software-rendered hall on a loaded machine joins slowly. */
/** "Bicara", the Indonesian explanation, "Lanjutkan" (the fake media UI grants the microphone). */
async function speakUp(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Bicara/ }).dispatchEvent('click');
  await page.getByText('agar warga lain mendengar anda', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Lanjutkan' }).dispatchEvent('click');
  await waitVoice(page, 'on air, sending', (v) => v.speak === 'on' && v.outBytes > 0);
}

describe.skipIf(!janus)('live voice through Janus', () => {
  let server: CityServer;
  let browser: Browser;
  const open: Visitor[] = [];

  beforeAll(async () => {
    if (!janus) return;
    [server, browser] = await Promise.all([startServer(PORT, janusEnv(janus)), launchFakeMediaBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(open.map((v) => v.close()));
    await browser?.close();
    await server?.stop();
    await janus?.stop();
  });

  test('the host speaks, a phone listens, a resident given the floor is heard until it is taken back', async () => {
    const visitor = async (label: string, device = LAPTOP) => {
      const v = await newVisitor(browser, server, label, device);
      open.push(v);
      return v;
    };
    const created = await runAdmin(server, [
      'user',
      'create',
      'host.voice',
      '--role',
      'host',
      '--opd',
      'bappeda',
    ]);
    const password = /\(shown once\): (\S+)/.exec(created)?.[1];
    if (!password) throw new Error(`no password in the admin output:\n${created}`);

    // The host schedules a session, opens the hall and the session, and goes on air.
    const host = await visitor('host');
    await firstStaffSignIn(host.page, 'host.voice', password);
    await host.page.getByLabel('Judul').fill(TITLE);
    await host.page.getByLabel('Deskripsi').fill('Warga didengar langsung.');
    await host.page.getByRole('button', { name: 'Jadwalkan' }).click();
    await host.page.getByText(`Sesi “${TITLE}” terjadwal.`).waitFor();
    const [session] = (await (await fetch(`${server.url}/api/sessions`)).json()) as Array<{ link: string }>;
    await host.page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
    await waitHall(host.page, 3 * WAIT_MS);
    await host.page.getByRole('button', { name: 'Buka sesi' }).click();
    await host.page.getByText('LANGSUNG').first().waitFor();
    await waitVoice(host.page, 'voice ready for the host', (v) => v.availability === 'ready');
    await speakUp(host.page);

    // Ana, on a phone, follows the link and taps "Dengarkan": the host's beep reaches her.
    const ana = await visitor('ana', PHONE);
    await ana.page.goto(session?.link ?? '/');
    await ana.page.locator('input[name="name"]').fill('Ana');
    await ana.page.getByRole('button', { name: 'Masuk ke aula' }).tap();
    await waitHall(ana.page, 3 * WAIT_MS);
    // A trusted tap (the browser then lets the mix play); generous: the phone's page is starved of frames.
    await ana.page.getByRole('button', { name: /Dengarkan/ }).tap({ timeout: 3 * WAIT_MS });
    await waitVoice(ana.page, 'Ana listening, bytes arriving', (v) => v.listen === 'on' && v.inBytes > 0);
    await waitHeard(ana.page, "the host's voice at Ana's");
    await ana.page.getByText(/^Berbicara:/).waitFor();
    await screenshot(ana.page, 'voice-listener-phone');
    await screenshot(host.page, 'voice-host-on-air');

    // Budi has no right to speak: no "Bicara" for him.
    const budi = await visitor('budi');
    await budi.page.goto(session?.link ?? '/');
    await budi.page.locator('input[name="name"]').fill('Budi');
    await budi.page.getByRole('button', { name: 'Masuk ke aula' }).click();
    await waitHall(budi.page, 3 * WAIT_MS);
    await waitVoice(budi.page, 'voice ready for Budi', (v) => v.availability === 'ready');
    expect(await budi.page.getByRole('button', { name: /Bicara/ }).count()).toBe(0);

    // The host stops speaking: the mix goes silent at Ana's.
    // Three software-rendered halls starve the pages' frames: from here clicks are dispatched as DOM
    // click events (the same handlers), without waiting on Playwright's per-frame actionability checks.
    await host.page.getByRole('button', { name: 'Selesai bicara' }).dispatchEvent('click');
    await waitHeard(ana.page, 'silence after the host stopped', true);

    // Budi raises his hand, the host gives him the floor: he speaks and Ana hears him.
    await budi.page.getByRole('tab', { name: 'Angkat tangan' }).dispatchEvent('click');
    await budi.page.getByRole('button', { name: 'Angkat tangan' }).dispatchEvent('click');
    const queue = host.page.locator('section', { hasText: 'Antrean angkat tangan' }).last();
    await queue.getByText('Budi').waitFor();
    await queue.getByRole('button', { name: 'Beri kesempatan' }).dispatchEvent('click');
    await speakUp(budi.page);
    await waitHeard(ana.page, "Budi's voice at Ana's");
    await screenshot(budi.page, 'voice-resident-floor');

    // The host takes the floor back: Janus drops Budi at once and the mix is silent again.
    await host.page.getByRole('button', { name: 'Akhiri giliran' }).dispatchEvent('click');
    await waitVoice(budi.page, 'Budi off the air', (v) => v.speak === 'revoked');
    await budi.page.getByText('Giliran bicara Anda sudah selesai.').waitFor();
    await waitHeard(ana.page, 'silence after the floor was taken back', true);

    // The end of the session closes the media room: Ana's listening stops.
    await host.page.getByRole('button', { name: 'Akhiri sesi' }).dispatchEvent('click');
    await host.page.getByRole('button', { name: 'Ya, akhiri' }).dispatchEvent('click');
    await waitVoice(ana.page, "Ana's listening ended", (v) => v.listen !== 'on');
    for (const v of open) expect(v.pageErrors, `${v.label}: uncaught errors`).toEqual([]);
    for (const v of open) expect(v.cspViolations, `${v.label}: CSP violations`).toEqual([]);
  }, 400_000);
});
