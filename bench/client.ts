// Client benchmark: draw calls and triangles of the built client in headless Chromium (SwiftShader:
// counts are exact, frame times are not), for (a) an overview of the whole city, (b) the street-level
// view with 100 avatars around the visitor and (c) the overview with those 100 avatars; plus the gzip
// sizes of the lobby and the 3D chunk; first, the frame rate of each render tier and of the tier the
// automatic probe chose (./clientTiers.ts).
// `node bench/client.ts [--build] [--port 2901] [--avatars 100] [--tier-ms 8000]` (--build: measure a
// fresh build of the current source instead of dist/client; --tier-ms: each tier's sampling time).
// Writes the `client` section of bench/results.json. Runs in Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Bot } from './bots.ts';
import { avatarCount, enterCity, launchBrowser, readRender, triangleBreakdown, VIEWPORT } from './browser.ts';
import { bundleSizes } from './bundle.ts';
import { benchTiers, SEAT_RESERVATION_S, TIER_SAMPLE_MS, type TierRun } from './clientTiers.ts';
import { type Metric, metric, saveSection, section, sectionTable } from './results.ts';
import { startServer } from './serverProcess.ts';
import { waitFor } from './stats.ts';
import { LAYOUT } from './walker.ts';

export type ClientBenchOptions = { build: boolean; port: number; avatars: number; tierMs: number };

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist/client');
const SHOTS = join(ROOT, 'bench/screenshots');
/** lowTierFrameMs: the low tier's mean frame at 1280×800 in SwiftShader, 50 ms = 20 fps on average. */
const BUDGET = { calls: 150, triangles: 150_000, lobbyKB: 150, worldKB: 450, lowTierFrameMs: 50 } as const;
const GRID_SPACING_M = 1.8;

/** The metrics of one tier's street view; `name` says which ("low tier", "auto tier (probe chose low)"). */
function tierMetrics(name: string, r: TierRun): Metric[] {
  const budget = r.tier === 'low' ? BUDGET.lowTierFrameMs : undefined;
  const meanMs = r.fps > 0 ? 1000 / r.fps : Number.POSITIVE_INFINITY;
  return [
    metric(`mean frame (1000 / fps), ${name} street view`, meanMs, 'ms', budget, 1),
    metric(`median frame, ${name} street view`, r.medianFrameMs, 'ms', undefined, 1),
    metric(`fps, ${name} street view`, r.fps, '', undefined, 1),
    metric(`draw calls, ${name} street view`, r.calls, '', BUDGET.calls, 0),
    metric(`triangles, ${name} street view`, r.triangles, '', BUDGET.triangles, 0),
  ];
}

/** Spots in a square grid on the plaza, north of the spawn: in front of the default camera. */
function crowdSpots(n: number): Array<{ x: number; z: number }> {
  const side = Math.ceil(Math.sqrt(n));
  return Array.from({ length: n }, (_, i) => ({
    x: LAYOUT.spawn.x + ((i % side) - (side - 1) / 2) * GRID_SPACING_M,
    z: LAYOUT.spawn.z - 5 - Math.floor(i / side) * GRID_SPACING_M,
  }));
}

/**
 * The built client to measure: dist/client, built first if missing; with `fresh`, a new build of the
 * current source into a temporary folder, so a dist/client that other work is serving is left alone.
 */
function clientBuild(fresh: boolean): string {
  if (!fresh && existsSync(join(DIST, 'index.html'))) return DIST;
  const out = fresh ? mkdtempSync(join(tmpdir(), 'makaverse-bench-client-')) : DIST;
  console.log(`building the client into ${out} (npx vite build)`);
  const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('vite build failed');
  return out;
}

export async function benchClient(o: ClientBenchOptions): Promise<void> {
  const dist = clientBuild(o.build);
  const bundle = bundleSizes(dist);
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(o.port, {
    CLIENT_DIR: dist,
    COLYSEUS_SEAT_RESERVATION_TIME: SEAT_RESERVATION_S,
  });
  const browser = await launchBrowser();
  const bots: Bot[] = [];
  try {
    const tiers = await benchTiers(browser.context, server.url, { shots: SHOTS, sampleMs: o.tierMs });
    const auto = tiers.auto;
    const t0 = performance.now();
    const overview = await enterCity(browser.context, `${server.url}/?view=overview`, 'Bench Overview');
    const readyS = (performance.now() - t0) / 1000;
    const a = await readRender(overview);
    const heaviest = await triangleBreakdown(overview, 6);
    await overview.screenshot({ path: join(SHOTS, 'overview.png') });

    const street = await enterCity(browser.context, server.url, 'Bench Street');
    for (const [i, target] of crowdSpots(o.avatars).entries()) {
      bots.push(
        await Bot.join({
          url: server.url,
          name: `Bot ${i}`,
          color: '#1f6fb3',
          at: target,
          goal: { target },
          chatter: false,
          decode: false,
        }),
      );
    }
    const others = o.avatars + 1; // the bots and the other browser visitor
    await waitFor(
      async () => (await avatarCount(street)) >= others,
      `${others} avatars in the page`,
      60_000,
      250,
    );
    await waitFor(() => bots.every((b) => b.walker.arrived), 'bots standing at their spots', 60_000, 250);
    const b = await readRender(street);
    await street.screenshot({ path: join(SHOTS, 'crowd.png') });
    const c = await readRender(overview);
    await overview.screenshot({ path: join(SHOTS, 'overview-crowd.png') });

    const metrics: Metric[] = [
      metric('draw calls, city overview', a.calls, '', BUDGET.calls, 0),
      metric('triangles, city overview', a.triangles, '', BUDGET.triangles, 0),
      metric(`draw calls, ${o.avatars} avatars in view`, b.calls, '', BUDGET.calls, 0),
      metric(`triangles, ${o.avatars} avatars in view`, b.triangles, '', BUDGET.triangles, 0),
      metric(`draw calls, overview + ${o.avatars} avatars`, c.calls, '', BUDGET.calls, 0),
      metric(`triangles, overview + ${o.avatars} avatars`, c.triangles, '', BUDGET.triangles, 0),
      ...tiers.runs.flatMap((r) => tierMetrics(`${r.tier} tier`, r)),
      ...(auto ? tierMetrics(`auto tier (probe chose ${auto.tier})`, auto) : []),
      metric('lobby JS + CSS (gzip)', bundle.lobby.gzipKB, 'KB', BUDGET.lobbyKB, 1),
      metric('3D chunk (gzip)', bundle.world.gzipKB, 'KB', BUDGET.worldKB, 1),
      metric('other lazy chunks (gzip)', bundle.otherLazy.gzipKB, 'KB', undefined, 1),
      metric('lobby → first 3D frame (SwiftShader)', readyS, 's', undefined, 1),
    ];
    const notes = [
      `Render tiers (client/world/renderTier.ts): street view at the spawn with ?tier=high and ?tier=low, ` +
        `and without ?tier once the probe decided (auto), frame intervals counted with requestAnimationFrame ` +
        `over ${(o.tierMs / 1000).toFixed(0)} s (p95 ${[...tiers.runs, ...(auto ? [auto] : [])]
          .map((r, i) => `${i < tiers.runs.length ? r.tier : 'auto'} ${r.p95FrameMs.toFixed(0)} ms`)
          .join(', ')}); ${
          auto
            ? `without ?tier the probe chose '${auto.tier}'`
            : 'without ?tier the probe did not decide in 120 s'
        } on this machine. Screenshots: bench/screenshots/tier-high.png, tier-low.png, tier-auto.png.`,
      `Viewport ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium with SwiftShader; counts are the highest seen over 3 s ` +
        `(fps ${a.fps}/${b.fps}/${c.fps} on SwiftShader, not representative of a GPU). Screenshots: bench/screenshots/.`,
      `Lobby: ${bundle.lobby.files.join(', ')}. 3D chunk: ${bundle.world.files.join(', ')}. ` +
        `Other lazy: ${bundle.otherLazy.files.join(', ') || 'none'}. Gzip at zlib's default level, KB = 1024 bytes.`,
      `Most triangles in the overview (#n = n-th child of the scene): ${heaviest
        .map((t) => `${t.what} ${t.instances} × ${t.perInstance} = ${t.triangles}`)
        .join('; ')}.`,
    ];
    const s = section(
      {
        ...o,
        build: dist === DIST ? 'dist/client' : 'fresh build',
        viewport: VIEWPORT,
        overviewUrl: '/?view=overview',
      },
      metrics,
      notes,
    );
    saveSection('client', s);
    console.log(`\n${sectionTable('Client (browser, bundle)', s)}`);
  } finally {
    await Promise.all(bots.map((bot) => bot.leave()));
    await browser.close();
    await server.stop();
    if (dist !== DIST) rmSync(dist, { recursive: true, force: true });
  }
}

export function clientOptions(args: string[]): ClientBenchOptions {
  const { values } = parseArgs({
    args,
    strict: false,
    options: {
      build: { type: 'boolean', default: false },
      port: { type: 'string', default: '2901' },
      avatars: { type: 'string', default: '100' },
      'tier-ms': { type: 'string', default: String(TIER_SAMPLE_MS) },
    },
  });
  const tierMs = Number(values['tier-ms']);
  if (!Number.isInteger(tierMs) || tierMs < 500)
    throw new Error('--tier-ms: whole milliseconds, at least 500');
  return {
    build: values.build === true,
    port: Number(values.port),
    avatars: Number(values.avatars),
    tierMs,
  };
}

if (import.meta.main) await benchClient(clientOptions(process.argv.slice(2)));
