// Unit geometries of the instanced vegetation (client only), each 1 m tall so an instance scales it
// uniformly to its height: a coconut palm with a curved trunk, a broadleaf shade tree (trembesi /
// ketapang), and a flowering bush. Palms and trees carry their own colours, which a pale instance
// colour only varies; a bush is white and takes its colour (leaves or flowers) from the instance.
import { BufferGeometry, CylinderGeometry, Float32BufferAttribute, IcosahedronGeometry } from 'three';
import { MeshBuilder } from './meshBuilder.ts';

const FRONDS = 9;
/** Phone tier: fewer fronds of two segments and a four-sided trunk (44 instead of 84 triangles). */
const FRONDS_LITE = 7;

/** Palm: trunk bending towards +x, a crown of drooping fronds at (PALM_TOP.x, 1, 0). */
const PALM_TOP = { x: 0.09, y: 1 } as const;

export function palmGeometry(lite = false): BufferGeometry {
  const mb = new MeshBuilder();
  const trunk = new CylinderGeometry(0.017, 0.028, 1, lite ? 4 : 5, lite ? 2 : 3, true).translate(0, 0.5, 0);
  const p = trunk.getAttribute('position');
  for (let i = 0; i < p.count; i++) p.setX(i, p.getX(i) + PALM_TOP.x * p.getY(i) ** 2);
  mb.add(trunk, '#8c7a64');
  const pos: number[] = [];
  const col: number[] = [];
  const full = [
    [0, 0, 0, '#3f7326'],
    [0.16, 0.06, 0.05, '#4c8a2c'],
    [0.3, 0.02, 0.045, '#5c9c34'],
    [0.4, -0.1, 0.004, '#76ad45'],
  ] as const;
  const spine = lite ? [full[0], [0.22, 0.05, 0.05, '#4c8a2c'] as const, full[3]] : full;
  const fronds = lite ? FRONDS_LITE : FRONDS;
  for (let k = 0; k < fronds; k++) {
    const a = (k / fronds) * Math.PI * 2 + (k % 2) * 0.2;
    const droop = k % 2 ? 0.03 : -0.02;
    const c = Math.cos(a);
    const s = Math.sin(a);
    const edge = (i: number, side: number): number[] => {
      const [r, y, w] = spine[i] as readonly [number, number, number, string];
      return [
        PALM_TOP.x + r * c - side * w * s,
        PALM_TOP.y + y + droop * i - Math.abs(side) * w * 0.3,
        r * s + side * w * c,
      ];
    };
    for (let i = 0; i + 1 < spine.length; i++) {
      const quad = [edge(i, -1), edge(i + 1, -1), edge(i + 1, 1), edge(i, -1), edge(i + 1, 1), edge(i, 1)];
      const shades = [i, i + 1, i + 1, i, i + 1, i].map((j) =>
        hexRgb((spine[j] as readonly unknown[])[3] as string),
      );
      for (const v of quad) pos.push(...v);
      for (const rgb of shades) col.push(...rgb);
    }
  }
  const crown = new BufferGeometry();
  crown.setAttribute('position', new Float32BufferAttribute(pos, 3));
  crown.setAttribute('color', new Float32BufferAttribute(col, 3));
  crown.computeVertexNormals();
  mb.add(crown, null);
  return mb.build();
}

/**
 * Broadleaf shade tree: short trunk, a wide canopy of two overlapping low-poly blobs (one blob and a
 * four-sided trunk when `lite`, the phone tier: 28 instead of 50 triangles).
 */
export function broadleafGeometry(lite = false): BufferGeometry {
  const mb = new MeshBuilder();
  mb.add(new CylinderGeometry(0.035, 0.05, 0.5, lite ? 4 : 5, 1, true).translate(0, 0.25, 0), '#7a5c40');
  if (lite)
    return mb.add(new IcosahedronGeometry(0.42, 0).scale(1, 0.66, 1), '#5b9636', [0, 0.66, 0]).build();
  mb.add(new IcosahedronGeometry(0.38, 0).scale(1, 0.62, 1), '#5b9636', [0, 0.62, 0]);
  mb.add(new IcosahedronGeometry(0.26, 0).scale(1, 0.7, 1), '#6aa640', [0.16, 0.8, 0.08], [0, 0.7, 0]);
  return mb.build();
}

/** Bush: one low blob, coloured entirely by its instance (leaves or bougainvillea flowers). */
export function bushGeometry(): BufferGeometry {
  return new MeshBuilder()
    .add(new IcosahedronGeometry(0.5, 0).scale(1, 0.75, 1), '#ffffff', [0, 0.32, 0])
    .build();
}

/** Linear RGB of a hex colour (vertex colours are linear). */
function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return [lin(n >> 16), lin((n >> 8) & 255), lin(n & 255)];
}
