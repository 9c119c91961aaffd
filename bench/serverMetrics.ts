// Turns one measurement window of the server benchmark into metrics (with DESIGN.md's budgets) and
// notes. Runs in Node.
import type { Bot } from './bots.ts';
import type { ProbeReport } from './patchProbe.ts';
import { type Metric, metric } from './results.ts';
import { max, mean, percentile } from './stats.ts';

export const BUDGET = { patchP95Ms: 5, downlinkKBps: 40, chatP99Ms: 100 } as const;

export type Window = {
  bots: Bot[];
  shards: number;
  decoders: number;
  elapsedS: number;
  probe: ProbeReport;
  /** CPU of this process (the bots), ms. */
  botsCpuMs: number;
  /** CPU of the whole machine, % of a core; null where unknown. */
  machinePct: number | null;
};

export function windowMetrics(w: Window): { metrics: Metric[]; notes: string[] } {
  const { bots, probe, elapsedS } = w;
  const n = bots.length;
  const label = (s: string) => `${s} (${n} bots)`;
  const perS = (f: (b: Bot) => number) => bots.map((b) => f(b) / elapsedS);
  const sum = (f: (b: Bot) => number) => bots.reduce((a, b) => a + f(b), 0);
  const kbps = perS((b) => b.bytes / 1024);
  const chat = bots.flatMap((b) => b.chatLatencyMs);
  const serverPct = (probe.cpuMs / probe.windowMs) * 100;
  const botsPct = (w.botsCpuMs / (elapsedS * 1000)) * 100;
  const otherPct = w.machinePct === null ? Number.NaN : w.machinePct - serverPct - botsPct;
  // Patch bytes a bot receives per second / moves of all bots per second: with interest management
  // a move reaches only the visitors near it, so this falls as the city spreads out.
  const bytesPerUpdate = mean(perS((b) => b.patchBytes)) / (sum((b) => b.movesSent) / elapsedS);
  const sending = probe.patchMs.map((ms, i) => ms - (probe.encodeMs[i] ?? 0) - (probe.beforeMs[i] ?? 0));
  const metrics = [
    metric(label('patch p50'), percentile(probe.patchMs, 50), 'ms'),
    metric(label('patch p95'), percentile(probe.patchMs, 95), 'ms', BUDGET.patchP95Ms),
    metric(label('encode p50'), percentile(probe.encodeMs, 50), 'ms'),
    metric(label('encode p95'), percentile(probe.encodeMs, 95), 'ms'),
    metric(label('interest refresh p50'), percentile(probe.beforeMs, 50), 'ms'),
    metric(label('interest refresh p95'), percentile(probe.beforeMs, 95), 'ms'),
    // What a patch spends outside encoding and the refresh: one WebSocket write per visitor, mostly.
    metric(label('sending p50'), percentile(sending, 50), 'ms'),
    metric(label('sending p95'), percentile(sending, 95), 'ms'),
    metric(label('patch frame mean per visitor'), mean(probe.patchBytes), 'B', undefined, 0),
    metric(label('downlink mean per bot'), mean(kbps), 'KB/s', BUDGET.downlinkKBps),
    metric(label('downlink max per bot'), max(kbps), 'KB/s', BUDGET.downlinkKBps),
    metric(label('patch bytes per player move'), bytesPerUpdate, 'B', undefined, 1),
    metric(label('chat p50'), percentile(chat, 50), 'ms'),
    metric(label('chat p99'), percentile(chat, 99), 'ms', BUDGET.chatP99Ms),
    metric(label('server CPU'), serverPct, '% of a core', undefined, 0),
    metric(label('server RSS max'), probe.rssMaxBytes / 2 ** 20, 'MB', undefined, 0),
    metric(label('server event-loop lag p99'), probe.eventLoopDelayP99Ms, 'ms', undefined, 1),
    metric(label('bots CPU'), botsPct, '% of a core', undefined, 0),
    metric(label('other processes CPU'), otherPct, '% of a core', undefined, 0),
  ];
  const notes = [
    `${n} bots: ${w.shards} shard(s), ${(probe.patchCalls / elapsedS).toFixed(1)} patch ticks/s of which ` +
      `${(probe.patchMs.length / elapsedS).toFixed(1)} with changes (timed), ` +
      `${mean(perS((b) => b.frames)).toFixed(1)} frames/s and ${mean(perS((b) => b.movesSent)).toFixed(1)} moves/s per bot, ` +
      `${chat.length} chat receipts of ${sum((b) => b.chatsSent)} lines, ${sum((b) => b.corrections)} corrections, ` +
      `${sum((b) => b.notices)} notices, ${bots.filter((b) => !b.connected).length} dropped, ` +
      `${Math.min(n, w.decoders)} bots decoding state.`,
  ];
  if (w.shards !== 1)
    notes.push(`WARNING: ${n} bots spread over ${w.shards} shards; the figures are not one shard's.`);
  if (otherPct > 20)
    notes.push(
      `WARNING: other processes used ${otherPct.toFixed(0)} % of a core during the ${n}-bot window.`,
    );
  return { metrics, notes };
}
