// Booth live values mirrored from the room state (client/net/cityPlace.ts): per organisation,
// per KPI, the latest value with its time, source and simulated flag. Updated on change only.
import { create } from 'zustand';

export type LiveFigure = { value: number; at: number; simulated: boolean; source: string };
export type BoothValues = Record<string, LiveFigure>;

type Booths = {
  /** Keyed by organisation id, then KPI id; only KPIs with live data. */
  live: Record<string, BoothValues>;
  setValue: (organisationId: string, kpi: string, figure: LiveFigure) => void;
};

export const useBoothStore = create<Booths>()((set) => ({
  live: {},
  setValue: (organisationId, kpi, figure) =>
    set((s) => {
      const shown = s.live[organisationId]?.[kpi];
      if (
        shown &&
        shown.value === figure.value &&
        shown.at === figure.at &&
        shown.simulated === figure.simulated &&
        shown.source === figure.source
      ) {
        return s;
      }
      return { live: { ...s.live, [organisationId]: { ...s.live[organisationId], [kpi]: figure } } };
    }),
}));
