// Several game processes on one Redis and one database, behind nginx with the repository's own
// configuration (ops/nginx/makaverse.conf, only its ports changed), as the README's "several
// processes" section runs them. For the scale tests; needs redis-server answering and nginx
// installed (.ci/run provides both). Ports: base + E2E_PORT_OFFSET, like the other browser tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import { hashPassword } from '../server/auth/password.ts';
import { testRedisUrl } from '../server/scale/testRedis.ts';
import { openStore } from '../server/store/store.ts';
import { REGISTRY } from '../shared/registry.ts';
import { NewSession } from '../shared/session/schedule.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NGINX_CONF = join(REPO_ROOT, 'ops', 'nginx', 'makaverse.conf');
const CLIENT_DIR = resolve(process.env.E2E_CLIENT_DIR ?? join(REPO_ROOT, 'dist', 'client'));
const DOCUMENTED_PORTS = [2567, 2568, 2569];
const DOCUMENTED_LISTEN = 8080;
const WAIT_MS = 60_000;
const STOP_MS = 10_000;

export type GameProcess = {
  name: string;
  /** Direct address of the process (its /metrics, /api/health). */
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
};

export type Cluster = {
  /** The one public URL (nginx). */
  url: string;
  processes: GameProcess[];
  dbPath: string;
  stop(): Promise<void>;
};

const offset = () => Number(process.env.E2E_PORT_OFFSET ?? 0);

/** Spawns `node server/index.ts`; resolves once its /api/health is ok. */
async function startProcess(name: string, port: number, env: Record<string, string>): Promise<GameProcess> {
  const child = spawn(process.execPath, ['server/index.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), PROCESS_NAME: name, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })
      .then(async (r) => r.ok && (await r.json()).status === 'ok')
      .catch(() => false);
    if (ok) return { name, url, child, exited };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not healthy after ${WAIT_MS} ms:\n${output}`);
    }
    await delay(200);
  }
}

async function stopProcess(p: GameProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), STOP_MS);
  await p.exited;
  clearTimeout(timer);
}

/** nginx in the foreground with the repository's site config, its pid and temp files under `dir`. */
async function startNginx(dir: string, listen: number, ports: number[]): Promise<ChildProcess> {
  let site = readFileSync(NGINX_CONF, 'utf8').replace(
    `listen ${DOCUMENTED_LISTEN};`,
    `listen 127.0.0.1:${listen};`,
  );
  DOCUMENTED_PORTS.forEach((documented, i) => {
    site = site.replaceAll(`127.0.0.1:${documented}`, `127.0.0.1:${ports[i]}`);
  });
  // nginx's workers run as nobody when started by root: they must be able to write their temp files.
  chmodSync(dir, 0o755);
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777);
  }
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // Each visitor holds two connections here (client and upstream): bench:scale brings 1,500.
      'worker_rlimit_nofile 16384;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 8192; }',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (s) => `  ${s === 'body' ? 'client_body' : s}_temp_path ${dir}/${s};`,
      ),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  nginx.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${output}`);
    const ok = await fetch(`http://127.0.0.1:${listen}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return nginx;
    if (Date.now() > deadline) throw new Error(`nginx not answering: ${output}`);
    await delay(200);
  }
}

/**
 * Three processes (ports base+1..3) sharing Redis database `redisDb` (emptied by the caller) and
 * one SQLite file (migrated by the caller, so they do not race), and nginx on `base`.
 */
export async function startCluster(
  base: number,
  redisDb: number,
  dbPath: string,
  env: Record<string, string> = {},
): Promise<Cluster> {
  const listen = base + offset();
  const ports = [1, 2, 3].map((i) => base + i + offset());
  const dir = mkdtempSync(join(tmpdir(), 'makaverse-cluster-'));
  const common = {
    DB_PATH: dbPath,
    CLIENT_DIR,
    REDIS_URL: testRedisUrl(redisDb),
    TRUST_PROXY: 'on',
    SIMULATOR: 'off',
    CONNECTORS: 'off',
    ...env,
  };
  const processes: GameProcess[] = [];
  let nginx: ChildProcess | undefined;
  const stop = async () => {
    nginx?.kill('SIGQUIT');
    await Promise.all(processes.map(stopProcess));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const envOf = (i: number) => ({ ...common, PUBLIC_ADDRESS: `127.0.0.1:${listen}/p${i + 1}` });
    processes.push(await startProcess('p1', ports[0] ?? 0, envOf(0)));
    processes.push(
      ...(await Promise.all([1, 2].map((i) => startProcess(`p${i + 1}`, ports[i] ?? 0, envOf(i))))),
    );
    nginx = await startNginx(dir, listen, ports);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `http://127.0.0.1:${listen}`, processes, dbPath, stop };
}

/**
 * A new database at `dbPath` with the organisations, a host account (`username`, `password`, of
 * setda) and one public session it hosts, starting in a minute; the session's id. Call before
 * startCluster (the processes then share a migrated file).
 */
export async function seedSession(dbPath: string, username: string, password: string): Promise<string> {
  const store = await openStore({ dbPath });
  try {
    const now = Date.now();
    await store.organisations.sync(REGISTRY, now);
    const user = await store.users.create({
      username,
      passwordHash: await hashPassword(password),
      role: 'host',
      organisationId: 'setda',
      createdAt: now,
    });
    const body = NewSession.parse({
      title: 'Musrenbang lintas proses',
      organiser: 'setda',
      startsAt: now + 60_000,
      endsAt: now + 3_600_000,
      agenda: ['Pembukaan', 'Tanya jawab'],
    });
    return (await store.sessions.create(body, { id: user.id, username }, now)).id;
  } finally {
    await store.close();
  }
}

/** A sign-in token of `username` through the public URL. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Processes whose /metrics say they own `sessionId`'s hub (a dead one says nothing). */
export async function hubOwners(c: Cluster, sessionId: string): Promise<GameProcess[]> {
  const said = await Promise.all(
    c.processes.map((p) =>
      scrape(p.url, 'makaverse_session_hub_owner', { session: sessionId }).catch(() => undefined),
    ),
  );
  return c.processes.filter((_, i) => said[i] === 1);
}

/** The value of the Prometheus series `name` whose labels include `labels`, from one process. */
export async function scrape(
  url: string,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  const text = await fetch(`${url}/metrics`).then((r) => r.text());
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.slice(0, l.indexOf('}')).includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** Rooms of all processes as Colyseus's stats in Redis count them (what it places new rooms by). */
export async function sharedRoomCount(redis: Redis): Promise<number> {
  const all = await redis.hgetall('roomcount');
  return Object.values(all).reduce((n, v) => n + Number(v.split(',')[0]), 0);
}

/**
 * Whether nginx is installed (the cluster tests need it). In CI its absence is an error, not a skip:
 * .ci/run installs it.
 */
export function nginxInstalled(suite: string): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('nginx is required in CI (apt-get install nginx)');
    console.warn(`nginx not installed: the ${suite} tests are not run.`);
    return false;
  }
}

/** Polls `f` every 25 ms until it gives a value (not undefined or false; a throw counts as none), for `ms`. */
export async function until<T>(
  what: string,
  f: () => T | undefined | Promise<T | undefined>,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await Promise.resolve()
      .then(f)
      .catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
