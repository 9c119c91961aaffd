// `npm start`: production start in one process on one port. Builds the client first (vite build) when
// dist/client/index.html is missing or older than the newest file under client/, shared/ or public/,
// then runs the game server (server/index.ts) in this same process. Paths are relative to the repo.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT_INDEX = join(ROOT, 'dist', 'client', 'index.html');
const SOURCE_DIRS = ['client', 'shared', 'public'].map((d) => join(ROOT, d));
const BUILD_INPUTS = ['vite.config.ts', 'package.json'].map((f) => join(ROOT, f));

/** Newest modification time (ms) of any file under `path`; 0 when it does not exist. */
function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

function clientIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const sources = Math.max(...[...SOURCE_DIRS, ...BUILD_INPUTS].map(newestMtimeMs));
  return statSync(BUILT_INDEX).mtimeMs < sources;
}

process.chdir(ROOT);
if (clientIsStale()) {
  process.stdout.write('start: building the client (vite build)\n');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write(`start: vite build failed (${build.signal ?? `exit ${build.status}`})\n`);
    process.exit(1);
  }
}
await import('../server/index.ts');
