// Street furniture in one merged mesh (client only): lamp posts along the roads inside the bounds,
// between booths and along the promenade; the posts, backs and category caps of the district signs;
// benches on the plaza; stalls and parked minibuses (streetLife). Decorative: taps pass through.
import { useEffect, useMemo } from 'react';
import { LOSARI, PLAZA } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { useLightScene } from '../useLightScene.ts';
import { districtSigns } from './districtSigns.ts';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { COLORS, categoryColor } from './palette.ts';
import { inRect, roadRect } from './roads.ts';
import { planScenery } from './scenery.ts';
import { addStreetLife } from './streetLife.ts';

/** Lamp spacing along the roads, metres; wider in the light scene (../useLightScene.ts). */
const lampPitchM = (light: boolean) => (light ? 36 : 24);

function lamp(mb: MeshBuilder, x: number, z: number, armYaw: number): void {
  mb.cyl(0.07, 0.12, 6.6, 4, '#3d4a45', [x, 0, z]);
  const ax = Math.cos(armYaw) * 0.9;
  const az = -Math.sin(armYaw) * 0.9;
  mb.box(1.9, 0.22, 0.3, '#3d4a45', [x + ax, 6.45, z + az], armYaw);
  mb.plane(0.9, 0.28, '#fff4d6', [x + ax * 1.5, 6.44, z + az * 1.5], [-Math.PI / 2, armYaw, 0]);
}

/** An umbul-umbul: a tall bamboo pole with a long cloth in the booth's category colour. */
function banner(mb: MeshBuilder, x: number, z: number, color: string): void {
  mb.cyl(0.05, 0.08, 7.5, 4, '#c9b27a', [x, 0, z]);
  mb.box(0.05, 4.2, 0.7, color, [x, 2.9, z + 0.38]);
  mb.box(0.06, 0.5, 0.72, COLORS.white, [x, 6.6, z + 0.38]);
}

export function StreetFurniture({ layout }: { layout: CityLayout }) {
  const light = useLightScene();
  const geometry = useMemo(() => {
    const mb = new MeshBuilder();
    const { roads } = planScenery(layout, light);
    const rects = roads.map((r) => roadRect(r));
    const b = layout.bounds;
    roads.forEach((r, i) => {
      if (r.width === 12 && r.walk > 2.5) return;
      const pitch = lampPitchM(light);
      for (let t = r.from + pitch / 2; t < r.to; t += pitch) {
        for (const side of [-1, 1]) {
          const off = r.c + side * (r.width / 2 - 0.4);
          const [x, z] = r.axis === 'x' ? [t, off] : [off, t];
          if (x < b.minX || x > b.maxX + 10 || z < b.minZ - 10 || z > b.maxZ + 10) continue;
          if (rects.some((o, j) => j !== i && inRect(o, x, z, 1))) continue;
          lamp(mb, x, z, r.axis === 'x' ? (side < 0 ? -Math.PI / 2 : Math.PI / 2) : side < 0 ? 0 : Math.PI);
        }
      }
    });
    layout.booths.forEach((booth, i) => {
      const x = booth.x + 6;
      const z = booth.z + booth.facing * 2.6;
      if (i % 2 === 0) lamp(mb, x, z, booth.facing > 0 ? -Math.PI / 2 : Math.PI / 2);
      else banner(mb, x, z, categoryColor(booth.category));
    });
    const pr = LOSARI.promenade;
    for (let z = pr.minZ + 6; z < pr.maxZ; z += 15) lamp(mb, pr.minX + 1.2, z, 0);

    for (const s of districtSigns(layout)) {
      const { x, y, z, w, h, rotY } = s.board;
      const c = Math.cos(rotY);
      const sn = Math.sin(rotY);
      for (const side of [-1, 1]) {
        const lx = side * (w / 2 + 0.12);
        mb.box(0.18, y + h / 2 + 0.5, 0.18, '#2f3438', [x + lx * c, 0, z - lx * sn], rotY);
      }
      mb.box(w + 0.3, h + 0.3, 0.1, '#2f3438', [x - 0.07 * sn, y - h / 2 - 0.15, z - 0.07 * c], rotY);
      mb.box(
        w + 0.5,
        0.3,
        0.3,
        categoryColor(s.category),
        [x - 0.05 * sn, y + h / 2 + 0.2, z - 0.05 * c],
        rotY,
      );
    }
    for (let x = PLAZA.minX + 6; x < PLAZA.maxX - 3; x += 12) {
      for (const z of [PLAZA.minZ + 3, PLAZA.maxZ - 3]) {
        mb.box(2.2, 0.45, 0.6, COLORS.wood, [x, 0, z]);
        mb.box(2.2, 0.5, 0.12, COLORS.wood, [x, 0.45, z + (z < -40 ? -0.25 : 0.25)]);
      }
    }
    addStreetLife(mb);
    return mb.build();
  }, [layout, light]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh geometry={geometry} material={VERTEX_COLORED} />;
}
