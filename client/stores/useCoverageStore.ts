// Pendataan coverage as last fetched (client/net/coverageFeed.ts fills it): the plaza board and the
// booth displays read it. null until the first answer.
import { create } from 'zustand';
import type { PublicCoverage } from '../../shared/pendataan/coverage.ts';

type CoverageState = {
  coverage: PublicCoverage | null;
  /** True when the last fetch failed (the last coverage stays shown). */
  failed: boolean;
  set: (coverage: PublicCoverage) => void;
  fail: () => void;
};

export const useCoverageStore = create<CoverageState>()((set) => ({
  coverage: null,
  failed: false,
  set: (coverage) => set({ coverage, failed: false }),
  fail: () => set({ failed: true }),
}));
