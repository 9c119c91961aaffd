// RT coverage of the campaigns under way, for the public (plaza board, booths) and the rapor: RTs in
// scope with an accepted record over RTs in the roster, per campaign (city and each kecamatan) and per
// OPD. Counts of RTs only — no record, answer or person. Read from the precomputed RT counts.
// Runs on the server.
import { type CampaignCoverage, poolOpd, type RegionCoverage } from '../../shared/pendataan/coverage.ts';
import { computeProgress } from '../../shared/pendataan/progress.ts';
import type { PendataanStore } from './pendataanStore.ts';

/** A campaign's coverage as the server computes it (the public answer adds the OPD's name). */
export type ActiveCampaign = Omit<CampaignCoverage, 'organisation'>;

type Source = Pick<PendataanStore, 'campaigns' | 'roster' | 'submissions'>;

/** A campaign is under way from its start until its deadline. */
export const isActive = (c: { startsAt: number; deadlineAt: number }, nowMs: number) =>
  c.startsAt <= nowMs && nowMs < c.deadlineAt;

const regionOf = (n: { code: string; name: string; rts: number; covered: number }): RegionCoverage => ({
  code: n.code,
  name: n.name,
  rts: n.rts,
  covered: n.covered,
});

/** Coverage of every campaign under way at `nowMs`, soonest deadline first. */
export async function activeCoverage(pendataan: Source, nowMs: number): Promise<ActiveCampaign[]> {
  const active = (await pendataan.campaigns.list()).filter((c) => isActive(c, nowMs));
  if (active.length === 0) return [];
  const slots = await pendataan.roster.rtSlots();
  const out: ActiveCampaign[] = [];
  for (const c of active.sort((a, b) => a.deadlineAt - b.deadlineAt)) {
    const p = computeProgress({
      slots,
      counts: await pendataan.submissions.countsByRt(c.id),
      scope: c.scope,
      targetPerRt: c.targetPerRt,
      startsAt: c.startsAt,
      deadlineAt: c.deadlineAt,
      nowMs,
    });
    const city = p.nodes.find((n) => n.level === 'kota');
    out.push({
      id: c.id,
      organisationId: c.organisationId,
      title: c.title,
      startsAt: c.startsAt,
      deadlineAt: c.deadlineAt,
      daysLeft: p.daysLeft,
      city: city ? regionOf(city) : { code: '73.71', name: 'Kota Makassar', rts: 0, covered: 0 },
      kecamatan: p.nodes.filter((n) => n.level === 'kecamatan').map(regionOf),
    });
  }
  return out;
}

/**
 * Per OPD with a campaign under way: the share (0..1, three decimals) of the RTs in its campaigns'
 * scope that have an accepted record. OPDs without a campaign under way are absent. For the rapor:
 * `await coverageByOpd(store.pendataan)`.
 */
export async function coverageByOpd(pendataan: Source, nowMs = Date.now()): Promise<Record<string, number>> {
  return poolOpd(await activeCoverage(pendataan, nowMs));
}
