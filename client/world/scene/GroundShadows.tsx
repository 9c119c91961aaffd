// Soft baked shadows of booths, landmarks, houses and trees (client only): one translucent mesh,
// instead of real-time shadow maps that cheap phones cannot afford.
import { useEffect, useMemo } from 'react';
import { BALAI_KOTA, FORT, fortBastions, MANDALA } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { useLightScene } from '../useLightScene.ts';
import { planScenery } from './scenery.ts';
import { buildShadows, type Caster } from './shadowGeometry.ts';

const box = (b: { minX: number; maxX: number; minZ: number; maxZ: number }, h: number): Caster => ({
  x: (b.minX + b.maxX) / 2,
  z: (b.minZ + b.maxZ) / 2,
  hx: (b.maxX - b.minX) / 2,
  hz: (b.maxZ - b.minZ) / 2,
  h,
});

export function GroundShadows({ layout }: { layout: CityLayout }) {
  const light = useLightScene();
  const geometry = useMemo(() => {
    const { vegetation, blocks } = planScenery(layout, light);
    const casters: Caster[] = layout.booths.map((b) => ({ ...box(b.footprint, 4.5), hx: 4.6 }));
    casters.push(
      box(BALAI_KOTA.hall, 12),
      box(BALAI_KOTA.tower, BALAI_KOTA.towerFloors * BALAI_KOTA.floorHeightM),
    );
    const f = FORT;
    casters.push({
      x: f.centre.x,
      z: f.centre.z,
      hx: f.width / 2 + 1.5,
      hz: f.depth / 2 + 1.5,
      h: f.wallHeight,
    });
    for (const [x, z] of fortBastions())
      casters.push({ x, z, hx: 5, hz: 5, h: f.wallHeight, rot: Math.PI / 4 });
    casters.push({ x: MANDALA.x, z: MANDALA.z, hx: MANDALA.baseSize / 2, hz: MANDALA.baseSize / 2, h: 5 });
    casters.push({ x: MANDALA.x, z: MANDALA.z, hx: 2, hz: 2, h: MANDALA.heightM - 4, rot: Math.PI / 4 });
    // The light scene (../useLightScene.ts) skips the shophouses' shadows, mostly hidden behind the blocks.
    if (!light)
      for (const r of blocks.ruko) casters.push({ x: r.x, z: r.z, hx: r.sx / 2, hz: r.sz / 2, h: r.sy });
    for (const t of blocks.towers) casters.push({ x: t.x, z: t.z, hx: t.sx / 2, hz: t.sz / 2, h: t.sy });
    for (const s of blocks.stilts) {
      if (s.y === 0)
        casters.push({ x: s.x, z: s.z, hx: 3.3 * s.sx, hz: 4.6 * s.sx, h: 7 * s.sy, rot: s.rot });
    }
    const trees = [
      ...vegetation.trees.map((t) => ({ x: t.x, z: t.z, r: t.h * 0.36, y: t.h * 0.6 })),
      ...vegetation.palms.filter((p) => p.x > -99).map((p) => ({ x: p.x, z: p.z, r: p.h * 0.3, y: p.h })),
    ];
    return buildShadows(casters, trees);
  }, [layout, light]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} renderOrder={1}>
      <meshBasicMaterial color="#1c2a10" transparent opacity={0.2} depthWrite={false} />
    </mesh>
  );
}
