// Telling a tap from a camera drag (client only). R3F reports in `delta` how far, in CSS pixels, the
// pointer moved between pointerdown and this click; only short moves count as a tap.
import type { ThreeEvent } from '@react-three/fiber';

export const TAP_MAX_PX = 6;

export function isTap(e: ThreeEvent<MouseEvent>): boolean {
  return e.delta < TAP_MAX_PX;
}
