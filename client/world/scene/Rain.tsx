// Rain while the server says it rains (client only): RAIN_STREAKS line segments in a box around the
// camera, falling in the vertex shader — one draw call, no per-frame allocation or React work. Each
// streak is fixed in the world and wraps around the box, so walking through the rain looks right.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineSegments, ShaderMaterial, Vector3 } from 'three';
import { seeded } from '../../../shared/random.ts';
import { useWeatherStore } from '../../stores/useWeatherStore.ts';

const RAIN_STREAKS = 2500;
/** Box around the camera, metres. */
const BOX_M = 70;
const BOX_HEIGHT_M = 36;
const FALL_MPS = 14;
const STREAK_M = 0.9;

/** A GLSL float literal. */
const f = (n: number) => n.toFixed(3);

const vertexShader = /* glsl */ `
  uniform float uTime;
  uniform vec3 uCenter;
  attribute float aEnd;
  void main() {
    vec3 box = vec3(${f(BOX_M)}, ${f(BOX_HEIGHT_M)}, ${f(BOX_M)});
    vec3 corner = uCenter - vec3(${f(BOX_M / 2)}, ${f(BOX_HEIGHT_M / 3)}, ${f(BOX_M / 2)});
    vec3 p = position * box;
    p.y -= uTime * ${f(FALL_MPS)};
    vec3 world = corner + mod(p - corner, box);
    world += aEnd * vec3(0.08, ${f(STREAK_M)}, 0.04);
    gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
  }
`;

const fragmentShader = /* glsl */ `
  void main() { gl_FragColor = vec4(0.8, 0.84, 0.9, 0.55); }
`;

function rainMesh(): LineSegments {
  const rnd = seeded(60);
  const base = new Float32Array(RAIN_STREAKS * 6);
  const end = new Float32Array(RAIN_STREAKS * 2);
  for (let i = 0; i < RAIN_STREAKS; i++) {
    const [x, y, z] = [rnd(), rnd(), rnd()];
    base.set([x, y, z, x, y, z], i * 6);
    end[i * 2 + 1] = 1;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(base, 3));
  geometry.setAttribute('aEnd', new Float32BufferAttribute(end, 1));
  const material = new ShaderMaterial({
    uniforms: { uTime: { value: 0 }, uCenter: { value: new Vector3() } },
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
  });
  const mesh = new LineSegments(geometry, material);
  mesh.frustumCulled = false;
  return mesh;
}

export function Rain() {
  const rain = useWeatherStore((s) => s.rain);
  return rain ? <RainStreaks /> : null;
}

function RainStreaks() {
  const mesh = useMemo(rainMesh, []);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as ShaderMaterial).dispose();
    },
    [mesh],
  );
  useFrame(({ camera, clock }) => {
    const u = (mesh.material as ShaderMaterial).uniforms;
    if (u.uTime) u.uTime.value = clock.elapsedTime;
    (u.uCenter?.value as Vector3 | undefined)?.copy(camera.position);
  });
  return <primitive object={mesh} />;
}
