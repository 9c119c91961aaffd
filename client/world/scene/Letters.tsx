// The red "CITY OF MAKASSAR" letters on the Losari platform (client only). Their own material
// (LETTERS_RED) adds a little red glow so the east-facing letters stay bright red against the sun.
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { buildLetters } from './lettersGeometry.ts';
import { LETTERS_RED } from './materials.ts';

const swallow = (e: ThreeEvent<MouseEvent>) => e.stopPropagation();

export function Letters() {
  const geometry = useMemo(buildLetters, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element
  return <mesh geometry={geometry} material={LETTERS_RED} onClick={swallow} />;
}
