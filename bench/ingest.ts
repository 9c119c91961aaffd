// Ingestion benchmark: push-API throughput in points/s (one point per request, and batches of 1000)
// on SQLite and on PostgreSQL (a temporary database), then ingestion → update received by N bots in
// the `city` room, p50/p99. `node bench/ingest.ts [--singles 2000] [--batches 20] [--bots 200]
// [--pushes 40] [--port 2950]`. Writes the `ingest` section of bench/results.json. Runs in Node.
import { parseArgs } from 'node:util';
import { postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from '../server/db/testDatabases.ts';
import { openStore } from '../server/store/store.ts';
import { REGISTRY } from '../shared/registry.ts';
import { measureLiveUpdates } from './ingestLive.ts';
import { type Metric, metric, saveSection, section, sectionTable } from './results.ts';
import { startServer } from './serverProcess.ts';
import { percentile } from './stats.ts';

const ORG = 'setda';
const KPI = 'serapan-apbd';
const SINGLE_CONCURRENCY = 16;
const BATCH_SIZE = 1000;
const BATCH_CONCURRENCY = 2;
const LIVE_BUDGET_P99_MS = 500;

const { values: a } = parseArgs({
  options: {
    singles: { type: 'string', default: '2000' },
    batches: { type: 'string', default: '20' },
    bots: { type: 'string', default: '200' },
    pushes: { type: 'string', default: '40' },
    port: { type: 'string', default: '2950' },
  },
});
const o = { singles: +a.singles, batches: +a.batches, bots: +a.bots, pushes: +a.pushes, port: +a.port };

/** A database with the registry and one push key for ORG; the server is started on it next. */
async function prepare(d: TestDatabase): Promise<{ key: string; env: Record<string, string> }> {
  const store = await openStore(d.options);
  await store.organisations.sync(REGISTRY, Date.now());
  const { key } = await store.keys.create(ORG, 'bench', Date.now());
  await store.close();
  const env: Record<string, string> = d.options.databaseUrl
    ? { DATABASE_URL: d.options.databaseUrl }
    : { DB_PATH: d.options.dbPath };
  return { key, env: { ...env, SIMULATOR: 'off', CONNECTORS: 'off' } };
}

/** Runs `jobs` with `concurrency` workers; returns points/s and per-request latencies. */
async function drive(url: string, key: string, bodies: unknown[][], concurrency: number) {
  const latency: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const t0 = performance.now();
      const res = await fetch(`${url}/api/opds/${ORG}/metrics`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      latency.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const points = bodies.reduce((n, b) => n + b.length, 0);
  return { pointsPerS: points / ((performance.now() - t0) / 1000), latency };
}

/** Distinct times (1 s apart, ending an hour ago) so every point is a new row. */
function points(count: number, offset: number) {
  const end = Date.now() - 3_600_000;
  return Array.from({ length: count }, (_, i) => ({
    kpi: KPI,
    value: Math.round(Math.random() * 1000) / 10,
    at: end - (offset + i) * 1000,
  }));
}

async function throughput(d: TestDatabase): Promise<Metric[]> {
  const { key, env } = await prepare(d);
  const server = await startServer(o.port, env);
  try {
    const singles = Array.from({ length: o.singles }, (_, i) => points(1, i));
    const one = await drive(server.url, key, singles, SINGLE_CONCURRENCY);
    const batches = Array.from({ length: o.batches }, (_, i) =>
      points(BATCH_SIZE, o.singles + i * BATCH_SIZE),
    );
    const many = await drive(server.url, key, batches, BATCH_CONCURRENCY);
    console.log(
      `${d.name}: ${Math.round(one.pointsPerS)} points/s single, ${Math.round(many.pointsPerS)} batched`,
    );
    return [
      metric(`throughput, 1 point/request (${d.name})`, one.pointsPerS, 'points/s', undefined, 0),
      metric(`request p99, 1 point (${d.name})`, percentile(one.latency, 99), 'ms'),
      metric(`throughput, batches of ${BATCH_SIZE} (${d.name})`, many.pointsPerS, 'points/s', undefined, 0),
      metric(`request p99, ${BATCH_SIZE} points (${d.name})`, percentile(many.latency, 99), 'ms'),
    ];
  } finally {
    await server.stop();
  }
}

async function live(): Promise<{ metrics: Metric[]; note: string }> {
  const d = sqliteTestDatabase();
  try {
    const { key, env } = await prepare(d);
    const server = await startServer(o.port, env);
    try {
      const r = await measureLiveUpdates(
        { url: server.url, organisationId: ORG, kpi: KPI, key },
        o.bots,
        o.pushes,
      );
      const expected = r.bots * r.pushes;
      const name = `ingestion → update received (${r.bots} bots)`;
      return {
        metrics: [
          metric(`${name} p50`, percentile(r.samples, 50), 'ms'),
          metric(`${name} p99`, percentile(r.samples, 99), 'ms', LIVE_BUDGET_P99_MS),
        ],
        note: `Live updates: ${r.pushes} pushes 500 ms apart, ${r.samples.length} of ${expected} updates received, bots walking and decoding state (SQLite).`,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await d.drop();
  }
}

const metrics: Metric[] = [];
const notes: string[] = [];
const sqlite = sqliteTestDatabase();
metrics.push(...(await throughput(sqlite)));
await sqlite.drop();
const pg = await postgresTestDatabase();
if (pg) {
  metrics.push(...(await throughput(pg)));
  await pg.drop();
} else notes.push('PostgreSQL was not reachable: its throughput was not measured.');
const l = await live();
metrics.push(...l.metrics);
notes.push(
  l.note,
  `Throughput: ${o.singles} requests of one point (${SINGLE_CONCURRENCY} concurrent) and ${o.batches} of ${BATCH_SIZE} points (${BATCH_CONCURRENCY} concurrent), keep-alive HTTP on loopback, each point a new row; the server validates, upserts, publishes and audits each request.`,
);
const s = section({ ...o, org: ORG, kpi: KPI }, metrics, notes);
saveSection('ingest', s);
console.log(`\n${sectionTable('Ingestion (push API, live updates)', s)}`);
