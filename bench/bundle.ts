// Gzip sizes of the built client (dist/client): the lobby (index.html's entry scripts, stylesheets and
// everything they import statically: what loads before the 3D world starts loading) and the 3D chunk
// (the lazily imported World chunk plus its static imports not already in the lobby). Follows the
// import statements of the built files, so it needs no manifest. Runs in Node.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ChunkSizes = { files: string[]; rawKB: number; gzipKB: number };
export type BundleSizes = { lobby: ChunkSizes; world: ChunkSizes; otherLazy: ChunkSizes };

// Minifiers quote with any of ' " ` (rolldown prefers backticks).
const STATIC_IMPORT = /\b(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
/** Vite lists a lazy chunk's CSS (and preloads) as "assets/…" strings in `__vite__mapDeps`. */
const ASSET_REF = /["'`](assets\/[^"'`]+\.(?:css|js))["'`]/g;
const HTML_REF = /<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.(?:js|css))"/g;

/** Paths are relative to the dist folder, posix style ("assets/index-abc.js"). */
function read(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

function refs(code: string, pattern: RegExp, from: string): string[] {
  return [...code.matchAll(pattern)].map((m) => posix.join(posix.dirname(from), m[1] as string));
}

/** `roots` plus everything they import statically, minus `exclude`. */
function closure(dist: string, roots: string[], exclude: Set<string>): Set<string> {
  const seen = new Set<string>();
  const queue = roots.filter((r) => !exclude.has(r));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || exclude.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...refs(read(dist, file), STATIC_IMPORT, file));
  }
  return seen;
}

function sizes(dist: string, files: Iterable<string>): ChunkSizes {
  const list = [...files].sort();
  let raw = 0;
  let gz = 0;
  for (const f of list) {
    const buf = readFileSync(join(dist, f));
    raw += buf.byteLength;
    gz += gzipSync(buf).byteLength;
  }
  return { files: list, rawKB: raw / 1024, gzipKB: gz / 1024 };
}

export function bundleSizes(dist: string): BundleSizes {
  const html = read(dist, 'index.html');
  const lobby = closure(
    dist,
    [...html.matchAll(HTML_REF)].map((m) => m[1] as string),
    new Set(),
  );
  const lobbyJs = [...lobby].filter((f) => f.endsWith('.js'));
  const lazy = new Set(lobbyJs.flatMap((f) => refs(read(dist, f), DYNAMIC_IMPORT, f)));
  const worldRoot = [...lazy].find((f) => /\/World[-.]/.test(f));
  if (!worldRoot) throw new Error(`no lazily imported World chunk among: ${[...lazy].join(', ') || 'none'}`);
  // CSS a lazy chunk needs is loaded with it; attribute lazily referenced stylesheets to the world.
  const lazyCss = lobbyJs.flatMap((f) => [...read(dist, f).matchAll(ASSET_REF)].map((m) => m[1] as string));
  const worldCss = lazyCss.filter((f) => f.endsWith('.css') && !lobby.has(f));
  const world = closure(dist, [worldRoot, ...worldCss], lobby);
  const rest = closure(
    dist,
    [...lazy].filter((f) => f !== worldRoot),
    new Set([...lobby, ...world]),
  );
  return { lobby: sizes(dist, lobby), world: sizes(dist, world), otherLazy: sizes(dist, rest) };
}
