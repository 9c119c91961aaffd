// The sea west of SHORE_X (client only): one large plane at SEA_Y with the animated sea shader.
// Not walkable, so it has no pointer handlers.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { SHORE_X } from '../../../shared/cityPlan.ts';
import { SEA_Y } from './groundBase.ts';
import { createSeaMaterial } from './seaMaterial.ts';

const SEA_SIZE_M = 5000;

/** `flat`: the low render tier's sea (see seaMaterial.ts). */
export function Sea({ flat = false }: { flat?: boolean }) {
  const material = useMemo(() => createSeaMaterial(flat), [flat]);
  useEffect(() => () => material.dispose(), [material]);
  useFrame((_, delta) => {
    const time = material.uniforms.uTime;
    if (time) time.value += delta;
  });
  return (
    <mesh material={material} position={[SHORE_X - SEA_SIZE_M / 2 + 1, SEA_Y, 0]} rotation-x={-Math.PI / 2}>
      <planeGeometry args={[SEA_SIZE_M, SEA_SIZE_M]} />
    </mesh>
  );
}
