// The two render tiers (client/world/renderTier.ts) side by side for the client benchmark: the street
// view at the spawn entered with `?tier=high` and with `?tier=low`, frame times counted with
// requestAnimationFrame in the page (the cadence the scene renders at) over TIER_SAMPLE_MS, plus which
// tier the automatic probe picks on this machine (no `?tier`). Screenshots: bench/screenshots/tier-*.png.
// Runs in Node.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { enterCity, readRender } from './browser.ts';
import { waitFor } from './stats.ts';

const TIER_SAMPLE_MS = 8000;
/**
 * Seconds a page may take between reserving its seat and connecting: on a saturated machine the 3D
 * chunk's parse and SwiftShader's shader compiles can outlast Colyseus's default 15 s.
 */
export const SEAT_RESERVATION_S = '60';
/** A screenshot waits for a rendered frame: at 1 fps under load that can take long. */
const SCREENSHOT_TIMEOUT_MS = 120_000;

export type TierRun = {
  tier: 'high' | 'low';
  fps: number;
  medianFrameMs: number;
  p95FrameMs: number;
  calls: number;
  triangles: number;
};

/** Frame intervals (ms) of the page's requestAnimationFrame over `ms`: fps, median and p95. */
function frameTimes(page: Page, ms: number): Promise<{ fps: number; median: number; p95: number }> {
  return page.evaluate(
    (ms) =>
      new Promise<{ fps: number; median: number; p95: number }>((resolve) => {
        const deltas: number[] = [];
        const start = performance.now();
        let last = start;
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (now - start < ms) requestAnimationFrame(tick);
          else {
            const sorted = deltas.slice(1).sort((a, b) => a - b);
            const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
            resolve({ fps: (sorted.length * 1000) / (now - start), median: at(0.5), p95: at(0.95) });
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

async function measureTier(context: BrowserContext, url: string, tier: 'high' | 'low', shots: string) {
  const page = await enterCity(context, `${url}/?tier=${tier}`, `Bench ${tier}`);
  page.setDefaultTimeout(SCREENSHOT_TIMEOUT_MS);
  try {
    const counts = await readRender(page);
    const t = await frameTimes(page, TIER_SAMPLE_MS);
    await page.screenshot({ path: join(shots, `tier-${tier}.png`) });
    return {
      tier,
      fps: t.fps,
      medianFrameMs: t.median,
      p95FrameMs: t.p95,
      calls: counts.calls,
      triangles: counts.triangles,
    } satisfies TierRun;
  } finally {
    await page.close();
  }
}

/** The tier the automatic probe settles on for this browser (no `?tier` in the address). */
async function probedTier(context: BrowserContext, url: string): Promise<string> {
  const page = await enterCity(context, url, 'Bench Probe');
  try {
    type R = { render: { tier: string; tierDecided: boolean } };
    const read = () => page.evaluate(() => (window as unknown as { makaverse: R }).makaverse.render);
    await waitFor(async () => (await read()).tierDecided, 'the tier probe decided', 120_000, 250).catch(
      () => undefined,
    );
    const r = await read();
    return r.tierDecided ? r.tier : 'undecided after 120 s';
  } finally {
    await page.close();
  }
}

/** Both tiers, one page at a time (no other page of the bench is rendering meanwhile). */
export async function benchTiers(
  context: BrowserContext,
  url: string,
  shots: string,
): Promise<{ runs: TierRun[]; probed: string }> {
  const runs = [
    await measureTier(context, url, 'high', shots),
    await measureTier(context, url, 'low', shots),
  ];
  return { runs, probed: await probedTier(context, url) };
}

/** `node bench/clientTiers.ts [--port 2931]`: only the tiers, against dist/client (prints, saves nothing). */
if (import.meta.main) {
  const { launchBrowser } = await import('./browser.ts');
  const { startServer } = await import('./serverProcess.ts');
  const root = new URL('..', import.meta.url).pathname;
  const port = Number(process.argv[process.argv.indexOf('--port') + 1] ?? 2931) || 2931;
  const server = await startServer(port, {
    CLIENT_DIR: join(root, 'dist/client'),
    COLYSEUS_SEAT_RESERVATION_TIME: SEAT_RESERVATION_S,
  });
  const browser = await launchBrowser();
  try {
    console.log(
      JSON.stringify(await benchTiers(browser.context, server.url, join(root, 'bench/screenshots'))),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
