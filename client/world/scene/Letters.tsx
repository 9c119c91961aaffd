// The red "CITY OF MAKASSAR" letters on the Losari platform (client only). Their own material adds a
// little red glow so the east-facing letters stay bright red against the afternoon sun behind them.
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { MeshLambertMaterial } from 'three';
import { buildLetters } from './lettersGeometry.ts';

const swallow = (e: ThreeEvent<MouseEvent>) => e.stopPropagation();

export function Letters() {
  const geometry = useMemo(buildLetters, []);
  const material = useMemo(() => new MeshLambertMaterial({ vertexColors: true, emissive: '#5a0a0a' }), []);
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element
  return <mesh geometry={geometry} material={material} onClick={swallow} />;
}
