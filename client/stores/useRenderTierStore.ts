// The render tier of this visit (see client/world/renderTier.ts): forced by the address, or 'high'
// until the frame-time probe in the city decides. Changes at most once per visit, so React may read it.
import { create } from 'zustand';
import { forcedTier, type RenderTier } from '../world/renderTier.ts';

export type RenderTierState = {
  tier: RenderTier;
  /** True once the tier is final: forced by the address, or chosen from measured frame times. */
  decided: boolean;
  /** Records the measured choice; ignored once decided. */
  choose: (tier: RenderTier) => void;
};

const forced = typeof window === 'undefined' ? null : forcedTier(window.location.search);

export const useRenderTierStore = create<RenderTierState>()((set) => ({
  tier: forced ?? 'high',
  decided: forced !== null,
  choose: (tier) => set((s) => (s.decided ? s : { tier, decided: true })),
}));
