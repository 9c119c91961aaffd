// The client's layering, checked on the source files (runs in Node): only client/net/ talks to the
// network; the world, Lite and the kiosk reach a room only through store actions (useChatStore.send,
// useStageStore.act, placeActions.ts …), never client/net/ itself; plain HTTP data modules they may
// still read are listed here by name; and the public sessions list has one source (sessionsFeed.ts
// feeding useSessionsStore), so no component polls it on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLIENT = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(CLIENT, '..');

/** client/net/ modules of plain HTTP data or media the UI may still import (no room, no connection). */
const HTTP_DATA_MODULES = new Set([
  'api.ts',
  'awarenessFeed.ts',
  'deckUpload.ts',
  'hallMedia.ts',
  'kioskApi.ts',
  'liteApi.ts',
  'raporFeed.ts',
  'rejoin.ts', // rejoinDelayMs only: the kiosk's boot retries its HTTP read on the same backoff
  'visitBeacon.ts',
]);
/** Where the UI lives: scene, HUD, Lite, kiosk. */
const UI_DIRS = ['world', 'lite', 'kiosk'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every import of a file: the module specifier resolved against the file (or a package name). */
function importsOf(file: string, text: string): { spec: string; names: string }[] {
  const out: { spec: string; names: string }[] = [];
  const pattern =
    /(?:import|export)\s*(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(pattern)) {
    const raw = m[3] ?? m[4] ?? '';
    const spec = raw.startsWith('.') ? relative(ROOT, resolve(dirname(file), raw)) : raw;
    out.push({ spec, names: m[2] ?? '' });
  }
  return out;
}

const files = sources(CLIENT).map((path) => ({
  path: relative(ROOT, path),
  imports: importsOf(path, readFileSync(path, 'utf8')),
}));

describe('client layering', () => {
  it('reads the imports it checks (the scanner itself)', () => {
    const actions = files.find((f) => f.path === 'client/stores/placeActions.ts');
    expect(actions?.imports.map((i) => i.spec)).toContain('client/net/connectPlace.ts');
    expect(importsOf(join(CLIENT, 'world/x.tsx'), "import { a } from '../net/cityPlace.ts';")).toEqual([
      { spec: 'client/net/cityPlace.ts', names: '{ a }' },
    ]);
  });

  it('lets only client/net/ use the Colyseus SDK', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('client/net/'))
      .filter((f) => f.imports.some((i) => i.spec.startsWith('@colyseus/')))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('keeps the world, Lite and the kiosk off the room connection (store actions only)', () => {
    const offenders = files
      .filter((f) => UI_DIRS.some((d) => f.path.startsWith(`client/${d}/`)))
      .flatMap((f) =>
        f.imports
          .filter((i) => i.spec.startsWith('client/net/'))
          .filter((i) => !HTTP_DATA_MODULES.has(i.spec.slice('client/net/'.length)))
          .map((i) => `${f.path} → ${i.spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('reads the public sessions list in one place (sessionsFeed.ts → useSessionsStore)', () => {
    const offenders = files
      .filter(
        (f) => f.path !== 'client/net/sessionsFeed.ts' && f.path !== 'client/stores/useSessionsStore.ts',
      )
      .filter((f) =>
        f.imports.some((i) => i.spec === 'client/net/sessionsFeed.ts' || /\bfetchSessions\b/.test(i.names)),
      )
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
