// The built client served from an install path with a dot-folder (`~/.local/…`, `.something/`):
// pages and assets are still served; dot files below the client folder still are not.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

const dir = tempDir();
const clientDir = join(dir.path, '.hidden', 'app', 'dist');
let city: TestCity;

beforeAll(async () => {
  mkdirSync(join(clientDir, 'staff'), { recursive: true });
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  mkdirSync(join(clientDir, 'lite'), { recursive: true });
  writeFileSync(join(clientDir, 'lite', 'index.html'), '<!doctype html><title>Makaverse Lite</title>');
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Makaverse</title>');
  writeFileSync(join(clientDir, 'staff', 'index.html'), '<!doctype html><title>Konsol Staf</title>');
  writeFileSync(join(clientDir, 'assets', 'main-abc.js'), 'console.log(1)');
  writeFileSync(join(clientDir, '.env'), 'AUTH_SECRET=do-not-serve');
  city = await startTestCity(join(dir.path, 'dot.sqlite'), { CLIENT_DIR: clientDir });
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const get = (path: string) => fetch(`${city.baseUrl}${path}`, { headers: { accept: 'text/html' } });

describe('client files under a dot-folder', () => {
  it('serves the city page and the staff console', async () => {
    for (const [path, title] of [
      ['/', 'Makaverse'],
      ['/booth/setda', 'Makaverse'],
      ['/staff', 'Konsol Staf'],
      ['/staff/profile', 'Konsol Staf'],
      ['/lite', 'Makaverse Lite'],
      ['/lite/opd/disdukcapil', 'Makaverse Lite'],
      ['/lite/sesi/abc123?invite=x', 'Makaverse Lite'],
    ]) {
      const res = await get(path as string);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await res.text(), path).toContain(`<title>${title}</title>`);
    }
    expect((await fetch(`${city.baseUrl}/assets/main-abc.js`)).status).toBe(200);
  });

  it('never serves a dot file inside the client folder', async () => {
    for (const accept of ['text/html', '*/*', 'text/plain']) {
      const res = await fetch(`${city.baseUrl}/.env`, { headers: { accept } });
      expect(await res.text(), accept).not.toContain('do-not-serve');
    }
  });
});
