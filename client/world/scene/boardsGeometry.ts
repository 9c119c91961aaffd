// The textured quads of every sign, display and name plate (client only), merged into one geometry
// that samples the sign atlas: one draw call for all text in the city.
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { headlineFigures } from '../../../shared/booth.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { createSignAtlas, type SignAtlas, type Uv } from './boothDisplays.ts';
import { BOOTH_DISPLAY, BOOTH_SIGN } from './boothGeometry.ts';
import { districtSigns } from './districtSigns.ts';
import { LANDMARK_PLATES, PLATE_ASPECT } from './landmarkLabels.ts';
import { categoryColor } from './palette.ts';

type Quad = { x: number; y: number; z: number; w: number; h: number; rotY: number };

export function buildBoards(layout: CityLayout): { geometry: BufferGeometry; atlas: SignAtlas } {
  const signs = districtSigns(layout);
  const atlas = createSignAtlas({
    booths: layout.booths.map((b) => {
      const org = findOrganisation(REGISTRY, b.id);
      return {
        id: b.id,
        title: b.abbreviation,
        color: categoryColor(b.category),
        figures: org ? headlineFigures(org) : [],
      };
    }),
    districts: signs.map((s) => ({ label: s.label, color: categoryColor(s.category) })),
    labels: LANDMARK_PLATES.map((p) => p.text),
  });
  const pos: number[] = [];
  const uvs: number[] = [];
  const quad = (q: Quad, uv: Uv) => {
    const c = Math.cos(q.rotY);
    const s = Math.sin(q.rotY);
    const corners = [
      [-1, -1, uv.u0, uv.v0],
      [1, -1, uv.u1, uv.v0],
      [1, 1, uv.u1, uv.v1],
      [-1, -1, uv.u0, uv.v0],
      [1, 1, uv.u1, uv.v1],
      [-1, 1, uv.u0, uv.v1],
    ] as const;
    for (const [cx, cy, u, v] of corners) {
      const lx = (cx * q.w) / 2;
      pos.push(q.x + lx * c, q.y + (cy * q.h) / 2, q.z - lx * s);
      uvs.push(u, v);
    }
  };
  for (const b of layout.booths) {
    const cell = atlas.booths.get(b.id);
    if (!cell) continue;
    const rotY = b.facing === 1 ? 0 : Math.PI;
    const place = (p: typeof BOOTH_SIGN | typeof BOOTH_DISPLAY): Quad => ({
      x: b.x + p.x * b.facing,
      y: p.y,
      z: b.z + p.z * b.facing,
      w: p.w,
      h: p.h,
      rotY,
    });
    quad(place(BOOTH_SIGN), cell.sign);
    quad(place(BOOTH_DISPLAY), cell.display);
  }
  signs.forEach((s, i) => {
    const uv = atlas.districts[i];
    if (uv) quad(s.board, uv);
  });
  LANDMARK_PLATES.forEach((p, i) => {
    const uv = atlas.labels[i];
    if (uv) quad({ x: p.x, y: p.y, z: p.z, w: p.w, h: p.w / PLATE_ASPECT, rotY: p.rotY }, uv);
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(pos, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  geometry.computeBoundingSphere();
  return { geometry, atlas };
}
