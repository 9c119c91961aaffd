// One poll of one connector: fetch (fetchSource.ts) → parse and map (mapping.ts, bmkg.ts) → ingest
// through the push API's rules (server/live/ingest.ts), source `connector:<id>`, not simulated; a
// BMKG reading also publishes the weather for the sky. Runs on the server.
import { type IngestDeps, ingestPoints } from '../live/ingest.ts';
import { readBmkg } from './bmkg.ts';
import type { Connector } from './connectorStore.ts';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchSource } from './fetchSource.ts';
import { mapCsv, mapJson, parseJsonBody, parseMapping, type RawPoint } from './mapping.ts';

export type PollDeps = { ingest: IngestDeps; limits?: FetchLimits };

/** Real (not simulated) points through the push API's rules; rejects with the first problem. */
async function ingest(
  deps: IngestDeps,
  organisationId: string,
  points: RawPoint[],
  source: string,
  nowMs: number,
) {
  const payload = points.map((p) => ({ kpi: p.kpi, value: p.value, at: p.at }));
  const outcome = await ingestPoints(deps, {
    organisationId,
    payload,
    contentType: 'json',
    source,
    simulated: false,
    nowMs,
  });
  const first = outcome.errors[0];
  if (first) throw new Error(`rejected: point ${first.row} ${first.field}: ${first.message}`);
}

/** One poll of one connector; resolves with the reason of a failure, or null on success. */
export async function pollConnector(
  c: Connector,
  deps: PollDeps,
  nowMs: number,
  signal?: AbortSignal,
): Promise<string | null> {
  try {
    const mapping = c.kind === 'bmkg' ? null : parseMapping(c.mapping);
    const format = c.kind === 'csv' ? 'csv' : 'json';
    const body = await fetchSource(c.url, format, deps.limits ?? DEFAULT_FETCH_LIMITS, signal);
    const source = `connector:${c.id}`;
    if (!mapping) {
      const reading = readBmkg(parseJsonBody(body), nowMs);
      await ingest(deps.ingest, c.organisationId, reading.points, source, nowMs);
      deps.ingest.live.publish({ type: 'weather', weather: reading.weather });
    } else {
      const points = c.kind === 'csv' ? mapCsv(body, mapping) : mapJson(parseJsonBody(body), mapping);
      await ingest(deps.ingest, c.organisationId, points, source, nowMs);
    }
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
