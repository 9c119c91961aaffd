import { Callbacks } from '@colyseus/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { distance } from '../../shared/geometry.ts';
import { layoutCity } from '../../shared/layout.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { placeAt, sleep, startTestCity, type TestCity, tempDir, waitFor } from '../testing.ts';
import { INTEREST_LEAVE_M } from './cityInterest.ts';

const dir = tempDir();
let city: TestCity;
const layout = layoutCity(REGISTRY);
/** The booth farthest from the spawn: well out of sight of a crowd there. */
const farBooth = [...layout.booths].sort(
  (a, b) =>
    distance(b.approach.x, b.approach.z, layout.spawn.x, layout.spawn.z) -
    distance(a.approach.x, a.approach.z, layout.spawn.x, layout.spawn.z),
)[0];

beforeAll(async () => {
  city = await startTestCity(`${dir.path}/interest.sqlite`);
});
afterEach(() => city.colyseus.cleanup());
afterAll(async () => {
  await city.stop();
  dir.remove();
});

describe('interest management in the city', () => {
  it('a visitor far from a crowd gets none of its moves; walking into it, sees it within 1 s', async () => {
    if (!farBooth) throw new Error('no booths');
    expect(
      distance(farBooth.approach.x, farBooth.approach.z, layout.spawn.x, layout.spawn.z),
    ).toBeGreaterThan(INTEREST_LEAVE_M + 10);
    const crowd = [await city.join('Andi'), await city.join('Besse'), await city.join('Cici')];
    const far = await city.join('Jauh');
    // Everyone starts at the spawn, in view of each other.
    await waitFor(() => far.room.state.players.size === 4, 3000, 'the crowd in view');

    far.room.send('travel', { to: farBooth.id });
    await waitFor(() => far.room.state.players.size === 1, 3000, 'the crowd out of view');
    await waitFor(
      () => crowd.every((c) => c.room.state.players.size === 3),
      3000,
      'the far one out of theirs',
    );

    // The crowd moves; the far visitor's state hears nothing of it.
    let crowdChanges = 0;
    Callbacks.get(far.room).onAdd('players', () => crowdChanges++, false);
    const farSelf = far.room.state.players.get(far.room.sessionId);
    const before = { x: farSelf?.x, z: farSelf?.z };
    for (const [i, c] of crowd.entries()) await placeAt(city, c, layout.spawn.x + i, layout.spawn.z + 2);
    await sleep(300);
    expect(crowdChanges).toBe(0);
    expect([...far.room.state.players.keys()]).toEqual([far.room.sessionId]);
    expect({ x: farSelf?.x, z: farSelf?.z }).toEqual(before);

    // Back to the plaza: the crowd is there within a second.
    const sent = performance.now();
    far.room.send('travel', { to: 'plaza' });
    await waitFor(() => far.room.state.players.size === 4, 1000, 'the crowd in view again');
    expect(performance.now() - sent).toBeLessThanOrEqual(1000);
    const andi = far.room.state.players.get(crowd[0]?.room.sessionId ?? '');
    expect(andi).toMatchObject({ name: 'Andi', x: expect.closeTo(layout.spawn.x, 1) });
  });

  it('booth values and weather reach every visitor, near or far', async () => {
    const org = REGISTRY.organisations[0];
    const kpi = org?.kpis[0];
    if (!org || !kpi || !farBooth) throw new Error('empty registry');
    await city.app.store.organisations.sync(REGISTRY, Date.now());
    const near = await city.join('Dekat');
    const far = await city.join('Jauh');
    far.room.send('travel', { to: farBooth.id });
    await waitFor(() => far.room.state.players.size === 1, 3000, 'out of view');
    city.app.live.publish({
      type: 'metrics',
      organisationId: org.id,
      values: [{ kpi: kpi.id, value: 7.25, at: Date.now(), source: 'push:test', simulated: false }],
    });
    city.app.live.publish({
      type: 'weather',
      weather: { description: 'Hujan Ringan', cloudCover: 80, rain: true, temperatureC: 27, at: Date.now() },
    });
    for (const v of [near, far]) {
      await waitFor(
        () => v.room.state.booths.get(org.id)?.values.get(kpi.id)?.value === 7.25,
        3000,
        'booth value',
      );
      await waitFor(() => v.room.state.weather.rain, 3000, 'weather');
    }
  });
});
