import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { kpiRules } from '../../shared/kpi.ts';
import { organisationDescription } from '../../shared/opdGuide.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

const dir = tempDir();
const clientDir = join(dir.path, 'client');
let city: TestCity;

beforeAll(async () => {
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Makaverse</title>');
  mkdirSync(join(clientDir, 'staff'), { recursive: true });
  writeFileSync(join(clientDir, 'staff', 'index.html'), '<!doctype html><title>Konsol Staf</title>');
  writeFileSync(join(clientDir, 'assets', 'main-abc123.js'), 'console.log(1)');
  city = await startTestCity(join(dir.path, 'http.sqlite'), {
    CLIENT_DIR: clientDir,
    CORS_ORIGINS: 'http://localhost:5173',
  });
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${city.baseUrl}${path}`, { headers });

describe('REST API', () => {
  it('GET /api/health reports status, version, protocol, uptime, visitors, process, Redis and database', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: 'ok',
      version: pkg.version,
      protocol: PROTOCOL_VERSION,
      uptimeS: expect.any(Number),
      visitors: 0,
      process: { id: expect.any(String), name: expect.any(String) },
      redis: 'off',
      database: 'ok',
    });
    await city.join('Andi');
    expect((await (await get('/api/health')).json()).visitors).toBe(1);
    await city.colyseus.cleanup();
  });

  it('GET /api/opds lists every organisation with its KPI definitions', async () => {
    const body = await (await get('/api/opds')).json();
    expect(body.organisations).toHaveLength(70);
    expect(body.organisations).toHaveLength(REGISTRY.organisations.length);
    expect(body.categories).toEqual(REGISTRY.categories);
    const setda = body.organisations.find((o: { id: string }) => o.id === 'setda');
    expect(Object.keys(setda).sort()).toEqual(['abbreviation', 'category', 'id', 'kpis', 'name']);
    expect(Object.keys(setda.kpis[0]).sort()).toEqual(['id', 'label', 'unit']);
  });

  it('GET /api/opds/:id gives one organisation with a description and simulated latest values', async () => {
    const org = REGISTRY.organisations[5];
    if (!org) throw new Error('registry too small');
    const body = await (await get(`/api/opds/${org.id}`)).json();
    expect(body).toMatchObject({ id: org.id, name: org.name, category: org.category });
    // A real first-run description from shared/data/opd-guide.json, not filler from name and category.
    expect(body.description).toBe(organisationDescription(org.id, 'id'));
    expect(body.description).not.toContain('di lingkungan Pemerintah Kota Makassar');
    expect(body.latest).toHaveLength(org.kpis.length);
    expect(body.profile).toBeNull();
    const [first] = org.kpis;
    const rules = first ? kpiRules(first) : undefined;
    expect(body.latest[0]).toMatchObject({
      kpi: first?.id,
      label: first?.label,
      unit: first?.unit,
      simulated: true,
      direction: rules?.direction,
      target: rules?.target,
    });
    // Seeds until data exists (at and source null); simulator output once it has run.
    const seed = body.latest[0].at === null;
    expect(body.latest[0].source).toBe(seed ? null : 'simulator');
    if (seed) expect(body.latest[0].value).toBe(first?.typical);
  });

  it('GET /api/opds/:id shows the latest stored value with its time and source', async () => {
    const org = REGISTRY.organisations[6];
    const kpi = org?.kpis[0];
    if (!org || !kpi) throw new Error('registry too small');
    await city.app.store.organisations.sync(REGISTRY, Date.now());
    const at = Date.now() - 1000;
    await city.app.store.metrics.upsertPoints([
      {
        organisationId: org.id,
        kpi: kpi.id,
        value: kpi.typical + 1,
        at,
        source: 'push:k9',
        simulated: false,
        receivedAt: at,
      },
    ]);
    const body = await (await get(`/api/opds/${org.id}`)).json();
    expect(body.latest[0]).toMatchObject({ value: kpi.typical + 1, at, source: 'push', simulated: false });
  });

  it('answers unknown ids and unknown API routes with 404 JSON', async () => {
    const unknownId = await get('/api/opds/no-such-opd');
    expect(unknownId.status).toBe(404);
    expect(await unknownId.json()).toEqual({ error: 'not-found', field: 'id' });
    for (const path of ['/api/nope', '/api/', '/api/opds/setda/extra']) {
      const res = await get(path, { accept: 'text/html' });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: 'not-found' });
    }
    const post = await fetch(`${city.baseUrl}/api/health`, { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('lets any origin read public data, and only allowed origins use the rest', async () => {
    const health = await get('/api/health', { origin: 'https://example.org' });
    expect(health.headers.get('access-control-allow-origin')).toBe('*');
    expect(health.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await get('/api/nope', { origin: 'https://example.org' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = (origin: string) =>
      fetch(`${city.baseUrl}/matchmake/joinOrCreate/city`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    expect((await preflight('https://example.org')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('client files', () => {
  it('serves index.html for the root and for app routes, revalidated each time', async () => {
    for (const path of ['/', '/booth/setda']) {
      const res = await get(path, { accept: 'text/html' });
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<title>Makaverse</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves the staff console page for /staff and below', async () => {
    for (const path of ['/staff', '/staff/', '/staff/profile']) {
      const res = await get(path, { accept: 'text/html' });
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<title>Konsol Staf</title>');
    }
  });

  it('caches hashed assets for a year and 404s missing ones', async () => {
    const asset = await get('/assets/main-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await get('/assets/gone-000.js', { accept: 'text/html' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<title>Makaverse</title>');
  });
});
