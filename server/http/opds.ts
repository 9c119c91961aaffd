// Response bodies of the public OPD endpoints, built from the registry. Pure; runs on the server.
import { type Figure, seedFigures } from '../../shared/booth.ts';
import { findOrganisation, type Organisation, type Registry } from '../../shared/registry.ts';

export type OpdSummary = {
  id: string;
  name: string;
  abbreviation: string;
  category: string;
  kpis: Array<{ id: string; label: string; unit: string }>;
};

export type OpdDetail = OpdSummary & {
  /** One generated Indonesian sentence from the name and category label. */
  description: string;
  /** Latest value per KPI; until live data exists these are the seed figures. */
  latest: Array<Figure & { at: number | null }>;
};

function summary(o: Organisation): OpdSummary {
  return {
    id: o.id,
    name: o.name,
    abbreviation: o.abbreviation,
    category: o.category,
    kpis: o.kpis.map((k) => ({ id: k.id, label: k.label, unit: k.unit })),
  };
}

export function listOpds(registry: Registry): {
  categories: Registry['categories'];
  organisations: OpdSummary[];
} {
  return { categories: registry.categories, organisations: registry.organisations.map(summary) };
}

function describeOpd(o: Organisation, registry: Registry): string {
  const label = registry.categories[o.category] ?? o.category;
  return `${o.name} (${o.abbreviation}) termasuk kelompok “${label}” di lingkungan Pemerintah Kota Makassar.`;
}

/** One organisation with description and latest figures, or undefined for an unknown id. */
export function opdDetail(registry: Registry, id: string): OpdDetail | undefined {
  const o = findOrganisation(registry, id);
  if (!o) return undefined;
  return {
    ...summary(o),
    description: describeOpd(o, registry),
    latest: seedFigures(o).map((f) => ({ ...f, at: null })),
  };
}
