// The awareness tracker on this device (client only): the visitor's answer, remembered so the
// question is asked once, and the public trend as last fetched (client/net/awarenessFeed.ts fills it).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AwarenessAnswer, AwarenessTrend } from '../../shared/awareness.ts';

type AwarenessState = {
  /** This visitor's answer, or 'skipped' when they closed the question; null until asked. */
  answered: AwarenessAnswer | 'skipped' | null;
  trend: AwarenessTrend | null;
  setAnswered: (answer: AwarenessAnswer | 'skipped') => void;
  setTrend: (trend: AwarenessTrend) => void;
};

export const useAwarenessStore = create<AwarenessState>()(
  persist(
    (set) => ({
      answered: null,
      trend: null,
      setAnswered: (answered) => set({ answered }),
      setTrend: (trend) => set({ trend }),
    }),
    { name: 'makaverse.awareness', partialize: ({ answered }) => ({ answered }) },
  ),
);
