// Aula Sipakatau, the hall of public sessions (client only), drawn from shared/session/hallPlan.ts:
// the room and stage (one merged mesh), the painted Bugis-Makassar decoration, the audience chairs,
// the big screen with the caption strip, and the spotlights; warm indoor light. Budget without
// avatars: ≤ 40 draw calls and ≤ 40k triangles (renderer.info; measured in the README).
// Taps on the floor or the stage → onGroundPoint(x, z) in hall metres (the walk rules decide whether
// the visitor may go there); a pointer that moved between down and up (a camera drag) is not a tap.
import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color } from 'three';
import { HALL } from '../../../shared/session/hallPlan.ts';
import { VERTEX_COLORED } from '../scene/materials.ts';
import { isTap } from '../scene/tap.ts';
import { HallDecor } from './HallDecor.tsx';
import { HallScreen } from './HallScreen.tsx';
import { HallSeats } from './HallSeats.tsx';
import { HALL_COLORS } from './hallColors.ts';
import { buildHallShell } from './hallShell.ts';
import { Spotlights } from './Spotlights.tsx';

type Props = { onGroundPoint: (x: number, z: number) => void };

/** Only faces pointing up (floor, stage top, steps) take taps. */
const UP_MIN = 0.9;

export function HallScene({ onGroundPoint }: Props) {
  const shell = useMemo(buildHallShell, []);
  useEffect(() => () => shell.dispose(), [shell]);
  // Set in an effect (as Daylight does), so it runs after the city's sky has been taken down.
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const previous = scene.background;
    scene.background = new Color(HALL_COLORS.air);
    return () => {
      scene.background = previous;
    };
  }, [scene]);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (!isTap(e) || (e.face?.normal.y ?? 0) < UP_MIN || e.point.y > HALL.stageHeightM + 0.1) return;
    const { x, z } = e.point;
    const b = HALL.bounds;
    if (x >= b.minX && x <= b.maxX && z >= b.minZ && z <= b.maxZ) onGroundPoint(x, z);
  };
  return (
    <>
      <fog attach="fog" args={[HALL_COLORS.air, 60, 140]} />
      <hemisphereLight args={['#fff1d6', '#6b4326', 1.5]} />
      <ambientLight color="#ffe2b8" intensity={0.35} />
      <directionalLight color="#ffd9a0" intensity={1.3} position={[12, 30, 20]} />
      <pointLight color="#ffc27a" intensity={120} distance={30} decay={1.6} position={[0, 9, -8]} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element */}
      <mesh geometry={shell} material={VERTEX_COLORED} onClick={onClick} />
      <HallDecor />
      <HallSeats />
      <HallScreen />
      <Spotlights />
    </>
  );
}
