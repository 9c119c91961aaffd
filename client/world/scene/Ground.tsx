// The walkable ground (client only). A tap on it inside layout.bounds reports the world point through
// onGroundPoint(x, z); drags (camera orbit) and taps outside the bounds are ignored.
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { CityLayout } from '../../../shared/layout.ts';
import { buildGround } from './groundGeometry.ts';
import { VERTEX_COLORED } from './materials.ts';
import { isTap } from './tap.ts';

type Props = { layout: CityLayout; onGroundPoint: (x: number, z: number) => void };

export function Ground({ layout, onGroundPoint }: Props) {
  const geometry = useMemo(() => buildGround(layout), [layout]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (!isTap(e)) return;
    const { x, z } = e.point;
    const b = layout.bounds;
    if (x >= b.minX && x <= b.maxX && z >= b.minZ && z <= b.maxZ) onGroundPoint(x, z);
  };
  // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element
  return <mesh geometry={geometry} material={VERTEX_COLORED} onClick={onClick} />;
}
