// Ingestion → update received: N bots in the `city` room of a running server decode the state; one
// value is pushed through the push API every PUSH_EVERY_MS and each bot records when that booth's
// value reaches it (POST sent → state change decoded, same clock). Runs in Node.
import { Callbacks } from '@colyseus/sdk';
import { Bot } from './bots.ts';
import { sleep } from './stats.ts';
import { ROAM_AREA, randomWalkablePoint } from './walker.ts';

const JOIN_BATCH = 20;
const PUSH_EVERY_MS = 500;
/** Bots walk meanwhile, as visitors would, so patches carry movement too. */
const WARMUP_MS = 3000;

export type LiveTarget = { url: string; organisationId: string; kpi: string; key: string };

/** Budget of a pushed value → decoded by a visitor, p99, ms. */
export const LIVE_BUDGET_P99_MS = 500;
const now = () => performance.timeOrigin + performance.now();

/**
 * Records in `samples` the latency of each value of `t`'s KPI that reaches `bot`'s decoded state,
 * once per value: now − `sentAt(value)` (values with no send time are not pushes of this run).
 */
export function watchKpi(
  bot: Bot,
  t: LiveTarget,
  sentAt: (value: number) => number | undefined,
  samples: number[],
): void {
  const $ = Callbacks.get(bot.room);
  const got = new Set<number>();
  $.onAdd('booths', (booth, organisationId) => {
    if (organisationId !== t.organisationId) return;
    $.onAdd(booth, 'values', (v, kpi) => {
      if (kpi !== t.kpi) return;
      const seen = () => {
        const at = sentAt(v.value);
        if (at === undefined || got.has(v.value)) return;
        got.add(v.value);
        samples.push(now() - at);
      };
      seen();
      $.onChange(v, seen);
    });
  });
}

/** Pushes one value of `t`'s KPI through the push API; throws unless it is accepted. */
export async function pushKpi(t: LiveTarget, value: number): Promise<void> {
  const res = await fetch(`${t.url}/api/opds/${t.organisationId}/metrics`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kpi: t.kpi, value, at: Date.now() }),
  });
  if (!res.ok) throw new Error(`push of ${value}: HTTP ${res.status} ${await res.text()}`);
}

/** Latency samples (ms), one per bot per push that bot received, and the pushes made. */
export async function measureLiveUpdates(
  t: LiveTarget,
  bots: number,
  pushes: number,
): Promise<{ samples: number[]; pushes: number; bots: number }> {
  const sentAt = new Map<number, number>();
  const samples: number[] = [];
  const joined: Bot[] = [];
  const join = (i: number) =>
    Bot.join({
      url: t.url,
      name: `Bot ${i}`,
      color: '#1f6fb3',
      at: randomWalkablePoint(ROAM_AREA),
      goal: { area: ROAM_AREA },
      chatter: false,
      decode: true,
    });
  try {
    joined.push(await join(0));
    for (let i = 1; i < bots; i += JOIN_BATCH) {
      const batch = Array.from({ length: Math.min(JOIN_BATCH, bots - i) }, (_, k) => join(i + k));
      joined.push(...(await Promise.all(batch)));
    }
    for (const bot of joined) watchKpi(bot, t, (value) => sentAt.get(value), samples);
    await sleep(WARMUP_MS);
    for (let n = 1; n <= pushes; n++) {
      const value = n + 0.5;
      sentAt.set(value, now());
      await pushKpi(t, value);
      await sleep(PUSH_EVERY_MS);
    }
    await sleep(1000);
    return { samples, pushes, bots: joined.length };
  } finally {
    await Promise.all(joined.map((b) => b.leave()));
  }
}
