// Palms, shade trees and flowering bushes (client only): three instanced meshes, one per kind.
// Purely decorative: no pointer handlers, so taps pass through to the ground. Lighter palms and shade
// trees on the phone tier (../tier.ts).
import { useEffect, useMemo } from 'react';
import type { CityLayout } from '../../../shared/layout.ts';
import { useLightScene } from '../useLightScene.ts';
import { instancedMesh } from './instances.ts';
import { VERTEX_COLORED, VERTEX_COLORED_2SIDED } from './materials.ts';
import { planScenery } from './scenery.ts';
import { broadleafGeometry, bushGeometry, palmGeometry } from './treeGeometry.ts';
import type { Plant } from './vegetation.ts';

const scaled = (p: Plant) => ({ ...p, sx: p.h, sy: p.h, sz: p.h });

export function Trees({ layout }: { layout: CityLayout }) {
  const light = useLightScene();
  const meshes = useMemo(() => {
    const veg = planScenery(layout, light).vegetation;
    return [
      instancedMesh(palmGeometry(light), VERTEX_COLORED_2SIDED, veg.palms.map(scaled)),
      instancedMesh(broadleafGeometry(light), VERTEX_COLORED, veg.trees.map(scaled)),
      instancedMesh(
        bushGeometry(),
        VERTEX_COLORED,
        veg.bushes.map((b) => ({ ...b, sx: b.h * 1.3, sy: b.h, sz: b.h * 1.3 })),
      ),
    ];
  }, [layout, light]);
  useEffect(
    () => () => {
      for (const m of meshes) {
        m.geometry.dispose();
        m.dispose();
      }
    },
    [meshes],
  );
  return (
    <>
      {meshes.map((m) => (
        <primitive key={m.uuid} object={m} />
      ))}
    </>
  );
}
