// Pendataan benchmark: S surveyors (default 5,026, one per RT) each syncing R records (default 20) in
// batches against the real server — sync request p99, nothing lost or doubled (a resend of a sample
// stores nothing) — then every record accepted (in bulk with a recount of the running tallies and RT
// counts; the last REVIEW_SAMPLE one by one through the staff API, timed, each updating them in its
// transaction, with the KPI ingest), and city-level progress, public coverage and aggregates p99 read from them.
// On SQLite and PostgreSQL (a temporary database, when reachable).
// `node bench/pendataan.ts [--surveyors 5026] [--records 20] [--minutes 10] [--queries 20] [--port 2960]`:
// the surveyors' syncs arrive evenly over the window (open loop, as phones do), each timed.
// Writes the `pendataan` section of bench/results.json. Runs in Node.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { hashPassword } from '../server/auth/password.ts';
import { openDatabase } from '../server/db/database.ts';
import { postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from '../server/db/testDatabases.ts';
import { newDeviceToken, sha256 } from '../server/pendataan/credentials.ts';
import { readXlsform } from '../server/pendataan/readXlsform.ts';
import { openStore } from '../server/store/store.ts';
import type { RosterRow } from '../shared/pendataan/roster.ts';
import { REGIONS } from '../shared/pendataan/wilayah.ts';
import { REGISTRY } from '../shared/registry.ts';
import { machineCpu } from './machineLoad.ts';
import { type Metric, metric, saveSection, section, sectionTable } from './results.ts';
import { startServer } from './serverProcess.ts';
import { percentile } from './stats.ts';

const SYNC_P99_BUDGET_MS = 300;
const QUERY_P99_BUDGET_MS = 200;
const RESEND_SAMPLE = 200;
/** Records accepted one by one through the staff API (timed); the rest in bulk, then recounted. */
const REVIEW_SAMPLE = 200;

const { values: a } = parseArgs({
  options: {
    surveyors: { type: 'string', default: '5026' },
    records: { type: 'string', default: '20' },
    minutes: { type: 'string', default: '10' },
    queries: { type: 'string', default: '20' },
    port: { type: 'string', default: '2960' },
  },
});
const o = {
  surveyors: +a.surveyors,
  records: +a.records,
  minutes: +a.minutes,
  queries: +a.queries,
  port: +a.port,
};

type Phone = { token: string; kelurahan: string; rw: number; rt: number };

/** The roster (RTs spread over the 153 kelurahan), activated phones, the published form and a campaign. */
async function prepare(d: TestDatabase) {
  const store = await openStore(d.options);
  await store.organisations.sync(REGISTRY, Date.now());
  const kelurahan = REGIONS.filter((r) => r.level === 'kelurahan').map((r) => r.code);
  const rows: RosterRow[] = Array.from({ length: o.surveyors }, (_, i) => ({
    name: `Ketua RT ${i}`,
    phone: '081234567890',
    kelurahan: kelurahan[i % kelurahan.length] ?? '',
    rw: 1 + (Math.floor(i / kelurahan.length) % 10),
    rt: 1 + Math.floor(i / (kelurahan.length * 10)),
    role: 'ketua_rt',
  }));
  const codes: string[] = [];
  const created = await store.pendataan.roster.importRoster(
    rows,
    () => {
      const code = `BENCH${codes.length}`;
      codes.push(code);
      return { code, hash: sha256(code) };
    },
    Date.now(),
  );
  const phones: Phone[] = [];
  for (const [i, c] of created.created.entries()) {
    const device = newDeviceToken();
    await store.pendataan.roster.activate(sha256(codes[i] ?? ''), device.hash, Date.now());
    phones.push({
      token: device.token,
      kelurahan: c.surveyor.kelurahan,
      rw: c.surveyor.rw,
      rt: c.surveyor.rt,
    });
  }
  const xlsx = readFileSync(new URL('../server/pendataan/fixtures/keluarga.xlsx', import.meta.url));
  const parsed = await readXlsform(xlsx, new Set(['kpm-pkh', 'penerima-bansos']));
  if (!parsed.ok) throw new Error('fixture form does not parse');
  const draft = await store.pendataan.forms.saveDraft('dinsos', parsed.form, 'bench', Date.now());
  await store.pendataan.forms.publish(draft.id, Date.now());
  const campaign = await store.pendataan.campaigns.create({
    organisationId: 'dinsos',
    formKey: parsed.form.key,
    title: 'Bench',
    scope: ['73.71'],
    startsAt: Date.now() - 86_400_000,
    deadlineAt: Date.now() + 30 * 86_400_000,
    targetPerRt: o.records,
    createdBy: 'bench',
    createdAt: Date.now(),
  });
  await store.users.create({
    username: 'bench',
    passwordHash: await hashPassword('bench-password-123'),
    role: 'admin',
    organisationId: null,
    createdAt: Date.now(),
  });
  await store.close();
  const env: Record<string, string> = d.options.databaseUrl
    ? { DATABASE_URL: d.options.databaseUrl }
    : { DB_PATH: d.options.dbPath };
  return {
    phones,
    formId: draft.id,
    campaignId: campaign.id,
    env: { ...env, SIMULATOR: 'off', CONNECTORS: 'off' },
  };
}

function batchOf(p: Phone, i: number, formId: number, campaignId: number) {
  return Array.from({ length: o.records }, (_, j) => ({
    clientId: `bench-${i}-${j}`,
    campaignId,
    formId,
    kelurahan: p.kelurahan,
    rw: p.rw,
    rt: p.rt,
    practice: false,
    revision: 1,
    submittedAt: Date.now(),
    answers: {
      no_kk: `7371010${String(i * o.records + j).padStart(9, '0')}`,
      nik_kepala: `7371011708${String((i * o.records + j) % 1_000_000).padStart(6, '0')}`,
      nama_kepala: `Kepala ${i}-${j}`,
      jumlah_anggota: 1 + (j % 8),
      terima_pkh: j % 3 === 0 ? 'ya' : 'tidak',
      kondisi_rumah: j % 5 === 0 ? 'rtlh' : 'layak',
      tanggal: '2027-03-02',
    },
  }));
}

async function post(url: string, token: string, body: unknown): Promise<{ ms: number; outcomes: string[] }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/pendataan/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ submissions: body }),
  });
  const json = (await res.json()) as { results: Array<{ outcome: string }> };
  return { ms: performance.now() - t0, outcomes: json.results.map((r) => r.outcome) };
}

async function timed(times: number, run: () => Promise<Response>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const res = await run();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    await res.arrayBuffer();
    out.push(performance.now() - t0);
  }
  return out;
}

async function runOn(d: TestDatabase): Promise<{ metrics: Metric[]; note: string }> {
  const { phones, formId, campaignId, env } = await prepare(d);
  const server = await startServer(o.port, env);
  try {
    const latency: number[] = [];
    let stored = 0;
    const everyMs = (o.minutes * 60_000) / phones.length;
    const busy = machineCpu();
    const t0 = performance.now();
    await Promise.all(
      phones.map(async (p, i) => {
        await new Promise((r) => setTimeout(r, i * everyMs));
        const r = await post(server.url, p.token, batchOf(p, i, formId, campaignId));
        latency.push(r.ms);
        stored += r.outcomes.filter((x) => x === 'stored').length;
      }),
    );
    const syncSeconds = (performance.now() - t0) / 1000;
    const syncCpu = busy();
    console.log(`${d.name}: synced in ${syncSeconds.toFixed(0)} s`);
    let doubled = 0;
    for (let i = 0; i < Math.min(RESEND_SAMPLE, phones.length); i++) {
      const p = phones[i] as Phone;
      doubled += (await post(server.url, p.token, batchOf(p, i, formId, campaignId))).outcomes.filter(
        (x) => x !== 'duplicate',
      ).length;
    }
    const { db } = await openDatabase(d.options);
    const held = await sql<{ n: number }>`select count(*) as n from pendataan_submissions`.execute(db);
    const ids = (
      await sql<{ id: number }>`select id from pendataan_submissions order by id`.execute(db)
    ).rows.map((r) => Number(r.id));
    const total = Number(held.rows[0]?.n ?? 0);
    // All but the last REVIEW_SAMPLE accepted in bulk, then the counts rebuilt from the records
    // (one review at a time through the store costs ~2 ms on SQLite and ~10 ms on PostgreSQL here).
    const viaStore = ids.slice(0, Math.max(0, ids.length - REVIEW_SAMPLE));
    const t1 = performance.now();
    await sql`update pendataan_submissions set status = 'accepted' where id <= ${viaStore.at(-1) ?? 0}`.execute(
      db,
    );
    await db.destroy();
    const store = await openStore(d.options);
    await store.pendataan.submissions.recount();
    const acceptSeconds = (performance.now() - t1) / 1000;
    await store.close();
    console.log(
      `${d.name}: ${viaStore.length} accepted in bulk and recounted in ${acceptSeconds.toFixed(0)} s`,
    );
    // The connections pooled during the sync went idle past the server's keep-alive while the bulk
    // acceptance ran: the first request may meet a closed socket, and is tried once more.
    const signIn = () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench', password: 'bench-password-123' }),
      });
    const login = await signIn().catch(signIn);
    const { token } = (await login.json()) as { token: string };
    const reviews: number[] = [];
    for (const id of ids.slice(viaStore.length)) {
      const t2 = performance.now();
      const r = await fetch(`${server.url}/api/staff/pendataan/dinsos/submissions/${id}/review`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ decision: 'accept' }),
      });
      if (!r.ok) throw new Error(`review HTTP ${r.status}`);
      await r.arrayBuffer();
      reviews.push(performance.now() - t2);
    }
    const progress = await timed(o.queries, () =>
      fetch(`${server.url}/api/staff/pendataan/dinsos/campaigns/${campaignId}/progress`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    const coverage = await timed(o.queries, () =>
      fetch(`${server.url}/api/pendataan/campaigns/${campaignId}/coverage`),
    );
    const cityCoverage = await timed(o.queries, () => fetch(`${server.url}/api/pendataan/coverage`));
    const aggregates = await timed(o.queries, () =>
      fetch(`${server.url}/api/pendataan/dinsos/keluarga-bansos/aggregates?level=kota`),
    );
    const expected = phones.length * o.records;
    console.log(
      `${d.name}: ${stored}/${expected} stored in ${syncSeconds.toFixed(0)} s, ${total} held, ${doubled} doubled on resend`,
    );
    return {
      metrics: [
        metric(
          `sync request p99, ${o.records} records (${d.name})`,
          percentile(latency, 99),
          'ms',
          SYNC_P99_BUDGET_MS,
        ),
        metric(`sync request p50 (${d.name})`, percentile(latency, 50), 'ms'),
        metric(
          `all ${phones.length} surveyors synced in (${d.name})`,
          syncSeconds,
          's',
          o.minutes * 60 + 60,
          0,
        ),
        metric(`records lost or doubled (${d.name})`, Math.abs(total - expected) + doubled, 'records', 0, 0),
        metric(
          `city progress p99, ${total} records (${d.name})`,
          percentile(progress, 99),
          'ms',
          QUERY_P99_BUDGET_MS,
        ),
        metric(
          `accept through the staff API (tallies + KPI ingest) p99, last ${reviews.length} (${d.name})`,
          percentile(reviews, 99),
          'ms',
        ),
        metric(`bulk accept + recount, ${viaStore.length} records (${d.name})`, acceptSeconds, 's'),
        metric(`public coverage p99 (${d.name})`, percentile(coverage, 99), 'ms', QUERY_P99_BUDGET_MS),
        metric(
          `plaza coverage (all campaigns) p99 (${d.name})`,
          percentile(cityCoverage, 99),
          'ms',
          QUERY_P99_BUDGET_MS,
        ),
        metric(
          `public city aggregates p99 (${d.name})`,
          percentile(aggregates, 99),
          'ms',
          QUERY_P99_BUDGET_MS,
        ),
      ],
      note: `${d.name}: ${phones.length} surveyors × ${o.records} records arriving evenly over ${o.minutes} min (${(phones.length / (o.minutes * 60)).toFixed(1)} requests/s), then ${RESEND_SAMPLE} batches resent; every record then accepted: all but the last ${REVIEW_SAMPLE} in one SQL update followed by a recount of the tallies, the last ${REVIEW_SAMPLE} one by one through the staff API (each updating the tallies in its transaction, then the KPI ingest); queries ${o.queries}× each, read from the running tallies and RT counts (coverage answers, city-wide and per campaign, are recomputed at most every 5 s). Whole-machine CPU during the sync window: ${syncCpu === null ? 'unknown' : `${syncCpu.toFixed(0)} % of ${cpus().length * 100} %`} (the server, PostgreSQL and this script included); 1-minute load average at the end: ${loadavg()[0]?.toFixed(1)}.`,
    };
  } catch (e) {
    console.error(`server log tail:\n${server.logTail()}`);
    throw e;
  } finally {
    await server.stop();
  }
}

const metrics: Metric[] = [];
const notes: string[] = [];
const sqlite = sqliteTestDatabase();
const s1 = await runOn(sqlite);
metrics.push(...s1.metrics);
notes.push(s1.note);
await sqlite.drop();
const pg = await postgresTestDatabase();
if (pg) {
  const s2 = await runOn(pg);
  metrics.push(...s2.metrics);
  notes.push(s2.note);
  await pg.drop();
} else notes.push('PostgreSQL was not reachable: not measured.');
const s = section(o, metrics, notes);
saveSection('pendataan', s);
console.log(`\n${sectionTable('Pendataan (sync, progress, open data)', s)}`);
