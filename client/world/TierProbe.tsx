// Measures the first frames of the city and lets renderTier.ts choose the tier (client only; inside
// the Canvas). Frame times live in a plain array, never in React; renders nothing.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useRenderTierStore } from '../stores/useRenderTierStore.ts';
import { tierFromFrameTimes } from './renderTier.ts';

export function TierProbe() {
  const frameTimesMs = useRef<number[]>([]);
  useFrame((_, delta) => {
    const store = useRenderTierStore.getState();
    if (store.decided) return;
    frameTimesMs.current.push(delta * 1000);
    const tier = tierFromFrameTimes(frameTimesMs.current);
    if (tier) store.choose(tier);
  });
  return null;
}
