// The host's camera, captions and the recording end to end: Chromium with fake media devices (a
// moving test pattern, a speech-like tone: fakeVoice.ts) against the real server and a real Janus (started by this
// test from ops/janus/). The host consents to recording and speaks: a resident sees the caption of
// whom Janus hears talking (gone while the host's microphone is off, though the host may still speak)
// and the "Direkam" mark, and his volume and mute survive a reload; the host shows their camera on the big screen and
// the resident's hall screen plays it (frames decoded, a picture of non-zero width); a resident asking
// the server for the camera is refused, and Janus refuses his hand-crafted publisher join; the host
// ends the session and the minutes link an Ogg Opus file that decodes to sound of non-zero length.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from '@colyseus/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { JanusRefused, JanusSignal } from '../client/net/janusSignal.ts';
import { startTestJanus } from '../server/voice/janusTesting.ts';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';
import type { RecordingInfo } from '../shared/session/record.ts';
import type { VoiceReply } from '../shared/session/voice.ts';
import {
  type CityServer,
  firstStaffSignIn,
  LAPTOP,
  newVisitor,
  runAdmin,
  screenshot,
  startServer,
  type Visitor,
} from './harness.ts';
import { janusEnv, launchFakeMediaBrowser, waitHall } from './voiceBrowser.ts';

const PORT = 2881;
const WAIT_MS = 60_000;
const TITLE = 'Dengar Pendapat Kamera Tallo';
const janus = await startTestJanus(4);

type Diag = Record<string, number | string>;
const read = (page: Page, name: 'makaverseVoice' | 'makaverseCamera') =>
  page.evaluate(
    (n) => ((window as unknown as Record<string, Diag | undefined>)[n] ?? null) as Diag | null,
    name,
  );

async function waitDiag(
  page: Page,
  name: 'makaverseVoice' | 'makaverseCamera',
  what: string,
  ok: (d: Diag) => boolean,
) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const d = await read(page, name);
    if (d && ok(d)) return { ...d };
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(d)}`);
    await delay(100);
  }
}

describe.skipIf(!janus)('camera, captions and recording through Janus', () => {
  let server: CityServer;
  let browser: Browser;
  const open: Visitor[] = [];

  beforeAll(async () => {
    if (!janus) return;
    [server, browser] = await Promise.all([
      startServer(PORT, {
        ...janusEnv(janus),
        VOICE_RECORDINGS_DIR: mkdtempSync(join(tmpdir(), 'makaverse-e2e-rec-')),
      }),
      launchFakeMediaBrowser(),
    ]);
  });
  afterAll(async () => {
    await Promise.all(open.map((v) => v.close()));
    await browser?.close();
    await server?.stop();
    await janus?.stop();
  });

  test('the host records, speaks and shows the camera; a resident sees and hears it but cannot publish', async () => {
    const created = await runAdmin(server, [
      'user',
      'create',
      'host.kamera',
      '--role',
      'host',
      '--opd',
      'bappeda',
    ]);
    const password = /\(shown once\): (\S+)/.exec(created)?.[1];
    if (!password) throw new Error(`no password in the admin output:\n${created}`);
    const host = await newVisitor(browser, server, 'host', LAPTOP);
    open.push(host);
    await firstStaffSignIn(host.page, 'host.kamera', password);
    await host.page.getByLabel('Judul').fill(TITLE);
    await host.page.getByLabel('Deskripsi').fill('Kamera dan rekaman.');
    await host.page.getByRole('button', { name: 'Jadwalkan' }).click();
    await host.page.getByText(`Sesi “${TITLE}” terjadwal.`).waitFor();
    const [session] = (await (await fetch(`${server.url}/api/sessions`)).json()) as Array<{
      id: string;
      link: string;
    }>;
    if (!session) throw new Error('no session listed');
    await host.page.getByRole('link', { name: 'Buka aula sebagai host' }).first().click();
    await waitHall(host.page, 3 * WAIT_MS);
    await host.page.getByRole('button', { name: 'Buka sesi' }).click();
    await host.page.getByText('LANGSUNG').first().waitFor();
    await waitDiag(host.page, 'makaverseVoice', 'voice ready', (v) => v.availability === 'ready');

    // Consent to record, then speak (the fake microphone's beep).
    await host.page.getByLabel('Rekam suara sesi').dispatchEvent('click');
    await host.page.getByText('Direkam').waitFor();
    await host.page.getByRole('button', { name: /Bicara/ }).dispatchEvent('click');
    await host.page.getByRole('button', { name: 'Lanjutkan' }).dispatchEvent('click');
    await waitDiag(
      host.page,
      'makaverseVoice',
      'host on air',
      (v) => v.speak === 'on' && Number(v.outBytes) > 0,
    );

    // Rudi, a resident, is told the session is recorded and sees who Janus hears talking.
    const rudi = await newVisitor(browser, server, 'rudi', LAPTOP);
    open.push(rudi);
    await rudi.page.goto(session.link);
    await rudi.page.locator('input[name="name"]').fill('Rudi');
    await rudi.page.getByRole('button', { name: 'Masuk ke aula' }).click();
    await waitHall(rudi.page, 3 * WAIT_MS);
    await rudi.page.getByText('Direkam').waitFor();
    const caption = rudi.page.getByText(/^Berbicara: /);
    await caption.waitFor({ timeout: WAIT_MS });
    // The caption follows what Janus hears, not who may speak: the host turns the microphone off
    // (still on air, still allowed) and the caption goes; on again, it comes back.
    await host.page.getByRole('button', { name: 'Matikan mikrofon' }).dispatchEvent('click');
    await caption.waitFor({ state: 'hidden', timeout: WAIT_MS });
    await host.page.getByRole('button', { name: 'Nyalakan mikrofon' }).dispatchEvent('click');
    await caption.waitFor({ timeout: WAIT_MS });

    // Rudi listens quieter and muted; after a reload his page remembers both.
    await rudi.page.getByRole('button', { name: /Dengarkan/ }).click();
    await rudi.page.getByLabel('Volume').fill('0.4');
    await rudi.page.getByRole('button', { name: 'Bisukan' }).click();
    await rudi.page.reload();
    await rudi.page.locator('input[name="name"]').fill('Rudi');
    await rudi.page.getByRole('button', { name: 'Masuk ke aula' }).click();
    await waitHall(rudi.page, 3 * WAIT_MS);
    await rudi.page.getByRole('button', { name: /Dengarkan/ }).click();
    await rudi.page.getByRole('button', { name: 'Nyalakan suara' }).waitFor();
    expect(await rudi.page.getByLabel('Volume').inputValue()).toBe('0.4');

    // The host shows the camera: Rudi's hall screen plays it.
    await host.page.getByRole('button', { name: 'Kamera', exact: true }).dispatchEvent('click');
    await host.page.getByRole('button', { name: 'Tampilkan kamera saya di layar' }).dispatchEvent('click');
    await waitDiag(
      host.page,
      'makaverseCamera',
      'camera on air',
      (c) => c.camera === 'on' && Number(c.outBytes) > 0,
    );
    const first = await waitDiag(
      rudi.page,
      'makaverseCamera',
      'camera at Rudi',
      (c) => c.watch === 'on' && Number(c.frames) > 0,
    );
    const later = await waitDiag(
      rudi.page,
      'makaverseCamera',
      'frames moving and shown',
      (c) => Number(c.frames) > Number(first.frames) + 5 && Number(c.width) > 0 && Number(c.shownWidth) > 0,
    );
    expect(later.shownWidth).toBe(later.width);
    await screenshot(rudi.page, 'voice-camera-hall');

    // A resident asking for the camera himself is refused by the server; Janus refuses his
    // hand-crafted publisher join even with the room and pin every watcher is given.
    const client = new Client(server.url);
    const room = await client.joinOrCreate('session', {
      sessionId: session.id,
      name: 'Penyusup',
      color: '#336699',
      visitorId: 'penyusup-kamera-0001',
      protocol: PROTOCOL_VERSION,
    });
    const replies: VoiceReply[] = [];
    room.onMessage('voice', (r: VoiceReply) => replies.push(r));
    room.onMessage('*', () => {});
    const answer = async (want: 'camera' | 'watch', kind: VoiceReply['kind']) => {
      room.send('voice', { want });
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        const r = replies.find((x) => x.kind === kind);
        if (r) return r;
        if (Date.now() > deadline) throw new Error(`no ${kind} reply; got ${JSON.stringify(replies)}`);
        await delay(50);
      }
    };
    expect(await answer('camera', 'refused')).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
      want: 'camera',
    });
    const ticket = await answer('watch', 'watch');
    if (ticket.kind !== 'watch') throw new Error('no watch ticket');
    const signal = new JanusSignal();
    await signal.connect(ticket.url);
    const handle = await signal.attach('janus.plugin.videoroom', () => {});
    await expect(
      signal.message(handle, {
        request: 'join',
        ptype: 'publisher',
        room: ticket.room,
        pin: ticket.pin,
        id: 77,
      }),
    ).rejects.toBeInstanceOf(JanusRefused);
    signal.close();
    await room.leave(true);

    // The host ends the session: the minutes link the recording, which decodes to sound.
    await host.page.getByRole('button', { name: 'Akhiri sesi' }).dispatchEvent('click');
    await host.page.getByRole('button', { name: 'Ya, akhiri' }).dispatchEvent('click');
    const token = await host.page.evaluate(
      () =>
        JSON.parse(sessionStorage.getItem('makaverse.staff-session') ?? '{}').state?.session?.token as string,
    );
    let audio: RecordingInfo | undefined;
    const deadline = Date.now() + WAIT_MS;
    while (!audio?.files.length && Date.now() < deadline) {
      const res = await fetch(`${server.url}/api/sessions/${session.id}/record?format=json`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.ok) audio = ((await res.json()) as { audio?: RecordingInfo }).audio;
      if (!audio?.files.length) await delay(200);
    }
    expect(audio?.note).toBeNull();
    const file = audio?.files[0];
    expect(file?.durationMs).toBeGreaterThan(0);
    const md = await (
      await fetch(`${server.url}/api/sessions/${session.id}/record?format=md`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    expect(md).toContain(`](${file?.url})`);
    const decoded = await host.page.evaluate(
      async ({ url, token }) => {
        const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        const bytes = await res.arrayBuffer();
        const buffer = await new OfflineAudioContext(1, 48_000, 48_000).decodeAudioData(bytes);
        let peak = 0;
        for (const x of buffer.getChannelData(0)) peak = Math.max(peak, Math.abs(x));
        return { type: res.headers.get('content-type'), duration: buffer.duration, peak };
      },
      { url: `${server.url}${file?.url}`, token },
    );
    expect(decoded.type).toMatch(/^audio\/ogg/);
    expect(decoded.duration).toBeGreaterThan(0);
    expect(decoded.peak).toBeGreaterThan(0.01);
    for (const v of open) expect(v.pageErrors, `${v.label}: uncaught errors`).toEqual([]);
    for (const v of open) expect(v.cspViolations, `${v.label}: CSP violations`).toEqual([]);
  }, 400_000);
});
