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
    /** View-tagged: each visitor receives only the avatars in its own view (server/rooms/cityInterest.ts). */
    players: t.map(Player).view(),
    /** Connected visitors in this shard, for everyone (players holds only the ones in view). */
    visitors: t.uint16().default(0),
    weather: t.ref(Weather),
    /** Keyed by organisation id; only organisations with live data. */
    booths: t.map(BoothLive),
  },
  'CityState',
);
export type CityState = SchemaType<typeof CityState>;

// ---------------------------------------------------------------------------------------------
// The `session` room: the public part of a session's model (shared/session/model.ts), the same in
// every shard of the session, plus the avatars of this shard. Filled by server/sessions/mirror.ts.

export const SessionInfo = schema(
  {
    id: t.string(),
    title: t.string(),
    /** Organiser organisation id (registry). */
    organiser: t.string(),
    /** 'scheduled' | 'live' | 'ended' */
    phase: t.string(),
    startsAt: t.float64(),
    endsAt: t.float64(),
  },
  'SessionInfo',
);
export type SessionInfo = SchemaType<typeof SessionInfo>;

/** The big screen: `mode` 'blank' | 'slides' | 'opd' | 'video' | 'camera'; fields of other modes are ''/0. */
export const StageScreen = schema(
  {
    mode: t.string().default('blank'),
    deckId: t.string().default(''),
    /** 0-based. */
    page: t.uint16().default(0),
    pages: t.uint16().default(0),
    opdId: t.string().default(''),
    url: t.string().default(''),
  },
  'StageScreen',
);
export type StageScreen = SchemaType<typeof StageScreen>;

/** The resident holding the floor; `handle` '' when nobody. */
export const StageFloor = schema(
  { handle: t.string().default(''), name: t.string().default(''), text: t.string().default('') },
  'StageFloor',
);
export type StageFloor = SchemaType<typeof StageFloor>;

/** An approved question, as residents see it. */
export const StageQuestion = schema(
  {
    text: t.string(),
    /** Name, or 'Warga' when asked anonymously. */
    author: t.string(),
    votes: t.uint32(),
    answered: t.boolean(),
    at: t.float64(),
  },
  'StageQuestion',
);
export type StageQuestion = SchemaType<typeof StageQuestion>;

/** The current (or last) poll; `id` 0 when there has been none. Tallies are empty while hidden. */
export const StagePoll = schema(
  {
    id: t.uint32().default(0),
    question: t.string().default(''),
    options: t.array('string'),
    multi: t.boolean().default(false),
    /** 'live' | 'close' */
    reveal: t.string().default('live'),
    open: t.boolean().default(false),
    /** Epoch ms of the timer, 0 without one. */
    endsAt: t.float64().default(0),
    tallies: t.array('uint32'),
    voters: t.uint32().default(0),
  },
  'StagePoll',
);
export type StagePoll = SchemaType<typeof StagePoll>;

export const StageChat = schema(
  { off: t.boolean().default(false), slowS: t.uint16().default(0), mutedAll: t.boolean().default(false) },
  'StageChat',
);
export type StageChat = SchemaType<typeof StageChat>;

export const SessionState = schema(
  {
    info: t.ref(SessionInfo),
    screen: t.ref(StageScreen),
    floor: t.ref(StageFloor),
    /** Handle → name of the residents on stage. */
    speakers: t.map('string'),
    /** Approved questions by id (as a string key). */
    questions: t.map(StageQuestion),
    poll: t.ref(StagePoll),
    chat: t.ref(StageChat),
    /** Raised hands (count only; the queue itself goes to staff). */
    hands: t.uint16().default(0),
    /** Attendees connected across all shards of the session, and the peak. */
    attendance: t.uint32().default(0),
    peak: t.uint32().default(0),
    /** Avatars in this shard, by Colyseus session id (Player as in `city`). */
    players: t.map(Player),
  },
  'SessionState',
);
export type SessionState = SchemaType<typeof SessionState>;
