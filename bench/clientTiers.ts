// The render tiers (client/world/renderTier.ts) side by side for the client benchmark: the street
// view at the spawn entered with `?tier=high` and with `?tier=low`, and the automatic path — no `?tier`:
// once the probe has decided (and the 3D view, rebuilt for the low tier, is back), measured the same
// way as what it chose. Frame times counted with requestAnimationFrame in the page (the cadence the
// scene renders at) over TIER_SAMPLE_MS. Screenshots: bench/screenshots/tier-{high,low,auto}.png.
// Runs in Node.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { enterCity, readRender } from './browser.ts';
import { waitFor } from './stats.ts';

export const TIER_SAMPLE_MS = 8000;
/**
 * Seconds a page may take between reserving its seat and connecting: on a saturated machine the 3D
 * chunk's parse and SwiftShader's shader compiles can outlast Colyseus's default 15 s.
 */
export const SEAT_RESERVATION_S = '60';
/** A screenshot waits for a rendered frame: at 1 fps under load that can take long. */
const SCREENSHOT_TIMEOUT_MS = 120_000;
/** How long the automatic probe may take to decide (a few seconds of frames, longer under load). */
const PROBE_WAIT_MS = 120_000;

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

/** Frame times, counts and a screenshot of a page in the city, rendering in `tier`. */
async function measure(page: Page, tier: TierRun['tier'], shot: string, sampleMs: number): Promise<TierRun> {
  const counts = await readRender(page);
  const t = await frameTimes(page, sampleMs);
  await page.screenshot({ path: shot });
  return {
    tier,
    fps: t.fps,
    medianFrameMs: t.median,
    p95FrameMs: t.p95,
    calls: counts.calls,
    triangles: counts.triangles,
  };
}

async function measureTier(context: BrowserContext, url: string, tier: TierRun['tier'], o: TierOptions) {
  const page = await enterCity(context, `${url}/?tier=${tier}`, `Bench ${tier}`);
  page.setDefaultTimeout(SCREENSHOT_TIMEOUT_MS);
  try {
    return await measure(page, tier, join(o.shots, `tier-${tier}.png`), o.sampleMs);
  } finally {
    await page.close();
  }
}

/**
 * The automatic path (no `?tier`): waits until the probe decided and the 3D view shows again (a low
 * choice rebuilds it behind the loading screen), then measures what it chose; null when the probe did
 * not decide within PROBE_WAIT_MS.
 */
async function measureAuto(context: BrowserContext, url: string, o: TierOptions): Promise<TierRun | null> {
  const page = await enterCity(context, url, 'Bench Auto');
  page.setDefaultTimeout(SCREENSHOT_TIMEOUT_MS);
  try {
    type R = { render: { tier: TierRun['tier']; tierDecided: boolean } };
    const read = () => page.evaluate(() => (window as unknown as { makaverse: R }).makaverse.render);
    const decided = await waitFor(
      async () => (await read()).tierDecided,
      'the tier probe',
      PROBE_WAIT_MS,
      250,
    )
      .then(() => true)
      .catch(() => false);
    if (!decided) return null;
    await page.locator('.world-rebuilding').waitFor({ state: 'detached' });
    const { tier } = await read();
    return await measure(page, tier, join(o.shots, 'tier-auto.png'), o.sampleMs);
  } finally {
    await page.close();
  }
}

export type TierOptions = { shots: string; sampleMs: number };

/**
 * Both forced tiers, then the automatic path, one page at a time (no other page of the bench is
 * rendering meanwhile). `auto.tier` is what the probe chose; null: it did not decide.
 */
export async function benchTiers(
  context: BrowserContext,
  url: string,
  o: TierOptions,
): Promise<{ runs: TierRun[]; auto: TierRun | null }> {
  const runs = [await measureTier(context, url, 'high', o), await measureTier(context, url, 'low', o)];
  return { runs, auto: await measureAuto(context, url, o) };
}

/**
 * `node bench/clientTiers.ts [--port 2931] [--sample-ms 8000]`: only the tiers, against dist/client
 * (prints, saves nothing).
 */
if (import.meta.main) {
  const { launchBrowser } = await import('./browser.ts');
  const { startServer } = await import('./serverProcess.ts');
  const root = new URL('..', import.meta.url).pathname;
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? fallback : Number(process.argv[i + 1]) || fallback;
  };
  const port = arg('--port', 2931);
  const sampleMs = arg('--sample-ms', TIER_SAMPLE_MS);
  const server = await startServer(port, {
    CLIENT_DIR: join(root, 'dist/client'),
    COLYSEUS_SEAT_RESERVATION_TIME: SEAT_RESERVATION_S,
  });
  const browser = await launchBrowser();
  try {
    console.log(
      JSON.stringify(
        await benchTiers(browser.context, server.url, { shots: join(root, 'bench/screenshots'), sampleMs }),
      ),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
