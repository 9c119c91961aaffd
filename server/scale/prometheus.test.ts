import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import { sendRaw, startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/metrics.sqlite`, { PROCESS_NAME: 'proses-uji' });
  await city.app.store.organisations.sync(REGISTRY, Date.now());
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const scrape = async () => {
  const res = await fetch(`${city.baseUrl}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
};
/** The value of series `name` whose labels include `labels` (and this process's name). */
const value = (text: string, name: string, labels: Record<string, string> = {}) => {
  const wanted = Object.entries({ ...labels, process: 'proses-uji' }).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.slice(0, l.indexOf('}')).includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

describe('GET /metrics (Prometheus)', () => {
  it('counts visitors per shard, rooms, patches, drops, ingestion and the event loop, per process', async () => {
    const a = await city.join('Andi');
    await city.join('Besse');
    sendRaw(a.room, 'no-such-message', {});
    const ingested = await city.app.store.keys.create('setda', 'metrics test', Date.now());
    const push = await fetch(`${city.baseUrl}/api/opds/setda/metrics`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ingested.key}`, 'content-type': 'application/json' },
      body: JSON.stringify([
        { kpi: 'serapan-apbd', value: 55 },
        { kpi: 'usulan-musrenbang', value: 12 },
      ]),
    });
    expect(push.status).toBe(200);
    await waitFor(() => city.roomOf(a.room).stats.dropped === 1, 3000, 'the drop');

    const text = await scrape();
    const room = a.room.roomId;
    const inCity = { kind: 'city' };
    expect(value(text, 'makaverse_visitors', { room, kind: 'city' })).toBe(2);
    expect(value(text, 'makaverse_rooms', inCity)).toBe(1);
    expect(value(text, 'makaverse_messages_dropped_total', inCity)).toBe(1);
    expect(value(text, 'makaverse_flooded_total', inCity)).toBe(0);
    expect(value(text, 'makaverse_patch_seconds_count', inCity)).toBeGreaterThan(0);
    expect(value(text, 'makaverse_ingested_points_total')).toBe(2);
    expect(value(text, 'makaverse_ingest_seconds_count')).toBe(1);
    expect(value(text, 'makaverse_session_hubs')).toBe(0);
    expect(value(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});
