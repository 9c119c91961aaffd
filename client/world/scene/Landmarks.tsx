// The hand-placed landmarks of cityPlan in one merged, vertex-coloured mesh (client only): Fort
// Rotterdam, Balai Kota and its tower, the flag, Monumen Mandala, Karebosi's fittings, the floating
// mosque, Lae-Lae, boats, port cranes and Masjid 99 Kubah. Taps on them are swallowed so they never
// count as taps on the ground behind.
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { addBalaiKota } from './balaiKotaGeometry.ts';
import { addCivic } from './civicGeometry.ts';
import { addFort } from './fortGeometry.ts';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { addCpi, addFloatingMosque } from './mosqueGeometry.ts';
import { addWaterfront } from './waterfrontGeometry.ts';

const swallow = (e: ThreeEvent<MouseEvent>) => e.stopPropagation();

export function Landmarks() {
  const geometry = useMemo(() => {
    const mb = new MeshBuilder();
    addFort(mb);
    addBalaiKota(mb);
    addCivic(mb);
    addFloatingMosque(mb);
    addCpi(mb);
    addWaterfront(mb);
    return mb.build();
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element
  return <mesh geometry={geometry} material={VERTEX_COLORED} onClick={swallow} />;
}
