// The OPD registry: every organisation of the Makassar city government that gets a booth.
// Pure data, runs on server and client. Source: shared/data/opds.json (copied from the
// project's fact sheets; 'typical' values seed the simulated displays).
import data from './data/opds.json' with { type: 'json' };

export type KpiDefinition = {
  id: string;
  label: string;
  unit: string;
  /** A plausible magnitude, used as the seed value shown as "simulasi". */
  typical: number;
  basis: string;
  note?: string;
};

export type Organisation = {
  id: string;
  name: string;
  abbreviation: string;
  category: string;
  kpis: KpiDefinition[];
};

export type Registry = {
  /** Category id → Indonesian label, in display order. */
  categories: Record<string, string>;
  organisations: Organisation[];
};

export const REGISTRY: Registry = {
  categories: data.categories,
  organisations: data.organisations.map((o) => ({
    id: o.id,
    name: o.name,
    abbreviation: o.abbreviation,
    category: o.category,
    kpis: o.kpis,
  })),
};

export function findOrganisation(registry: Registry, id: string): Organisation | undefined {
  return registry.organisations.find((o) => o.id === id);
}
