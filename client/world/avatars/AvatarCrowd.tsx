// Every avatar in the shard (the local visitor included) drawn as a few instanced meshes: one draw
// call per body part, however many visitors. Poses come from motion.ts in useFrame, never from React.
// `groundY` (optional, metres) lifts an avatar standing on raised ground (the hall's stage).
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { BoxGeometry, Color, type InstancedMesh, Matrix4, MeshLambertMaterial, SphereGeometry } from 'three';
import { ANIM } from '../../../shared/protocol.ts';
import { INTERPOLATION_DELAY_MS, remotes, type Sample, sampleAt, self } from '../../stores/motion.ts';
import { useConnectionStore } from '../../stores/useConnectionStore.ts';
import { usePlayersStore } from '../../stores/usePlayersStore.ts';
import { litPerVertexInLowTier } from '../scene/vertexLighting.ts';
import { avatarPoses } from './avatarPoses.ts';
import { PARTS, partMatrix } from './avatarRig.ts';

export const MAX_AVATARS = 256;

/** Lit per vertex in the low render tier, like the city (../scene/vertexLighting.ts). */
const material = litPerVertexInLowTier(new MeshLambertMaterial());
const geometries = {
  box: new BoxGeometry(1, 1, 1),
  head: new SphereGeometry(0.5, 12, 8),
};
const scratch: Sample = { t: 0, x: 0, z: 0, heading: 0, anim: 0 };
const selfPose: Sample = { t: 0, x: 0, z: 0, heading: 0, anim: 0 };
const m = new Matrix4();
const color = new Color();
const phases = new Map<string, number>();

type Props = { groundY?: (x: number, z: number) => number };

export function AvatarCrowd({ groundY }: Props = {}) {
  const meshes = useRef<Array<InstancedMesh | null>>([]);

  useLayoutEffect(() => {
    for (const mesh of meshes.current) if (mesh) mesh.count = 0;
  }, []);

  useFrame((_, delta) => {
    const players = usePlayersStore.getState().players;
    const selfId = useConnectionStore.getState().selfId;
    const renderAt = performance.now() - INTERPOLATION_DELAY_MS;
    let n = 0;
    avatarPoses.length = 0;
    for (const id in players) {
      if (n >= MAX_AVATARS) break;
      const info = players[id];
      if (!info) continue;
      let pose: Sample;
      if (id === selfId) {
        if (!self.placed) continue;
        pose = Object.assign(selfPose, {
          x: self.x,
          z: self.z,
          heading: self.heading,
          anim: ANIM[self.anim],
        });
      } else {
        const motion = remotes.get(id);
        if (!motion) continue;
        pose = sampleAt(motion, renderAt, scratch);
      }
      const walking = pose.anim === ANIM.walk;
      const phase = ((phases.get(id) ?? 0) + (walking ? delta * 9 : 0)) % (Math.PI * 2);
      phases.set(id, walking ? phase : phase * 0.8);
      avatarPoses.push({
        id,
        name: info.name,
        x: pose.x,
        z: pose.z,
        self: id === selfId,
        dim: !info.connected,
      });
      const y = groundY ? groundY(pose.x, pose.z) : 0;
      PARTS.forEach((part, p) => {
        const mesh = meshes.current[p];
        if (!mesh) return;
        partMatrix(m, part, pose.x, pose.z, pose.heading, walking ? Math.sin(phase) : 0);
        m.elements[13] = (m.elements[13] ?? 0) + y;
        mesh.setMatrixAt(n, m);
        mesh.setColorAt(n, part.color === 'player' ? color.set(info.color) : color.set(part.color));
      });
      n++;
    }
    for (const mesh of meshes.current) {
      if (!mesh) continue;
      mesh.count = n;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
  });

  return (
    <group>
      {PARTS.map((part, p) => (
        <instancedMesh
          key={part.name}
          ref={(el) => {
            meshes.current[p] = el;
          }}
          args={[part.shape === 'head' ? geometries.head : geometries.box, material, MAX_AVATARS]}
          frustumCulled={false}
          castShadow
        />
      ))}
    </group>
  );
}
