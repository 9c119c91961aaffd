// The public coverage of pendataan (GET /api/pendataan/coverage): campaigns under way with the RT
// coverage of the city and each kecamatan, pooled per OPD and per kecamatan — RT counts only, no
// record. Which booth shows which share: an OPD's booth its own campaigns, a kecamatan's booth its
// kecamatan across every campaign. Pure; runs on the server and the client.
import { REGIONS } from './wilayah.ts';

export type RegionCoverage = { code: string; name: string; rts: number; covered: number };
export type CampaignCoverage = {
  id: number;
  organisationId: string;
  organisation: string;
  title: string;
  startsAt: number;
  deadlineAt: number;
  daysLeft: number;
  city: RegionCoverage;
  kecamatan: RegionCoverage[];
};
export type PublicCoverage = {
  generatedAt: number;
  campaigns: CampaignCoverage[];
  /** Share 0..1 of the RTs in scope of each OPD's campaigns under way. */
  byOpd: Record<string, number>;
  /** RTs and covered RTs per kecamatan code, pooled over every campaign under way. */
  byKecamatan: Record<string, { rts: number; covered: number }>;
};

const share = (covered: number, rts: number) => (rts === 0 ? 0 : Math.round((covered / rts) * 1000) / 1000);

/** Pools campaigns' kecamatan counts. */
export function poolKecamatan(
  campaigns: ReadonlyArray<Pick<CampaignCoverage, 'kecamatan'>>,
): Record<string, { rts: number; covered: number }> {
  const out: Record<string, { rts: number; covered: number }> = {};
  for (const c of campaigns)
    for (const k of c.kecamatan) {
      const held = out[k.code] ?? { rts: 0, covered: 0 };
      held.rts += k.rts;
      held.covered += k.covered;
      out[k.code] = held;
    }
  return out;
}

/** Pools campaigns' city counts per OPD into a share 0..1 (three decimals). */
export function poolOpd(
  campaigns: ReadonlyArray<Pick<CampaignCoverage, 'organisationId' | 'city'>>,
): Record<string, number> {
  const sums = new Map<string, { rts: number; covered: number }>();
  for (const c of campaigns) {
    const s = sums.get(c.organisationId) ?? { rts: 0, covered: 0 };
    s.rts += c.city.rts;
    s.covered += c.city.covered;
    sums.set(c.organisationId, s);
  }
  return Object.fromEntries([...sums].map(([opd, s]) => [opd, share(s.covered, s.rts)]));
}

const KECAMATAN_BY_NAME = new Map(
  REGIONS.filter((r) => r.level === 'kecamatan').map((r) => [`kecamatan ${r.name}`.toLowerCase(), r.code]),
);

/** The kecamatan code of a kecamatan office's booth ("Kecamatan Mariso" → 73.71.01), else undefined. */
export const kecamatanOfBooth = (organisationName: string): string | undefined =>
  KECAMATAN_BY_NAME.get(organisationName.trim().toLowerCase());

/** The coverage share 0..1 a booth shows, or null when nothing is being collected there. */
export function boothCoverage(org: { id: string; name: string }, c: PublicCoverage): number | null {
  const own = c.byOpd[org.id];
  if (own !== undefined) return own;
  const kec = kecamatanOfBooth(org.name);
  const k = kec === undefined ? undefined : c.byKecamatan[kec];
  return k && k.rts > 0 ? share(k.covered, k.rts) : null;
}
