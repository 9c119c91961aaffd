// Host actions → attendees, shared by bench:session (one process) and bench:scale (three): the host
// alternately turns a slide page and opens a poll, `actions` times `gapMs` apart, each sent once and
// mirrored by the server(s) into every shard; every attendee notes when each reaches its decoded
// state (bench/attendee.ts, one clock). Also the JSON API calls the host makes first. Runs in Node.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Attendee } from './attendee.ts';
import { now } from './attendee.ts';
import { type Metric, metric } from './results.ts';
import type { BenchServer } from './serverProcess.ts';
import { max, percentile, sleep, waitFor } from './stats.ts';

const SLIDE_PAGES = 8;
/** A 1×1 PNG: slide content does not matter here, page changes do. */
const PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const LAST_ACTION_WAIT_MS = 10_000;

/** A JSON API call of the server at `url` (GET without a body, POST with one). */
export async function api<T>(url: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A host account made with the admin CLI on the server's database, signed in, its one-time password
 * changed (anything else answers 403 password-change-required before that); its token.
 */
export async function signedInHost(server: BenchServer, username: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['server/admin/cli.ts', 'user', 'create', username, '--role', 'host'],
    { cwd: new URL('..', import.meta.url).pathname, env: { ...process.env, DB_PATH: server.dbPath } },
  );
  const password = /one-time password \(shown once\): (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no password from the admin CLI: ${stdout}`);
  const first = await api<{ token: string }>(server.url, '/auth/login', null, { username, password });
  const changed = await api<{ token: string }>(server.url, '/auth/password', first.token, {
    currentPassword: password,
    newPassword: `${password}-bench-baru`,
  });
  return changed.token;
}

/** Uploads a deck of SLIDE_PAGES one-pixel pages to the session; its id. */
export async function uploadDeck(url: string, token: string, sessionId: string): Promise<string> {
  const deck = await api<{ id: string }>(url, `/sessions/${sessionId}/decks`, token, {
    name: 'bench.pdf',
    pages: Array.from({ length: SLIDE_PAGES }, () => PIXEL_PNG),
  });
  return deck.id;
}

type Action = { kind: 'page' | 'poll'; value: number; sentAt: number };

/**
 * Runs the actions (the session open, its screen on the deck) and reports host action → attendee
 * p50/p99 (p99 against `budgetP99Ms`), → the last attendee, and receipts missed; `polls` is the
 * number of the last poll opened (still open).
 */
export async function measureHostActions(
  host: Attendee,
  attendees: Attendee[],
  o: { actions: number; gapMs: number; budgetP99Ms: number },
): Promise<{ metrics: Metric[]; polls: number }> {
  for (const a of attendees) a.resetSeen();
  const actions: Action[] = [];
  let polls = 0;
  for (let i = 0; i < o.actions; i++) {
    const sentAt = now();
    if (i % 2 === 0) {
      const page = (i / 2 + 1) % SLIDE_PAGES;
      host.act({ do: 'page', page });
      actions.push({ kind: 'page', value: page, sentAt });
    } else {
      const question = `Pertanyaan ${i}`;
      host.act({
        do: 'pollOpen',
        question,
        options: ['Setuju', 'Tidak setuju'],
        multi: false,
        reveal: 'live',
      });
      actions.push({ kind: 'poll', value: ++polls, sentAt });
    }
    await sleep(o.gapMs);
  }
  const seen = (a: Attendee, x: Action) => (x.kind === 'page' ? a.pageSeenAt : a.pollSeenAt).get(x.value);
  const last = actions.at(-1);
  if (last)
    await waitFor(
      () => attendees.every((a) => seen(a, last) !== undefined),
      'the last action',
      LAST_ACTION_WAIT_MS,
    ).catch(() => {});
  const receipts: number[] = [];
  const lastPerAction: number[] = [];
  let missed = 0;
  for (const x of actions) {
    let slowest = 0;
    for (const a of attendees) {
      const at = seen(a, x);
      if (at === undefined) {
        missed++;
        continue;
      }
      receipts.push(at - x.sentAt);
      slowest = Math.max(slowest, at - x.sentAt);
    }
    lastPerAction.push(slowest);
  }
  const n = attendees.length;
  const metrics = [
    metric(`host action → attendee p50 (${n} attendees)`, percentile(receipts, 50), 'ms'),
    metric(`host action → attendee p99 (${n} attendees)`, percentile(receipts, 99), 'ms', o.budgetP99Ms),
    metric('host action → last attendee, p50 of actions', percentile(lastPerAction, 50), 'ms'),
    metric('host action → last attendee, max', max(lastPerAction), 'ms'),
    metric('receipts missed', missed, '', 0, 0),
  ];
  return { metrics, polls };
}
