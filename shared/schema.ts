// Synchronised state of the `city` room (@colyseus/schema 5, no decorators). The one shared module
// that imports Colyseus. Positions in metres, heading in radians (0 = facing +z, south).
import { type SchemaType, schema, t } from '@colyseus/schema';

/** Positions beyond this distance from the origin cannot be represented in the state. */
export const WORLD_EXTENT_M = 1000;

export const Player = schema(
  {
    name: t.string(),
    /** '#rrggbb' */
    color: t.string(),
    /** Metres, quantised to 16 bits over ±WORLD_EXTENT_M (3 cm steps) to halve the patch size. */
    x: t.quantized({ min: -WORLD_EXTENT_M, max: WORLD_EXTENT_M }),
    z: t.quantized({ min: -WORLD_EXTENT_M, max: WORLD_EXTENT_M }),
    /** Radians, 8 bits (1.4° steps). */
    heading: t.angle({ bits: 8 }),
    /** ANIM code from protocol.ts */
    anim: t.uint8(),
    /** False while a dropped visitor's avatar is held for reconnection. */
    connected: t.boolean(),
  },
  'Player',
);
export type Player = SchemaType<typeof Player>;

/** The latest value of one KPI at a booth (live data; seeds are not sent). */
export const KpiLive = schema(
  {
    value: t.float64(),
    /** Time the value is for, epoch ms. */
    at: t.float64(),
    /** Simulator output: shown to visitors as "simulasi". */
    simulated: t.boolean(),
    /** 'push:<key id>', 'connector:<id>', 'staff:<username>', 'simulator'. */
    source: t.string(),
  },
  'KpiLive',
);
export type KpiLive = SchemaType<typeof KpiLive>;

/** Live values of one organisation's booth, keyed by KPI id; only KPIs with data. */
export const BoothLive = schema({ values: t.map(KpiLive) }, 'BoothLive');
export type BoothLive = SchemaType<typeof BoothLive>;

/** The sky over the city: the current weather from BMKG (server/rooms/weatherLive.ts); clear by default. */
export const Weather = schema(
  {
    /** Total cloud cover, percent 0..100. */
    cloudCover: t.uint8().default(0),
    rain: t.boolean().default(false),
    /** BMKG's Indonesian description, e.g. "Hujan Ringan"; '' until known. */
    description: t.string().default(''),
  },
  'Weather',
);
export type Weather = SchemaType<typeof Weather>;

export const CityState = schema(
  {
    players: t.map(Player),
    weather: t.ref(Weather),
    /** Keyed by organisation id; only organisations with live data. */
    booths: t.map(BoothLive),
  },
  'CityState',
);
export type CityState = SchemaType<typeof CityState>;
