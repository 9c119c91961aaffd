// Pendataan coverage as last read by the one poller of client/net/coverageFeed.ts, which runs while
// some part of the page follows it (the plaza board, the booth displays). null until the first
// answer; `failed` says the latest read failed (the last coverage stays shown).
import { create } from 'zustand';
import type { PublicCoverage } from '../../shared/pendataan/coverage.ts';
import { createCoverageFeed } from '../net/coverageFeed.ts';

type CoverageState = {
  coverage: PublicCoverage | null;
  failed: boolean;
  /** Follows the feed (polled while followed); returns the function that stops following. */
  follow: () => () => void;
};

const follow = createCoverageFeed((result) =>
  useCoverageStore.setState(result.ok ? { coverage: result.coverage, failed: false } : { failed: true }),
);

export const useCoverageStore = create<CoverageState>()(() => ({
  coverage: null,
  failed: false,
  follow,
}));
