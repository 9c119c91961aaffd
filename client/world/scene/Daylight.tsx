// Sky, sun and haze of a tropical afternoon (client only): the equirectangular sky as the scene
// background, linear fog in the horizon colour, a hemisphere light and a directional sun. No shadow
// maps (cheap phones): ground shadows are baked into GroundShadows instead.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { createSkyTexture } from './skyTexture.ts';
import { FOG_FAR_M, FOG_NEAR_M, HORIZON, SUN_COLOR, SUN_DIR } from './sunlight.ts';

const SUN_DISTANCE_M = 200;

export function Daylight() {
  const scene = useThree((s) => s.scene);
  const sky = useMemo(createSkyTexture, []);
  useEffect(() => {
    const previous = scene.background;
    scene.background = sky;
    return () => {
      scene.background = previous;
      sky.dispose();
    };
  }, [scene, sky]);
  return (
    <>
      <fog attach="fog" args={[HORIZON, FOG_NEAR_M, FOG_FAR_M]} />
      <hemisphereLight args={['#d8ecff', '#b0a27c', 1.35]} />
      <ambientLight color="#fff8ee" intensity={0.45} />
      <directionalLight
        color={SUN_COLOR}
        intensity={2.0}
        position={[SUN_DIR.x * SUN_DISTANCE_M, SUN_DIR.y * SUN_DISTANCE_M, SUN_DIR.z * SUN_DISTANCE_M]}
      />
    </>
  );
}
