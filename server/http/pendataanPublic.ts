// Public open data of pendataan (no sign-in; aggregates only, no personal field, cells under
// MIN_PUBLIC_CELL records hidden):
// - GET /pendataan/regions → the city, kecamatan and kelurahan with their Kemendagri codes.
// - GET /pendataan/forms → published forms: OPD, key, title, unit of record, public columns.
// - GET /pendataan/:org/:key/aggregates?level=kota|kecamatan|kelurahan → accepted records by region.
// - GET /pendataan/:org/:key/aggregates.csv?level=… → the same as CSV with metadata lines (# title,
//   producer, period, definitions, region codes) in the Satu Data Indonesia spirit.
// - GET /pendataan/campaigns/:id/coverage → RT coverage of the city and each kecamatan.
// - GET /pendataan/coverage → every campaign under way: its OPD, deadline, RT coverage of the city and
//   each kecamatan, and the share per OPD (the plaza board and the booths read this; RT counts only).
// Runs on the server.
import express, { type Request, type Response, type Router } from 'express';
import { MIN_PUBLIC_CELL, openColumns, openTable } from '../../shared/pendataan/aggregate.ts';
import { type PublicCoverage, poolKecamatan, poolOpd } from '../../shared/pendataan/coverage.ts';
import { computeProgress, type ProgressNode } from '../../shared/pendataan/progress.ts';
import { REGIONS, type RegionLevel, WILAYAH_SOURCE } from '../../shared/pendataan/wilayah.ts';
import { activeCoverage } from '../pendataan/coverage.ts';
import { csvLine, csvText } from '../pendataan/csvOut.ts';
import type { FormVersion } from '../pendataan/formStore.ts';
import { publicReadCors } from './cors.ts';
import { idParam, type PendataanDeps } from './pendataanShared.ts';
import { recentAnswers } from './recentAnswers.ts';

const LEVELS: readonly RegionLevel[] = ['kota', 'kecamatan', 'kelurahan'];
const PUBLIC_CACHE = 'public, max-age=60';
/** Coverage (city-wide and per campaign) is recomputed at most this often, however many residents look. */
const COVERAGE_FRESH_MS = 5_000;

type CampaignCoverageBody = {
  campaign: { id: number; title: string; organisationId: string; startsAt: number; deadlineAt: number };
  daysLeft: number;
  regions: ProgressNode[];
};

export function pendataanPublicRouter(deps: PendataanDeps): Router {
  const router = express.Router();
  router.use('/pendataan', publicReadCors);
  const { pendataan } = deps;

  router.get('/pendataan/regions', async (_req, res) => {
    res
      .set('Cache-Control', 'public, max-age=3600')
      .json({ source: WILAYAH_SOURCE, regions: await pendataan.regions() });
  });

  const publishedForms = async () => {
    const newest = new Map<string, FormVersion>();
    for (const f of await pendataan.forms.list())
      if (f.status === 'published' && !newest.has(`${f.organisationId}/${f.key}`))
        newest.set(`${f.organisationId}/${f.key}`, f);
    return [...newest.values()];
  };

  router.get('/pendataan/forms', async (_req, res) => {
    const forms = (await publishedForms()).map((f) => ({
      organisationId: f.organisationId,
      organisation: deps.organisationName(f.organisationId) ?? f.organisationId,
      key: f.key,
      title: f.title,
      unit: f.definition.unit,
      version: f.version,
      columns: openColumns(f.definition),
    }));
    res.set('Cache-Control', PUBLIC_CACHE).json({ forms });
  });

  async function table(req: Request, res: Response) {
    const level = (String(req.query.level ?? 'kecamatan') as RegionLevel) || 'kecamatan';
    if (!LEVELS.includes(level)) return void res.status(400).json({ error: 'invalid-query', field: 'level' });
    const form = await pendataan.forms.latestPublished(String(req.params.org), String(req.params.key));
    if (!form) return void res.status(404).json({ error: 'not-found', field: 'key' });
    const columns = openColumns(form.definition);
    const { rows: tallies, period } = await pendataan.submissions.tallies(form.organisationId, form.key);
    const rows = openTable(form.definition, tallies, REGIONS, level);
    return { form, level, period, columns, rows };
  }

  router.get('/pendataan/:org/:key/aggregates', async (req, res) => {
    const t = await table(req, res);
    if (!t) return;
    res.set('Cache-Control', PUBLIC_CACHE).json({
      organisationId: t.form.organisationId,
      organisation: deps.organisationName(t.form.organisationId),
      key: t.form.key,
      title: t.form.title,
      unit: t.form.definition.unit,
      level: t.level,
      period: t.period,
      minCell: MIN_PUBLIC_CELL,
      columns: t.columns,
      rows: t.rows,
    });
  });

  router.get('/pendataan/:org/:key/aggregates.csv', async (req, res) => {
    const t = await table(req, res);
    if (!t) return;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const meta = [
      `# judul: ${t.form.title}`,
      `# produsen_data: ${deps.organisationName(t.form.organisationId) ?? t.form.organisationId}`,
      `# periode: ${t.period ? `${day(t.period.from)} s.d. ${day(t.period.to)}` : '-'}`,
      `# satuan_pencatatan: ${t.form.definition.unit}; tingkat: ${t.level}; versi_form: ${t.form.version}`,
      `# definisi: catatan yang diterima OPD; sel dengan kurang dari ${MIN_PUBLIC_CELL} catatan dikosongkan`,
      `# kode_wilayah: ${WILAYAH_SOURCE}`,
      ...t.columns.map((c) => `# kolom ${c.id}: ${c.label}`),
    ];
    const body = csvText([
      ['kode_wilayah', 'nama_wilayah', 'jumlah_catatan', ...t.columns.map((c) => c.id)],
      ...t.rows.map((r) => [r.code, r.name, r.records, ...t.columns.map((c) => r.values[c.id])]),
    ]);
    res
      .set('Cache-Control', PUBLIC_CACHE)
      .type('text/csv; charset=utf-8')
      .attachment(`${t.form.key}-${t.level}.csv`)
      .send(`\uFEFF${meta.map((m) => csvLine([m])).join('')}${body}`);
  });

  const cityCoverage = recentAnswers<PublicCoverage>(COVERAGE_FRESH_MS, 1);
  router.get('/pendataan/coverage', async (_req, res) => {
    const now = deps.now();
    const body = await cityCoverage('city', now, async () => {
      const campaigns = await activeCoverage(pendataan, now);
      return {
        generatedAt: now,
        campaigns: campaigns.map((c) => ({
          ...c,
          organisation: deps.organisationName(c.organisationId) ?? c.organisationId,
        })),
        byOpd: poolOpd(campaigns),
        byKecamatan: poolKecamatan(campaigns),
      };
    });
    res.set('Cache-Control', 'public, max-age=5').json(body);
  });

  const campaignCoverage = recentAnswers<CampaignCoverageBody | null>(COVERAGE_FRESH_MS);
  router.get('/pendataan/campaigns/:id/coverage', async (req, res) => {
    const id = idParam(req.params.id);
    if (id === undefined) return void res.status(404).json({ error: 'not-found', field: 'id' });
    const now = deps.now();
    const body = await campaignCoverage(String(id), now, async () => {
      const c = await pendataan.campaigns.get(id);
      if (!c) return null;
      const p = computeProgress({
        slots: await pendataan.roster.rtSlots(),
        counts: await pendataan.submissions.countsByRt(c.id),
        scope: c.scope,
        targetPerRt: c.targetPerRt,
        startsAt: c.startsAt,
        deadlineAt: c.deadlineAt,
        nowMs: now,
      });
      return {
        campaign: {
          id: c.id,
          title: c.title,
          organisationId: c.organisationId,
          startsAt: c.startsAt,
          deadlineAt: c.deadlineAt,
        },
        daysLeft: p.daysLeft,
        regions: p.nodes.filter((n) => n.level === 'kota' || n.level === 'kecamatan'),
      };
    });
    if (!body) return void res.status(404).json({ error: 'not-found', field: 'id' });
    res.set('Cache-Control', PUBLIC_CACHE).json(body);
  });

  return router;
}
