// Spotlights of the hall (client only): a soft light cone that fades out upwards (never over the big
// screen) and a bright disc on the floor over the resident holding the floor and over each speaker on stage. Two instanced meshes
// (two draw calls) however many are lit; placed in useFrame from the stage store and the avatars
// drawn this frame, never through React. Avatars carry names, not handles: a spotlight follows the
// avatar with the floor holder's (speaker's) name nearest to where they stand — the floor spot, or
// the speaker spots the server moves speakers to — and stays on that spot when none is found.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  AdditiveBlending,
  BufferAttribute,
  CircleGeometry,
  CylinderGeometry,
  DoubleSide,
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
} from 'three';
import { HALL } from '../../../shared/session/hallPlan.ts';
import { useStageStore } from '../../stores/useStageStore.ts';
import { avatarPoses } from '../avatars/avatarPoses.ts';
import { hallGroundY } from './hallGround.ts';

const MAX_LIT = 1 + HALL.speakerSpots.length;
const CONE_HEIGHT_M = 9;
/** How fast the beam fades with height: brightness ∝ (1 − y / CONE_HEIGHT_M) ^ BEAM_FADE_POWER. */
const BEAM_FADE_POWER = 3;
/** An avatar farther than this from its spot is not taken for the spotlit person. */
const FOLLOW_MAX_M = 40;
const m = new Matrix4();
type Spot = { x: number; z: number };

/** The avatar named `name` nearest to `spot`, or the spot itself. */
function follow(name: string, spot: Spot): Spot {
  let best: Spot = spot;
  let bestD = FOLLOW_MAX_M;
  for (const a of avatarPoses) {
    if (a.name !== name) continue;
    const d = Math.hypot(a.x - spot.x, a.z - spot.z);
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best;
}

/**
 * The beam: an open cone whose vertex colours fade from white at the floor to black (nothing, with
 * additive blending) by the ceiling, so it lights the person without washing out the big screen
 * that stands behind it in the audience's view.
 */
function fadingCone(): CylinderGeometry {
  const cone = new CylinderGeometry(0.35, 1.25, CONE_HEIGHT_M, 20, 8, true).translate(
    0,
    CONE_HEIGHT_M / 2,
    0,
  );
  const pos = cone.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const k = (1 - pos.getY(i) / CONE_HEIGHT_M) ** BEAM_FADE_POWER;
    colors.set([k, k, k], i * 3);
  }
  cone.setAttribute('color', new BufferAttribute(colors, 3));
  return cone;
}

export function Spotlights() {
  const cones = useRef<InstancedMesh | null>(null);
  const discs = useRef<InstancedMesh | null>(null);
  const parts = useMemo(
    () => ({
      cone: fadingCone(),
      disc: new CircleGeometry(1.15, 24).rotateX(-Math.PI / 2),
      coneMaterial: new MeshBasicMaterial({
        color: '#ffe9b0',
        transparent: true,
        opacity: 0.2,
        blending: AdditiveBlending,
        depthWrite: false,
        side: DoubleSide,
        vertexColors: true,
      }),
      discMaterial: new MeshBasicMaterial({
        color: '#fff0c8',
        transparent: true,
        opacity: 0.5,
        blending: AdditiveBlending,
        depthWrite: false,
      }),
    }),
    [],
  );
  useEffect(
    () => () => {
      for (const p of Object.values(parts)) p.dispose();
    },
    [parts],
  );

  useFrame(() => {
    const { floor, speakers } = useStageStore.getState();
    let n = 0;
    const light = (spot: Spot) => {
      const y = hallGroundY(spot.x, spot.z);
      m.makeTranslation(spot.x, y, spot.z);
      cones.current?.setMatrixAt(n, m);
      m.makeTranslation(spot.x, y + 0.02, spot.z);
      discs.current?.setMatrixAt(n, m);
      n++;
    };
    if (floor.handle) light(follow(floor.name, HALL.floorSpot));
    Object.values(speakers).forEach((name, i) => {
      if (n < MAX_LIT) light(follow(name, HALL.speakerSpots[i % HALL.speakerSpots.length] as Spot));
    });
    for (const mesh of [cones.current, discs.current]) {
      if (!mesh) continue;
      mesh.count = n;
      mesh.instanceMatrix.needsUpdate = true;
    }
  });

  return (
    <>
      <instancedMesh ref={cones} args={[parts.cone, parts.coneMaterial, MAX_LIT]} frustumCulled={false} />
      <instancedMesh ref={discs} args={[parts.disc, parts.discMaterial, MAX_LIT]} frustumCulled={false} />
    </>
  );
}
