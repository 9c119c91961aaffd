// `npm run dev`: the client dev server (Vite on 5173, hot reload; proxies /api) and the game server
// (`node --watch server/index.ts` on PORT, default 2567, restarting on server/ and shared/ changes)
// side by side, each output line prefixed with its name. Ctrl-C (or SIGTERM) stops both; if either
// exits on its own, the other is stopped too and its exit code is passed on.
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..');
const STOP_GRACE_MS = 5000;

function prefixLines(stream: NodeJS.ReadableStream | null, tag: string, out: NodeJS.WriteStream): void {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => out.write(`${tag} ${line}\n`));
}

function run(name: string, colour: number, args: string[]): ChildProcess {
  const tag = `\x1b[${colour}m[${name}]\x1b[0m`;
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixLines(child.stdout, tag, process.stdout);
  prefixLines(child.stderr, tag, process.stderr);
  return child;
}

const children = [
  run('client', 36, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), '--strictPort']),
  run('server', 35, ['--watch', 'server/index.ts']),
];

const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const c of children) if (!exited(c)) c.kill('SIGTERM');
    const gone = children.map((c) => (exited(c) ? Promise.resolve() : new Promise((r) => c.once('exit', r))));
    const timer = setTimeout(() => {
      for (const c of children) if (!exited(c)) c.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(gone);
    clearTimeout(timer);
    process.exit(exitCode);
  }
  return new Promise<never>(() => {});
}

for (const c of children) c.once('exit', (code) => void stopAll(code ?? 1));
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
