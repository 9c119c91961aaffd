// The rapor kinerja as last fetched, per period (client/net/raporFeed.ts fills it).
import { create } from 'zustand';
import type { Rapor, RaporPeriod } from '../../shared/apiTypes.ts';

type RaporState = {
  rapor: Record<RaporPeriod, Rapor | null>;
  set: (rapor: Rapor) => void;
};

export const useRaporStore = create<RaporState>()((set) => ({
  rapor: { month: null, year: null },
  set: (rapor) => set((s) => ({ rapor: { ...s.rapor, [rapor.period]: rapor } })),
}));
