// Masjid Terapung Amirul Mukminin (client only): the floating mosque on piles off Losari, white with
// two blue domes and two minarets, joined to the promenade by a footbridge. Also Masjid 99 Kubah on
// the CPI reclamation to the south-west, a stepped pyramid of orange, red, blue and white domes.
import { FLOATING_MOSQUE, SHORE_X } from '../../../shared/cityPlan.ts';
import { SEA_Y } from './groundBase.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';

const DECK_Y = 1.3;
/** The CPI reclamation island: centre and half sizes, metres. */
export const CPI = { x: -235, z: 270, hx: 75, hz: 60 } as const;

export function addFloatingMosque(mb: MeshBuilder): void {
  const { x, z, size } = FLOATING_MOSQUE;
  const half = size / 2;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const px = x - half + 2 + (i * (size - 4)) / 3;
      const pz = z - half + 2 + (j * (size - 4)) / 3;
      mb.cyl(0.35, 0.35, DECK_Y - SEA_Y + 1, 6, '#cfc8bb', [px, SEA_Y - 1, pz]);
    }
  }
  mb.box(size + 2, 0.5, size + 2, '#e9e4da', [x, DECK_Y, z]);
  const body = size - 4;
  mb.box(body, 6, body, COLORS.white, [x, DECK_Y + 0.5, z]);
  for (const [fx, fz] of [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const) {
    for (let k = -2; k <= 2; k++) {
      if (fx === 1 && k === 0) continue;
      const along = k * 3.4;
      const ax = fx ? x + fx * (body / 2 + 0.02) : x + along;
      const az = fz ? z + fz * (body / 2 + 0.02) : z + along;
      mb.box(fx ? 0.12 : 1.5, 3.2, fz ? 0.12 : 1.5, '#2d5f8f', [ax, DECK_Y + 1.6, az]);
      mb.dome(0.75, 6, '#2d5f8f', [ax, DECK_Y + 4.8, az], 1.2);
    }
  }
  mb.box(body + 1.2, 0.6, body + 1.2, '#e6edf3', [x, DECK_Y + 6.5, z]);
  for (const dz of [-4.3, 4.3]) {
    mb.cyl(3.3, 3.3, 1.8, 12, COLORS.white, [x, DECK_Y + 7.1, z + dz]);
    mb.dome(3.5, 14, COLORS.domeBlue, [x, DECK_Y + 8.9, z + dz], 1.25);
    mb.cyl(0, 0.25, 1.6, 6, COLORS.gold, [x, DECK_Y + 13.2, z + dz]);
  }
  for (const dz of [-half + 1, half - 1]) {
    const mx = x + half - 1;
    mb.cyl(0.85, 1.0, 19, 8, COLORS.white, [mx, DECK_Y + 0.5, z + dz]);
    mb.cyl(1.35, 1.1, 0.7, 8, '#dfe6ec', [mx, DECK_Y + 14, z + dz]);
    mb.cyl(0.95, 0.95, 0.5, 8, COLORS.domeBlue, [mx, DECK_Y + 19.5, z + dz]);
    mb.cyl(0, 0.95, 2.6, 8, COLORS.domeBlue, [mx, DECK_Y + 20, z + dz]);
    mb.cyl(0, 0.12, 1, 5, COLORS.gold, [mx, DECK_Y + 22.6, z + dz]);
  }
  // Footbridge from the promenade.
  const bx0 = x + half + 1;
  const len = SHORE_X - bx0;
  mb.box(len, 0.35, 3.6, '#e9e4da', [bx0 + len / 2, DECK_Y, z]);
  for (const side of [-1, 1])
    mb.box(len, 0.9, 0.12, COLORS.white, [bx0 + len / 2, DECK_Y + 0.35, z + side * 1.75]);
  for (let px = bx0 + 3; px < SHORE_X; px += 5) {
    for (const side of [-1, 1])
      mb.cyl(0.25, 0.25, DECK_Y - SEA_Y + 1, 5, '#cfc8bb', [px, SEA_Y - 1, z + side * 1.5]);
  }
}

export function addCpi(mb: MeshBuilder): void {
  const c = CPI;
  mb.box(c.hx * 2, 1.8, c.hz * 2, '#c9c0ad', [c.x, SEA_Y - 1.2, c.z]);
  mb.flat(c.x - c.hx + 3, c.z - c.hz + 3, c.x + c.hx - 3, c.z + c.hz - 3, SEA_Y + 0.62, COLORS.lawn);
  // Masjid 99 Kubah: tiers of small domes on a stepped base, crowned by one large dome.
  const mx = c.x + 10;
  const mz = c.z - 20;
  const tiers = [
    { half: 18, y: 0, count: 7, r: 2.1, color: '#ec7a1c' },
    { half: 13, y: 5, count: 5, r: 2, color: '#d8361f' },
    { half: 8.5, y: 10, count: 4, r: 1.8, color: '#f0a92e' },
    { half: 4.5, y: 15, count: 2, r: 1.7, color: '#2f6fd0' },
  ];
  const base = SEA_Y + 0.6;
  for (const t of tiers) {
    mb.box(t.half * 2, 5, t.half * 2, '#f4efe6', [mx, base + t.y, mz]);
    for (let side = 0; side < 4; side++) {
      for (let k = 0; k < t.count; k++) {
        const along = -t.half + ((k + 0.5) * 2 * t.half) / t.count;
        const [ox, oz] = [
          [along, -t.half],
          [t.half, along],
          [-along, t.half],
          [-t.half, -along],
        ][side] as [number, number];
        mb.dome(t.r, 6, k % 2 ? t.color : '#ffffff', [mx + ox * 0.88, base + t.y + 5, mz + oz * 0.88], 1.3);
      }
    }
  }
  mb.dome(4, 10, '#e24a1a', [mx, base + 20, mz], 1.3);
  mb.cyl(0, 0.3, 2, 5, COLORS.gold, [mx, base + 25, mz]);
}
