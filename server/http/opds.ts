// Response bodies of the public OPD endpoints, built from the registry, the latest stored values
// and the edited profile. Pure; runs on the server.
import type { Profile } from '../../shared/accounts.ts';
import type { OpdDetail, OpdSummary } from '../../shared/apiTypes.ts';
import { seedFigures } from '../../shared/booth.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { organisationDescription } from '../../shared/opdGuide.ts';
import { findOrganisation, type Organisation, type Registry } from '../../shared/registry.ts';
import type { LiveValue } from '../live/liveBus.ts';
import { publicSource } from '../live/publicSource.ts';

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

/** The guide's Indonesian description (shared/data/opd-guide.json); the category for an unknown id. */
function describeOpd(o: Organisation, registry: Registry): string {
  const label = registry.categories[o.category] ?? o.category;
  return (
    organisationDescription(o.id, 'id') ||
    `${o.name} (${o.abbreviation}) termasuk kelompok “${label}” di lingkungan Pemerintah Kota Makassar.`
  );
}

/** One organisation with description, profile and latest figures, or undefined for an unknown id. */
export function opdDetail(
  registry: Registry,
  id: string,
  latest: readonly LiveValue[],
  profile: Profile | null,
): OpdDetail | undefined {
  const o = findOrganisation(registry, id);
  if (!o) return undefined;
  const byKpi = new Map(latest.map((v) => [v.kpi, v]));
  return {
    ...summary(o),
    description: profile?.description || describeOpd(o, registry),
    profile,
    latest: seedFigures(o).map((f, i) => {
      const k = o.kpis[i];
      const { direction, target } = k ? kpiRules(k) : { direction: 'neutral' as const, target: null };
      const v = byKpi.get(f.kpi);
      return v
        ? {
            ...f,
            value: v.value,
            simulated: v.simulated,
            at: v.at,
            source: publicSource(v.source),
            direction,
            target,
          }
        : { ...f, at: null, source: null, direction, target };
    }),
  };
}
