// Whether the city is built light (client only): thinner background city and vegetation, simpler
// trees, booths and shophouses, wider-spaced lamps, no antialiasing — on a phone-sized device
// (./tier.ts) and in the low render tier (./renderTier.ts), whether `?tier=low` forced it or the
// frame-time probe chose it mid-visit: the scene's geometry follows the store, so both give one scene.
import { type RenderTierState, useRenderTierStore } from '../stores/useRenderTierStore.ts';
import { TIER } from './tier.ts';

/** Whether the scene for this tier state is built light. */
export const lightScene = (s: Pick<RenderTierState, 'tier'>): boolean => TIER === 'phone' || s.tier === 'low';

export function useLightScene(): boolean {
  return useRenderTierStore(lightScene);
}
