// What the live-voice browser tests share (voice.e2e.test.ts, voiceCamera.e2e.test.ts): the server's
// Janus settings, Chromium with a fake microphone and camera that "speaks" (fakeVoice.ts), and the
// wait for the session hall to be entered. Runs in Node (browser tests).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import type { TestJanus } from '../server/voice/janusTesting.ts';
import { writeFakeVoice } from './fakeVoice.ts';

/** The environment that points a test server at `janus`. */
export const janusEnv = (janus: TestJanus): Record<string, string> => ({
  SIMULATOR: 'off',
  CONNECTORS: 'off',
  JANUS_URL: janus.url,
  JANUS_PUBLIC_URL: janus.publicUrl,
  JANUS_ADMIN_KEY: janus.adminKey,
});

/** Chromium granting media without asking, its fake microphone playing a speech-like signal. */
export function launchFakeMediaBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      // Speech-like and loud enough for Janus's talking detection (the caption).
      `--use-file-for-fake-audio-capture=${writeFakeVoice(mkdtempSync(join(tmpdir(), 'makaverse-tone-')))}`,
    ],
  });
}

/** Waits until the page shows a session's hall, connected (window.makaverse). */
export async function waitHall(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { makaverse?: { ready: boolean; place: string; connection: string } })
        .makaverse;
      return m?.ready && m.place === 'session' && m.connection === 'connected';
    },
    null,
    { timeout: timeoutMs, polling: 200 },
  );
}
