// The scheduler against a local HTTP source: failures are recorded and retried with backoff, a
// success resets it, and a disabled connector is left alone. Backoff arithmetic is checked exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../bench/stats.ts';
import { type HttpFixture, httpFixture, type IngestBed, ingestBed, reply } from './fixtures/httpFixture.ts';
import { createScheduler, MAX_BACKOFF_MS, nextDelayMs } from './scheduler.ts';

let source: HttpFixture;
let bed: IngestBed;
beforeAll(async () => {
  source = await httpFixture();
  bed = await ingestBed();
});
afterAll(async () => {
  await source.close();
  await bed.close();
});

describe('nextDelayMs', () => {
  it('waits the interval after a success and doubles per failure up to the cap, ±10 %', () => {
    expect(nextDelayMs(60, 0, MAX_BACKOFF_MS, 0.5)).toBe(60_000);
    expect(nextDelayMs(60, 1, MAX_BACKOFF_MS, 0.5)).toBe(120_000);
    expect(nextDelayMs(60, 3, MAX_BACKOFF_MS, 0.5)).toBe(480_000);
    expect(nextDelayMs(60, 50, MAX_BACKOFF_MS, 0.5)).toBe(MAX_BACKOFF_MS);
    expect(nextDelayMs(60, 0, MAX_BACKOFF_MS, 0)).toBe(54_000);
    expect(nextDelayMs(60, 0, MAX_BACKOFF_MS, 1)).toBe(66_000);
    // An interval longer than the cap is never shortened by it.
    expect(nextDelayMs(7200, 2, MAX_BACKOFF_MS, 0.5)).toBe(7_200_000);
  });
});

describe('scheduler', () => {
  it('backs off on failures, recovers on success and skips disabled connectors', async () => {
    const body = (n: number) => JSON.stringify({ personel: n });
    let calls = 0;
    const failingFirst = 2;
    source.handle((req, res) => {
      calls++;
      if (calls <= failingFirst) reply(500, 'down')(req, res);
      else reply(200, body(100 + calls))(req, res);
    });
    const mapping = JSON.stringify({ kpis: { personel: 'personel' } });
    const c = await bed.store.connectors.add({
      organisationId: 'bpbd',
      kind: 'json',
      url: `${source.url}/feed`,
      mapping,
      intervalS: 1,
    });
    const off = await bed.store.connectors.add({
      organisationId: 'bpbd',
      kind: 'json',
      url: `${source.url}/never`,
      mapping,
      intervalS: 1,
    });
    await bed.store.connectors.setEnabled(off.id, false);
    const scheduler = createScheduler({
      connectors: bed.store.connectors,
      ingest: bed.deps,
      maxBackoffMs: 1500,
      startSpreadMs: 1,
    });
    const failures: number[] = [];
    const startedAt = Date.now();
    await scheduler.start();
    try {
      await waitFor(
        async () => {
          const now = await bed.store.connectors.get(c.id);
          if (now && failures.at(-1) !== now.failures) failures.push(now.failures);
          return now?.lastOkAt !== null;
        },
        'a successful poll',
        8000,
        20,
      );
      // Two failures, each retried after the capped backoff (≥ 0.9 × 1.5 s), then success.
      expect(Date.now() - startedAt).toBeGreaterThan(2 * 1350);
      expect(failures).toEqual([0, 1, 2, 0]);
      const ok = await bed.store.connectors.get(c.id);
      expect(ok).toMatchObject({ failures: 0, lastError: null });
      const latest = await bed.store.metrics.latest('bpbd');
      expect(latest.find((v) => v.kpi === 'personel')).toMatchObject({ source: `connector:${c.id}` });
      // After a success the interval (1 s ± 10 %) applies again, not the backoff.
      const before = calls;
      await waitFor(() => calls > before, 'the next poll', 1500, 20);
      expect((await bed.store.connectors.get(off.id))?.lastOkAt).toBeNull();
      expect(source.requests).toBe(calls);
    } finally {
      await scheduler.stop();
    }
  });
});
