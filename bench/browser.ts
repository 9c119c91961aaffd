// Headless Debian Chromium (SwiftShader WebGL) driven by playwright-core for the client benchmark:
// launch, enter the city through the lobby, read window.makaverse. Runs in Node.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { sleep } from './stats.ts';

export const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 90_000;

export type RenderSample = { calls: number; triangles: number; fps: number };

export type BenchBrowser = { browser: Browser; context: BrowserContext; close(): Promise<void> };

export async function launchBrowser(): Promise<BenchBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'makaverse-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  // three.js announces every Scene to a global devtools hook if one exists: keep them for breakdowns.
  await context.addInitScript(() => {
    const hook = new EventTarget();
    const w = window as unknown as { __THREE_DEVTOOLS__: EventTarget; benchScenes: unknown[] };
    w.benchScenes = [];
    hook.addEventListener('observe', (e) => {
      const d = (e as CustomEvent<{ isScene?: boolean }>).detail;
      if (d?.isScene) w.benchScenes.push(d);
    });
    w.__THREE_DEVTOOLS__ = hook;
  });
  const browser = context.browser() as Browser;
  return {
    browser,
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url`, enters the city as `name` and waits for the first rendered frame while connected. */
export async function enterCity(context: BrowserContext, url: string, name: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(url);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('button[type="submit"]').click();
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { makaverse?: { ready: boolean; connection: string } }).makaverse;
      return m?.ready === true && m.connection === 'connected';
    },
    undefined,
    { timeout: READY_TIMEOUT_MS, polling: 100 },
  );
  return page;
}

export function avatarCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { makaverse: { avatars: unknown[] } }).makaverse.avatars.length,
  );
}

/**
 * Render counters over `ms` (sampled every 250 ms after the camera settled): the highest draw calls
 * and triangles seen, and the last fps.
 */
export async function readRender(page: Page, ms = 3000): Promise<RenderSample> {
  await page.bringToFront(); // a background tab may not render
  await sleep(1500); // the camera eases to its orbit; let it arrive
  const out: RenderSample = { calls: 0, triangles: 0, fps: 0 };
  for (let t = 0; t < ms; t += 250) {
    const r = await page.evaluate(
      () => (window as unknown as { makaverse: { render: RenderSample } }).makaverse.render,
    );
    out.calls = Math.max(out.calls, r.calls);
    out.triangles = Math.max(out.triangles, r.triangles);
    out.fps = r.fps;
    await sleep(250);
  }
  return out;
}

export type TriangleShare = { what: string; instances: number; perInstance: number; triangles: number };

/**
 * The meshes with the most triangles in the page's three.js scenes (frustum culling ignored), largest
 * first: where a triangle budget goes. A mesh without a name is called by its place in the scene
 * ("#14" = the scene's 15th child, i.e. the order the scene components mount in).
 */
export function triangleBreakdown(page: Page, top = 8): Promise<TriangleShare[]> {
  return page.evaluate((top) => {
    type Obj = {
      name: string;
      visible: boolean;
      isMesh?: boolean;
      isInstancedMesh?: boolean;
      count?: number;
      geometry?: { index: { count: number } | null; attributes: { position?: { count: number } } };
      material?: { type: string } | Array<{ type: string }>;
      children: Obj[];
    };
    const rows: Array<{ what: string; instances: number; perInstance: number; triangles: number }> = [];
    const visit = (o: Obj, place: string) => {
      if (!o.visible) return;
      if (o.isMesh && o.geometry) {
        const g = o.geometry;
        const perInstance = Math.floor((g.index ? g.index.count : (g.attributes.position?.count ?? 0)) / 3);
        const instances = o.isInstancedMesh ? (o.count ?? 1) : 1;
        const mat = Array.isArray(o.material) ? o.material[0] : o.material;
        const what = o.name || `${place} ${mat?.type ?? ''}`.trim();
        rows.push({ what, instances, perInstance, triangles: perInstance * instances });
      }
      o.children.forEach((c, i) => {
        visit(c, `${place}.${i}`);
      });
    };
    for (const s of (window as unknown as { benchScenes: Obj[] }).benchScenes) {
      s.children.forEach((c, i) => {
        visit(c, `#${i}`);
      });
    }
    return rows.sort((a, b) => b.triangles - a.triangles).slice(0, top);
  }, top);
}
