import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../shared/registry.ts';
import { startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';

const dir = tempDir();
let city: TestCity;
const org = REGISTRY.organisations[0];
const kpi = org?.kpis[0];

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/booths.sqlite`);
  await city.app.store.organisations.sync(REGISTRY, Date.now());
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('booth live values in the city state', () => {
  it('a published metrics event reaches a connected visitor with the next patch', async () => {
    if (!org || !kpi) throw new Error('empty registry');
    const { room } = await city.join('Andi');
    const at = Date.now() - 1000;
    const published = performance.now();
    city.app.live.publish({
      type: 'metrics',
      organisationId: org.id,
      values: [{ kpi: kpi.id, value: 42.5, at, source: 'push:test', simulated: false }],
    });
    const seen = () => room.state.booths.get(org.id)?.values.get(kpi.id);
    await waitFor(() => seen()?.value === 42.5, 1000, 'live value');
    expect(performance.now() - published).toBeLessThan(500);
    expect(seen()).toMatchObject({ value: 42.5, at, simulated: false, source: 'push' });

    // A later visitor has it at once; an older value does not replace a newer one.
    const { room: late } = await city.join('Besse');
    expect(late.state.booths.get(org.id)?.values.get(kpi.id)?.value).toBe(42.5);
    city.app.live.publish({
      type: 'metrics',
      organisationId: org.id,
      values: [{ kpi: kpi.id, value: 1, at: at - 60_000, source: 'simulator', simulated: true }],
    });
    city.app.live.publish({
      type: 'metrics',
      organisationId: org.id,
      values: [{ kpi: kpi.id, value: 43, at: at + 1, source: 'simulator', simulated: true }],
    });
    await waitFor(() => seen()?.value === 43, 1000, 'newer value');
    expect(seen()?.simulated).toBe(true);
  });

  it('a new shard starts with the stored latest values', async () => {
    if (!org || !kpi) throw new Error('empty registry');
    const at = Date.now() - 5000;
    await city.app.store.metrics.upsertPoints([
      {
        organisationId: org.id,
        kpi: kpi.id,
        value: 7,
        at,
        source: 'push:k1',
        simulated: false,
        receivedAt: at,
      },
    ]);
    const { room } = await city.join('Daeng');
    expect(room.state.booths.get(org.id)?.values.get(kpi.id)).toMatchObject({
      value: 7,
      at,
      source: 'push',
    });
  });

  it('ignores unknown organisations and KPIs', async () => {
    if (!org) throw new Error('empty registry');
    const { room } = await city.join('Citra');
    const before = room.state.booths.size;
    city.app.live.publish({
      type: 'metrics',
      organisationId: 'no-such-opd',
      values: [{ kpi: 'x', value: 1, at: Date.now(), source: 'push:test', simulated: false }],
    });
    city.app.live.publish({
      type: 'metrics',
      organisationId: org.id,
      values: [{ kpi: 'no-such-kpi', value: 1, at: Date.now(), source: 'push:test', simulated: false }],
    });
    const server = city.roomOf(room);
    expect(server.state.booths.has('no-such-opd')).toBe(false);
    expect(server.state.booths.get(org.id)?.values.has('no-such-kpi') ?? false).toBe(false);
    expect(room.state.booths.size).toBe(before);
  });
});
