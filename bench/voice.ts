// Live-voice benchmark: a real Janus (ops/janus/ config) with the server's own VoiceService making the
// session's AudioBridge room, RTP forward and Streaming mountpoint; a speaker page sends a pulse at
// every whole second; listener pages in Chromium watch the mountpoint, adding listeners in steps
// until one does not receive within the step or the cap is reached. Measures the listeners held, the
// speaker → listener latency (p50/p99, pulse onset at a probe listener, ±5 ms detection), Janus's CPU
// and the machine's CPU. The load generator (Chromium decoding every listener) runs on the same
// machine, so the count is a floor for Janus alone, not its ceiling.
// `node bench/voice.ts [--max 400] [--step 50] [--per-page 50]`. Writes bench/results.json `voice`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { JanusApi } from '../server/voice/janusApi.ts';
import { startTestJanus } from '../server/voice/janusTesting.ts';
import { VoiceService } from '../server/voice/voiceService.ts';
import type { SessionModel } from '../shared/session/model.ts';
import { machineCpu } from './machineLoad.ts';
import { metric, saveSection, section, sectionTable } from './results.ts';
import { percentile, sleep } from './stats.ts';
import { bytesInPage, listenInPage, speakInPage, takeLatencies } from './voicePage.ts';

/** The machine's load when the run started (reported with the figures). */
const LOAD_BEFORE = loadavg()[0] ?? 0;
const { values } = parseArgs({
  options: {
    max: { type: 'string', default: '400' },
    step: { type: 'string', default: '50' },
    'per-page': { type: 'string', default: '50' },
  },
});
const MAX = Number(values.max);
const STEP = Number(values.step);
const PER_PAGE = Number(values['per-page']);
const SETTLE_MS = 8_000;

/** Janus's CPU (utime + stime) in ticks of 10 ms, from /proc. */
function janusTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

const signalSource = stripTypeScriptTypes(
  readFileSync(new URL('../client/net/janusSignal.ts', import.meta.url), 'utf8'),
).replace(/^export /gm, '');
const PAGE = `<!doctype html><meta charset="utf-8"><title>voice bench</title><script>${signalSource}
window.JanusSignal = JanusSignal;</script>`;

const janus = await startTestJanus(2);
if (!janus) throw new Error('bench:voice needs Janus (apt-get install -y janus)');
const host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
const address = host.address();
const pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
});
const voice = new VoiceService({
  api: new JanusApi(janus.url),
  publicUrl: janus.publicUrl,
  adminKey: janus.adminKey,
  recordingsDir: mkdtempSync(join(tmpdir(), 'makaverse-bench-rec-')),
});
const model = {
  phase: 'live',
  speakers: {},
  floor: null,
  attendees: { 'user:1': { handle: 'benchhost', name: 'Host', role: 'host', firstAt: 0 } },
} as unknown as SessionModel;

const result = {
  held: 0,
  latencies: [] as number[],
  janusCpu: 0,
  machineCpu: null as number | null,
  /** Why the next step was not held. */
  stoppedBy: 'the cap (--max)',
};
try {
  const speak = await voice.speak('benchVoice', model, {
    key: 'user:1',
    handle: 'benchhost',
    name: 'Host',
    role: 'host',
  });
  const listen = await voice.listen('benchVoice', model);
  if (speak.kind !== 'speak' || listen.kind !== 'listen') throw new Error('no voice tickets');
  const speaker = await (await browser.newContext()).newPage();
  await speaker.goto(pageUrl);
  await speaker.evaluate(speakInPage, speak);
  const pages: Page[] = [];
  /** Listeners in each page. */
  const inPages: number[] = [];
  let count = 0;
  while (count < MAX) {
    let add = Math.min(STEP, MAX - count);
    while (add > 0) {
      if ((inPages.at(-1) ?? PER_PAGE) >= PER_PAGE) {
        const fresh = await (await browser.newContext()).newPage();
        await fresh.goto(pageUrl);
        pages.push(fresh);
        inPages.push(0);
      }
      const last = inPages.length - 1;
      const n = Math.min(add, PER_PAGE - (inPages[last] ?? 0));
      try {
        await pages[last]?.evaluate(listenInPage, {
          url: listen.url,
          stream: listen.stream,
          pin: listen.pin,
          count: n,
        });
      } catch (e) {
        const why = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
        result.stoppedBy = `adding listeners ${count + 1}–${count + n} failed (${why})`;
        break;
      }
      inPages[last] = (inPages[last] ?? 0) + n;
      add -= n;
      count += n;
    }
    if (add > 0) break;
    const before = (await Promise.all(pages.map((p) => p.evaluate(bytesInPage)))).flat();
    const cpu = machineCpu();
    const ticks0 = janusTicks(janus.pid);
    const t0 = performance.now();
    await pages[0]?.evaluate(takeLatencies);
    await sleep(SETTLE_MS);
    const after = (await Promise.all(pages.map((p) => p.evaluate(bytesInPage)))).flat();
    const receiving = after.filter((b, i) => b > (before[i] ?? 0)).length;
    const lat = (await pages[0]?.evaluate(takeLatencies)) ?? [];
    const janusCpu = ((janusTicks(janus.pid) - ticks0) * 10 * 100) / (performance.now() - t0);
    console.log(
      `${count} listeners: ${receiving} receiving; latency p50 ${percentile(lat, 50)} ms p99 ${percentile(lat, 99)} ms; janus ${janusCpu.toFixed(0)}% of a core`,
    );
    if (receiving < count) {
      result.stoppedBy = `${count - receiving} of ${count} listeners received nothing`;
      break;
    }
    result.held = count;
    result.latencies = lat;
    result.janusCpu = janusCpu;
    result.machineCpu = cpu();
  }
} finally {
  await browser.close();
  host.close();
  await voice.closeAll();
  await janus.stop();
}

const s = section(
  { max: MAX, step: STEP, perPage: PER_PAGE, settleMs: SETTLE_MS, bitrate: 24_000 },
  [
    metric('listeners held (streaming path, all receiving)', result.held, 'listeners'),
    metric('speaker → listener latency p50', percentile(result.latencies, 50), 'ms'),
    metric('speaker → listener latency p99', percentile(result.latencies, 99), 'ms'),
    metric('Janus CPU at that count', result.janusCpu, '% of a core'),
    metric('machine CPU at that count', result.machineCpu ?? Number.NaN, '% (200 = 2 cores)'),
  ],
  [
    `Stopped by: ${result.stoppedBy}.`,
    'Listeners are Chromium peer connections on the same machine as Janus: the browser decoding every listener, not Janus, is what runs out first here.',
    `1-minute load average before the run: ${LOAD_BEFORE.toFixed(1)}; the listeners' Chromium shares the machine with Janus, so the figures are a floor, not Janus's capacity.`,
    'Latency: a 1 kHz pulse at every even second of the shared clock, onset detected at a probe listener (analyser polled every 2 ms, no faster under load); includes encoding, mixing, forwarding and both jitter buffers.',
  ],
);
saveSection('voice', s);
console.log(sectionTable('Live voice (Janus streaming path)', s));
