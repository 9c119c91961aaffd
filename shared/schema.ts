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

export const CityState = schema(
  {
    players: t.map(Player),
  },
  'CityState',
);
export type CityState = SchemaType<typeof CityState>;
