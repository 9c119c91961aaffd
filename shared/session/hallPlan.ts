// The hall of public sessions (Aula Sipakatau, reached from Balai Kota): a rectangle with the stage
// and big screen at the north end (−z) and rows of audience seats facing it. Attendees appear at a
// seat and may walk anywhere on the floor; the stage is walkable only for hosts and speakers.
// Pure data; used by the server's move checks and the client's hall scene. Metres; y up.
import { type Box, box, type Solid } from '../geometry.ts';
import type { Walkable } from '../movement.ts';

export const HALL = {
  /** Inner walls. */
  bounds: { minX: -20, maxX: 20, minZ: -18, maxZ: 18 } satisfies Box,
  /** Raised stage platform across the north end. */
  stage: { minX: -12, maxX: 12, minZ: -17, maxZ: -9 } satisfies Box,
  stageHeightM: 0.9,
  /** The big screen on the north wall: centre, width, height; its bottom edge at `bottomY`. */
  screen: { x: 0, z: -17.6, width: 16, height: 9, bottomY: 2.6 },
  /** Lectern on the stage (a solid for everyone). */
  lectern: box(7, -11.5, 1.2, 0.8),
  /** Where the floor holder stands, spotlit: the front of the audience at the centre aisle. */
  floorSpot: { x: 0, z: -7 },
  /** Where speakers stand on the stage, left to right. */
  speakerSpots: [
    { x: -4, z: -12 },
    { x: -1.5, z: -12 },
    { x: 1.5, z: -12 },
    { x: 4, z: -12 },
    { x: -6, z: -13.5 },
    { x: 6, z: -13.5 },
  ],
  /**
   * Where hosts and admins appear: on the floor before the stage's right corner, so their camera shows
   * the screen as the audience sees it; the stage is theirs to walk up.
   */
  hostSpot: { x: 8, z: -7.2 },
  seats: { rows: 10, perSide: 8, firstRowZ: -4, rowStepM: 1.8, seatStepM: 1.1, aisleHalfWidthM: 1.6 },
} as const;

export type Seat = { x: number; z: number };

/** Every seat, front row first, left block then right block, facing the stage (−z). */
export const SEATS: readonly Seat[] = (() => {
  const { rows, perSide, firstRowZ, rowStepM, seatStepM, aisleHalfWidthM } = HALL.seats;
  const out: Seat[] = [];
  for (let r = 0; r < rows; r++) {
    const z = firstRowZ + r * rowStepM;
    for (let i = 0; i < perSide; i++) {
      const offset = aisleHalfWidthM + 0.6 + i * seatStepM;
      out.push({ x: -offset, z }, { x: offset, z });
    }
  }
  return out;
})();

/** The seat of the n-th attendee of a shard (wrapping, so any n has one). */
export function seatFor(n: number): Seat {
  return SEATS[n % SEATS.length] as Seat;
}

/** Residents: the floor of the hall, not the stage. */
export const AUDIENCE_FLOOR: Walkable = {
  bounds: HALL.bounds,
  solids: [HALL.stage, HALL.lectern] as Solid[],
};
/** Hosts, admins and speakers: the floor and the stage. */
export const STAGE_FLOOR: Walkable = { bounds: HALL.bounds, solids: [HALL.lectern] as Solid[] };
