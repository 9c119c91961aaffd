// The city page from tests: the lobby's one-tap entry, and waiting on `window.makaverse` (the public
// diagnostics contract, DESIGN.md "Public contracts") — tests synchronise by polling it, never by
// sleeping. Runs in Node (vitest project 'e2e'); the page side is the built client.
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';

/** Generous: software WebGL on a loaded 2-core machine. */
const WAIT_MS = 30_000;
const POLL_MS = 100;

type Connection = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'error';
export type CitySnapshot = {
  ready: boolean;
  connection: Connection;
  self: { id: string | null; name: string; x: number; z: number };
  avatars: Array<{ id: string; name: string; x: number; z: number }>;
  booths: Array<{
    id: string;
    abbreviation: string;
    x: number;
    z: number;
    /** What the booth's display shows now; null before the scene painted it. */
    display: {
      figures: Array<{ kpi: string; value: number; simulated: boolean }>;
      highlight: boolean;
      /** When it was painted into the sign atlas, epoch ms. */
      paintedAt: number;
    } | null;
  }>;
  render: { calls: number; triangles: number; fps: number };
};
type CityWindow = Window & { makaverse?: CitySnapshot };

/** Fills the lobby (name, optionally an avatar colour) and waits until the world has rendered and joined. */
export async function enterCity(page: Page, name: string, color?: string): Promise<CitySnapshot> {
  await page.locator('input[name="name"]').fill(name);
  if (color) await page.locator(`input[name="color"][value="${color}"]`).check();
  const submit = page.locator('form button[type="submit"]');
  if (await isTouch(page)) await submit.tap();
  else await submit.click();
  return waitForCity(
    page,
    `${name} in the city (ready, connected, placed)`,
    // The server places newcomers on the plaza around (0, -42); the origin is off the plaza, so a
    // self position other than (0, 0) means the server's placement has arrived.
    (m) => m.ready && m.connection === 'connected' && !!m.self.id && (m.self.x !== 0 || m.self.z !== 0),
  );
}

function isTouch(page: Page): Promise<boolean> {
  return page.evaluate(() => window.matchMedia('(pointer: coarse)').matches);
}

/** A plain copy of window.makaverse, or null before the world is loaded. */
export function readCity(page: Page): Promise<CitySnapshot | null> {
  return page.evaluate(() => {
    const m = (window as CityWindow).makaverse;
    if (!m) return null;
    return {
      ready: m.ready,
      connection: m.connection,
      self: { ...m.self },
      avatars: m.avatars.map((a) => ({ ...a })),
      booths: m.booths.map((b) => ({
        ...b,
        display: b.display && {
          figures: b.display.figures.map((f) => ({ ...f })),
          highlight: b.display.highlight,
          paintedAt: b.display.paintedAt,
        },
      })),
      render: { ...m.render },
    };
  });
}

/**
 * Polls window.makaverse until `predicate` holds; returns that snapshot. On timeout the error says
 * what was awaited and shows the last snapshot.
 */
export async function waitForCity(
  page: Page,
  what: string,
  predicate: (m: CitySnapshot) => boolean,
  timeoutMs = WAIT_MS,
): Promise<CitySnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: CitySnapshot | null = null;
  for (;;) {
    last = await readCity(page);
    if (last && predicate(last)) return last;
    if (Date.now() > deadline) {
      const { booths: _booths, ...shown } = last ?? { booths: [] };
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for: ${what}\nlast window.makaverse: ${JSON.stringify(shown)}`,
      );
    }
    await delay(POLL_MS);
  }
}

/** Waits until another visitor called `name` is listed in window.makaverse.avatars (and matches). */
export async function waitForAvatar(
  page: Page,
  name: string,
  what = 'listed',
  predicate: (a: { x: number; z: number }) => boolean = () => true,
  timeoutMs = WAIT_MS,
): Promise<{ id: string; name: string; x: number; z: number }> {
  const m = await waitForCity(
    page,
    `avatar "${name}" ${what}`,
    (s) => s.avatars.some((a) => a.name === name && predicate(a)),
    timeoutMs,
  );
  return m.avatars.find((a) => a.name === name && predicate(a)) as CitySnapshot['avatars'][number];
}

export function distance(a: { x: number; z: number }, b: { x: number; z: number }): number {
  return Math.hypot(a.x - b.x, a.z - b.z);
}
