// The BMKG forecast (fixture with BMKG's real field names, Makassar kelurahan Losari 73.71.05.1001):
// the slot in force is read, its t/hu/tcc feed BPBD's weather KPIs and its weather goes to the sky.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CityState } from '../../shared/schema.ts';
import { createLiveBus } from '../live/liveBus.ts';
import { followWeather, rememberWeather } from '../rooms/weatherLive.ts';
import { readBmkg } from './bmkg.ts';
import { type HttpFixture, httpFixture, type IngestBed, ingestBed, reply } from './fixtures/httpFixture.ts';
import { pollConnector } from './poll.ts';

const FIXTURE = readFileSync(new URL('./fixtures/bmkg-makassar.json', import.meta.url), 'utf8');
const doc: unknown = JSON.parse(FIXTURE);
/** 15:30 WITA on 18 December 2025: the 14:00 WITA (06:00 UTC) slot, "Hujan Ringan", is in force. */
const NOW = Date.parse('2025-12-18T07:30:00Z');
const SLOT = Date.parse('2025-12-18T06:00:00Z');

describe('readBmkg', () => {
  it('reads the slot in force as BPBD points and the weather', () => {
    expect(readBmkg(doc, NOW)).toEqual({
      points: [
        { kpi: 'suhu-udara', value: 28, at: SLOT },
        { kpi: 'kelembapan', value: 84, at: SLOT },
        { kpi: 'tutupan-awan', value: 100, at: SLOT },
      ],
      weather: { description: 'Hujan Ringan', cloudCover: 100, rain: true, temperatureC: 28, at: SLOT },
    });
  });

  it('uses the first slot, at the time of reading, before the forecast begins', () => {
    const early = Date.parse('2025-12-17T22:00:00Z');
    const r = readBmkg(doc, early);
    expect(r.weather).toEqual({
      description: 'Berawan',
      cloudCover: 78,
      rain: false,
      temperatureC: 29,
      at: early,
    });
  });

  it('rejects documents that are not a forecast', () => {
    expect(() => readBmkg({ lokasi: {} }, NOW)).toThrow(/not a BMKG forecast/);
    expect(() => readBmkg({ data: [{ cuaca: [[{ t: 'panas' }]] }] }, NOW)).toThrow(/no usable slot/);
  });
});

describe('BMKG connector', () => {
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

  it('stores the weather KPIs for BPBD and turns the sky of every shard to rain', async () => {
    source.handle(reply(200, FIXTURE));
    const earlyShard = new CityState();
    rememberWeather(bed.deps.live);
    const stop = followWeather(earlyShard, bed.deps.live);
    const c = await bed.store.connectors.add({
      organisationId: 'bpbd',
      kind: 'bmkg',
      url: `${source.url}/publik/prakiraan-cuaca?adm4=73.71.05.1001`,
      mapping: '{}',
      intervalS: 3600,
    });
    expect(await pollConnector(c, { ingest: bed.deps }, NOW)).toBeNull();

    const latest = await bed.store.metrics.latest('bpbd');
    expect(latest.filter((v) => v.source === `connector:${c.id}`).map((v) => [v.kpi, v.value])).toEqual(
      expect.arrayContaining([
        ['suhu-udara', 28],
        ['kelembapan', 84],
        ['tutupan-awan', 100],
      ]),
    );
    expect(bed.events.map((e) => e.type)).toEqual(['metrics', 'weather']);
    const sky = { cloudCover: 100, rain: true, description: 'Hujan Ringan' };
    expect(earlyShard.weather.toJSON()).toEqual(sky);
    // A shard created after the event starts with the same sky.
    const lateShard = new CityState();
    followWeather(lateShard, bed.deps.live)();
    expect(lateShard.weather.toJSON()).toEqual(sky);
    stop();
  });

  it('a new bus has a clear sky', () => {
    const state = new CityState();
    followWeather(state, createLiveBus())();
    expect(state.weather.toJSON()).toEqual({ cloudCover: 0, rain: false, description: '' });
  });
});
