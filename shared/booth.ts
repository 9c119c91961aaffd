// What a booth shows before live data exists: its headline figures from the registry seeds,
// always flagged as simulated. Runs on server and client.
import type { Organisation } from './registry.ts';

export type Figure = {
  kpi: string;
  label: string;
  value: number;
  unit: string;
  /** True for seed or simulator values: shown to visitors as "simulasi". */
  simulated: boolean;
};

export const HEADLINE_FIGURES = 3;

export function seedFigures(org: Organisation): Figure[] {
  return org.kpis.map((k) => ({
    kpi: k.id,
    label: k.label,
    value: k.typical,
    unit: k.unit,
    simulated: true,
  }));
}

export function headlineFigures(org: Organisation): Figure[] {
  return seedFigures(org).slice(0, HEADLINE_FIGURES);
}

/** The latest live value of a KPI, as far as a display needs it. */
export type LiveFigureValue = { value: number; simulated: boolean };

/**
 * A booth's headline figures: the first HEADLINE_FIGURES KPIs, each with its live value when there
 * is one, otherwise the seed (simulated).
 */
export function liveHeadlineFigures(
  org: Organisation,
  live: Readonly<Record<string, LiveFigureValue>> | undefined,
): Figure[] {
  return headlineFigures(org).map((f) => {
    const v = live?.[f.kpi];
    return v ? { ...f, value: v.value, simulated: v.simulated } : f;
  });
}
