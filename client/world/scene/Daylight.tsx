// Sky, sun and haze of a tropical afternoon (client only): the equirectangular sky as the scene
// background, linear fog in the horizon colour, a hemisphere light and a directional sun. No shadow
// maps (cheap phones): ground shadows are baked into GroundShadows instead. The weather from the
// server greys it: an overcast sky (more, greyer clouds), greyer haze and softer light — no extra
// draw calls, the sky is redrawn only when the overcast step changes.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { UVMapping } from 'three';
import { useWeatherStore } from '../../stores/useWeatherStore.ts';
import { createSkyTexture } from './skyTexture.ts';
import { FOG_FAR_M, FOG_NEAR_M, HORIZON, SUN_COLOR, SUN_DIR } from './sunlight.ts';
import { mixColor, overcastOf } from './weather.ts';

const SUN_DISTANCE_M = 200;
const OVERCAST_HAZE = '#a9b3bb';
/** Share of the sun's light that an overcast sky takes away. */
const OVERCAST_DIMMING = 0.45;

/** `flat` (the low render tier): the sky painted as a fixed backdrop, not a panorama sampled per pixel. */
export function Daylight({ flat = false }: { flat?: boolean }) {
  const scene = useThree((s) => s.scene);
  const overcast = useWeatherStore((s) => overcastOf(s.cloudCover));
  const sky = useMemo(() => {
    const texture = createSkyTexture(overcast);
    if (flat) texture.mapping = UVMapping;
    return texture;
  }, [overcast, flat]);
  useEffect(() => {
    const previous = scene.background;
    scene.background = sky;
    return () => {
      scene.background = previous;
      sky.dispose();
    };
  }, [scene, sky]);
  const haze = mixColor(HORIZON, OVERCAST_HAZE, overcast);
  const sun = 1 - OVERCAST_DIMMING * overcast;
  return (
    <>
      <fog attach="fog" args={[haze, FOG_NEAR_M * (1 - 0.4 * overcast), FOG_FAR_M]} />
      <hemisphereLight args={['#d8ecff', '#b0a27c', 1.35 * (1 - 0.2 * overcast)]} />
      <ambientLight color="#fff8ee" intensity={0.45 + 0.2 * overcast} />
      <directionalLight
        color={SUN_COLOR}
        intensity={2.0 * sun}
        position={[SUN_DIR.x * SUN_DISTANCE_M, SUN_DIR.y * SUN_DISTANCE_M, SUN_DIR.z * SUN_DISTANCE_M]}
      />
    </>
  );
}
