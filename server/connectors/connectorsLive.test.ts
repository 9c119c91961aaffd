// The whole path on a real server: a BMKG connector configured in the database polls a local
// source, BPBD's booth and the sky change in a joined visitor's state, and GET /api/opds/bpbd shows
// the values with their source and the connectors' health (a broken one beside it is stale).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpdDetail } from '../../shared/apiTypes.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { openStore } from '../store/store.ts';
import { sleep, startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';
import { type HttpFixture, httpFixture, reply } from './fixtures/httpFixture.ts';

const FIXTURE = readFileSync(new URL('./fixtures/bmkg-makassar.json', import.meta.url), 'utf8');
const dir = tempDir();
let source: HttpFixture;
let city: TestCity;

beforeAll(async () => {
  source = await httpFixture();
  source.handle((req, res) =>
    req.url?.startsWith('/broken') ? reply(500, 'down')(req, res) : reply(200, FIXTURE)(req, res),
  );
  const dbPath = join(dir.path, 'live.sqlite');
  const store = await openStore({ dbPath });
  await store.organisations.sync(REGISTRY, Date.now());
  await store.connectors.add({
    organisationId: 'bpbd',
    kind: 'bmkg',
    url: `${source.url}/publik/prakiraan-cuaca?adm4=73.71.05.1001`,
    mapping: '{}',
    intervalS: 3600,
  });
  await store.connectors.add({
    organisationId: 'bpbd',
    kind: 'json',
    url: `${source.url}/broken`,
    mapping: JSON.stringify({ kpis: { personel: 'personel' } }),
    intervalS: 600,
  });
  await store.close();
  city = await startTestCity(dbPath);
});
afterAll(async () => {
  await city.stop();
  await source.close();
  dir.remove();
});

describe('BMKG connector on a running server', () => {
  it('updates the BPBD booth and the sky of a joined visitor, and reports the health of each connector', async () => {
    const visitor = await city.join('Daeng');
    const state = visitor.room.state;
    // The fixture's last slot (its data are all in the past): 24 °C, 94 %, 35 % cloud, Cerah Berawan.
    await waitFor(() => state.weather?.description === 'Cerah Berawan', 10_000, 'the sky');
    expect(state.weather.toJSON()).toEqual({ cloudCover: 35, rain: false, description: 'Cerah Berawan' });
    await waitFor(() => state.booths?.get('bpbd')?.values.get('suhu-udara') !== undefined, 3000, 'the booth');
    expect(state.booths.get('bpbd')?.values.get('suhu-udara')).toMatchObject({
      value: 24,
      simulated: false,
      source: 'connector',
    });

    const detail = async () => (await (await fetch(`${city.baseUrl}/api/opds/bpbd`)).json()) as OpdDetail;
    expect((await detail()).latest.find((f) => f.kpi === 'kelembapan')).toMatchObject({
      value: 94,
      source: 'connector',
    });
    // The broken source beside it: polled once (first polls are spread over 5 s), then backing off.
    let connectors = (await detail()).connectors;
    for (const deadline = Date.now() + 10_000; connectors?.[1]?.failures === 0 && Date.now() < deadline; ) {
      await sleep(50);
      connectors = (await detail()).connectors;
    }
    expect(connectors).toEqual([
      expect.objectContaining({ id: 1, kind: 'bmkg', failures: 0, lastError: null, stale: false }),
      expect.objectContaining({ id: 2, kind: 'json', failures: 1, lastError: 'HTTP 500', stale: true }),
    ]);
    expect(source.requests).toBe(2);
  });
});
