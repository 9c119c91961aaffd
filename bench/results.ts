// The committed benchmark record: bench/results.json holds the latest run of each benchmark (server,
// client, ingest, session), each metric with its budget and verdict; bench/results.md is the same as a Markdown
// table for the README. A benchmark run replaces only its own section. Runs in Node.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { round } from './stats.ts';

export type Metric = {
  /** e.g. "patch p95 (200 bots)" */
  name: string;
  value: number | null;
  unit: string;
  /** Upper bound from DESIGN.md's budgets; absent for figures reported for context only. */
  budget?: number;
  pass?: boolean;
};

export type Section = {
  date: string;
  machine: ReturnType<typeof machine>;
  /** How the run was made (bots, durations, URLs…). */
  config: Record<string, unknown>;
  metrics: Metric[];
  notes: string[];
};

type SectionKey = 'server' | 'client' | 'ingest' | 'session' | 'abuse' | 'pendataan' | 'voice' | 'scale';
type Results = Partial<Record<SectionKey, Section>>;

export const SCALE_TITLE = 'Scale (bots over the city, interest management, three processes)';
const JSON_PATH = new URL('./results.json', import.meta.url);
const MD_PATH = new URL('./results.md', import.meta.url);

export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

/** A metric checked against an upper bound (`budget`), or reported for context when there is none. */
export function metric(name: string, value: number, unit: string, budget?: number, digits = 2): Metric {
  const v = round(value, digits);
  if (budget === undefined) return { name, value: v, unit };
  return { name, value: v, unit, budget, pass: v !== null && v <= budget };
}

export function section(config: Record<string, unknown>, metrics: Metric[], notes: string[] = []): Section {
  return { date: new Date().toISOString(), machine: machine(), config, metrics, notes };
}

export function saveSection(key: SectionKey, s: Section): void {
  const all: Results = existsSync(JSON_PATH) ? (JSON.parse(readFileSync(JSON_PATH, 'utf8')) as Results) : {};
  all[key] = s;
  writeFileSync(JSON_PATH, `${JSON.stringify(all, null, 2)}\n`);
  writeFileSync(MD_PATH, markdown(all));
}

function verdict(m: Metric): string {
  if (m.pass === undefined) return '';
  return m.pass ? 'pass' : '**FAIL**';
}

/** A Markdown table with padded columns (the layout Biome's formatter gives it). */
function table(head: string[], rows: string[][]): string[] {
  const width = (c: string) => [...c].length;
  const widths = head.map((h, i) => Math.max(3, width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat((widths[i] as number) - width(c))).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function sectionTable(title: string, s: Section): string {
  const m = s.machine;
  const rows = s.metrics.map((x) => [
    x.name,
    `${x.value ?? 'n/a'} ${x.unit}`.trim(),
    x.budget === undefined ? '' : `≤ ${x.budget} ${x.unit}`.trim(),
    verdict(x),
  ]);
  return [
    `### ${title} — ${s.date.slice(0, 10)}`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.os}`,
    '',
    ...table(['metric', 'value', 'budget', 'result'], rows),
    ...(s.notes.length > 0 ? ['', ...s.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}

export function markdown(all: Results): string {
  const parts = ['## Benchmark results', ''];
  if (all.server) parts.push(sectionTable('Server (bots)', all.server));
  if (all.client) parts.push(sectionTable('Client (browser, bundle)', all.client));
  if (all.ingest) parts.push(sectionTable('Ingestion (push API, live updates)', all.ingest));
  if (all.session) parts.push(sectionTable('Public session (bot attendees across shards)', all.session));
  if (all.abuse) parts.push(sectionTable('Abuse without a login (attacks beside 200 visitors)', all.abuse));
  if (all.pendataan) parts.push(sectionTable('Pendataan (sync, progress, open data)', all.pendataan));
  if (all.voice) parts.push(sectionTable('Live voice (Janus streaming path)', all.voice));
  if (all.scale) parts.push(sectionTable(SCALE_TITLE, all.scale));
  return parts.join('\n');
}
