// The city beyond the walkable bounds (client only) so the world never ends in a void: instanced
// shophouses and their roofs, instanced Bugis-Makassar stilt houses, and one merged mesh for the
// few towers (with floor bands) and the port's container stacks. Decorative, no pointer handlers.
// The light scene (../useLightScene.ts) gets thinner lists from planScenery and lighter shophouses and towers.
import { useEffect, useMemo } from 'react';
import type { CityLayout } from '../../../shared/layout.ts';
import { useLightScene } from '../useLightScene.ts';
import { rukoGeometry, rukoRoofGeometry, stiltHouseGeometry, stiltRoofGeometry } from './houseGeometry.ts';
import { instancedMesh } from './instances.ts';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { planScenery } from './scenery.ts';

const FLOOR_M = 3.6;
/** Window bands on every floor, or every second floor in the light scene. */
const bandStepM = (light: boolean) => (light ? FLOOR_M * 2 : FLOOR_M);
const SIDES = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

export function Background({ layout }: { layout: CityLayout }) {
  const light = useLightScene();
  const { meshes, skyline } = useMemo(() => {
    const b = planScenery(layout, light).blocks;
    const mb = new MeshBuilder();
    for (const t of b.towers) {
      mb.box(t.sx, t.sy, t.sz, t.color, [t.x, 0, t.z]);
      for (let y = FLOOR_M; y < t.sy - 1; y += bandStepM(light)) {
        for (const [nx, nz] of SIDES) {
          mb.plane(
            nx ? t.sz - 1 : t.sx - 1,
            1.9,
            '#4f6f88',
            [t.x + nx * (t.sx / 2 + 0.05), y - 2.3, t.z + nz * (t.sz / 2 + 0.05)],
            [0, Math.atan2(nx, nz), 0],
          );
        }
      }
      mb.box(t.sx * 0.5, 3, t.sz * 0.5, t.color, [t.x, t.sy, t.z]);
    }
    for (const c of b.containers) mb.box(c.sx - 0.2, c.sy - 0.1, c.sz - 0.2, c.color, [c.x, c.y, c.z]);
    return {
      skyline: mb.size > 0 ? mb.build() : null,
      meshes: [
        instancedMesh(rukoGeometry(light), VERTEX_COLORED, b.ruko),
        instancedMesh(rukoRoofGeometry(), VERTEX_COLORED, b.rukoRoofs),
        instancedMesh(stiltHouseGeometry(), VERTEX_COLORED, b.stilts),
        instancedMesh(stiltRoofGeometry(), VERTEX_COLORED, b.stiltRoofs),
      ],
    };
  }, [layout, light]);
  useEffect(
    () => () => {
      for (const m of meshes) {
        m.geometry.dispose();
        m.dispose();
      }
      skyline?.dispose();
    },
    [meshes, skyline],
  );
  return (
    <>
      {meshes.map((m) => (
        <primitive key={m.uuid} object={m} />
      ))}
      {skyline && <mesh geometry={skyline} material={VERTEX_COLORED} />}
    </>
  );
}
