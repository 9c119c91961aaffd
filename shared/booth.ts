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

/** Indonesian number formatting for displays: 4000 → "4.000", 67.4 → "67,4". */
export function formatFigure(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('id-ID', { maximumFractionDigits: digits });
}
