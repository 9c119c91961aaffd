// Hostile and malformed HTTP against the real server: short errors without internals (pages and
// /api), 400/413 for malformed input on every router with one log line and no body, login parse
// errors counted by the per-address limiter, security headers, and the CORS policy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../log.ts';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

let a: AccountCity;
let base: string;
let staffToken: string;
let hostToken: string;
let pushKey: string;

beforeAll(async () => {
  a = await startAccountCity();
  base = a.city.baseUrl;
  const clientDir = join(a.city.dbPath, '..', 'client');
  mkdirSync(join(clientDir, 'staff'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Makaverse</title>');
  writeFileSync(join(clientDir, 'staff', 'index.html'), '<!doctype html><title>Konsol Staf</title>');
  await a.createUser('staf-setda', 'staff', 'setda');
  await a.createUser('host', 'host', 'setda');
  staffToken = await a.tokenOf('staf-setda');
  hostToken = await a.tokenOf('host');
  pushKey = (await a.city.app.store.keys.create('setda', 'test', Date.now())).key;
});
afterAll(() => a.stop());

/** Runs `act` with the server's real logger writing into an array (one parsed entry per line). */
async function logged(act: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  setLogLevel('warn');
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    spy.mockRestore();
    setLogLevel('error');
  }
  return lines.map((l) => JSON.parse(l));
}

const INTERNALS = /node_modules|\/tmp\/|\/work\/|\bat \S+ \(|URIError|decodeParam|stack/i;

const send = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('errors leak nothing', () => {
  it('a malformed URL outside /api is a short localised page with no stack and no path', async () => {
    const lines = await logged(async () => {
      for (const path of ['/%E0%A4%A', '/staff/%E0%A4%A', '/booth/%E0%A4%A', '/assets/%E0%A4%A']) {
        const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
        expect(res.status, path).toBe(400);
        expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
        const page = await res.text();
        expect(page, path).toContain('Alamat atau permintaan tidak valid');
        expect(page, path).toContain('The address or request is not valid');
        expect(page, path).not.toMatch(INTERNALS);
      }
      // What curl gets by default (Accept: */*), and a client that takes only text.
      const curl = await fetch(`${base}/%E0%A4%A`, { headers: { accept: '*/*' } });
      expect(await curl.text()).not.toMatch(INTERNALS);
      const text = await fetch(`${base}/%E0%A4%A`, { headers: { accept: 'text/plain' } });
      expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await text.text()).not.toMatch(INTERNALS);
    });
    expect(lines).toHaveLength(6);
    for (const line of lines)
      expect(line).toMatchObject({ event: 'http-rejected', status: 400, reason: 'URIError' });
  });

  it('a malformed URL under /api or /matchmake is 400 JSON naming the path', async () => {
    await logged(async () => {
      for (const path of [
        '/api/opds/%E0%A4%A',
        '/api/sessions/%E0%A4%A',
        '/api/opds/setda/metrics/%E0%A4%A',
        '/matchmake/%E0%A4%A',
      ]) {
        const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
        expect(res.status, path).toBe(400);
        expect(await res.json(), path).toEqual({ error: 'invalid', field: 'path' });
      }
    });
  });

  it('an unknown page asset is a short 404 page', async () => {
    const res = await fetch(`${base}/assets/gone-123.js`, { headers: { accept: '*/*' } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/gone-123|Cannot GET/);
  });
});

describe('malformed input is 400 with a field, everywhere', () => {
  const MALFORMED = '{"username":"adm1","password":TopSecretPw123}';

  it('malformed JSON on every JSON route: 400 {error, field: "body"}, one log line without the body', async () => {
    const cases: Array<[string, string, Record<string, string>]> = [
      ['POST', '/api/auth/login', {}],
      ['PUT', '/api/opds/setda/profile', { authorization: `Bearer ${staffToken}` }],
      ['POST', '/api/staff/opds/setda/metrics', { authorization: `Bearer ${staffToken}` }],
      ['POST', '/api/sessions', { authorization: `Bearer ${hostToken}` }],
    ];
    const lines = await logged(async () => {
      for (const [method, path, headers] of cases) {
        const res = await send(method, path, MALFORMED, headers);
        expect(res.status, path).toBe(400);
        expect(await res.json(), path).toEqual({ error: 'invalid', field: 'body' });
      }
      const push = await send('POST', '/api/opds/setda/metrics', MALFORMED, {
        authorization: `Bearer ${pushKey}`,
      });
      expect(push.status).toBe(400);
      expect((await push.json()).errors[0]).toMatchObject({ row: 0, field: 'body' });
    });
    expect(lines).toHaveLength(cases.length + 1);
    for (const line of lines)
      expect(line).toMatchObject({
        level: 'warn',
        event: 'http-rejected',
        status: 400,
        reason: 'entity.parse.failed',
      });
    expect(JSON.stringify(lines)).not.toContain('TopSecret');
  });

  it('oversized bodies are 413 JSON', async () => {
    await logged(async () => {
      const login = await send(
        'POST',
        '/api/auth/login',
        JSON.stringify({ username: 'x', password: 'y'.repeat(8000) }),
      );
      expect(login.status).toBe(413);
      expect(await login.json()).toEqual({ error: 'too-large', field: 'body' });
      const profile = await send(
        'PUT',
        '/api/opds/setda/profile',
        JSON.stringify({ pad: 'z'.repeat(100_000) }),
        {
          authorization: `Bearer ${staffToken}`,
        },
      );
      expect(profile.status).toBe(413);
      expect(await profile.json()).toEqual({ error: 'too-large', field: 'body' });
    });
  });

  it('unsupported charsets and encodings are 415 naming the header', async () => {
    await logged(async () => {
      const charset = await send('POST', '/api/auth/login', '{}', {
        'content-type': 'application/json; charset=koi8-r',
      });
      expect(charset.status).toBe(415);
      expect(await charset.json()).toEqual({ error: 'unsupported-media-type', field: 'content-type' });
      const encoding = await send('POST', '/api/auth/login', '{}', { 'content-encoding': 'compress' });
      expect(encoding.status).toBe(415);
      expect(await encoding.json()).toEqual({ error: 'unsupported-media-type', field: 'content-encoding' });
    });
  });

  it('bad query values are 400 naming the parameter', async () => {
    const kpi = 'pagu-belanja-apbd';
    const bad: Array<[string, string]> = [
      [`/api/opds/setda/metrics/${kpi}?bucket=999999999999w`, 'bucket'],
      [`/api/opds/setda/metrics/${kpi}?bucket=1`, 'bucket'],
      [`/api/opds/setda/metrics/${kpi}?to=1e400`, 'to'],
      [`/api/opds/setda/metrics/${kpi}?from=%E0%A4%A`, 'from'],
      ['/api/rapor?period=decade', 'period'],
      ['/api/sessions?when=tomorrow', 'when'],
    ];
    for (const [path, field] of bad) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(400);
      expect((await res.json()).field, path).toBe(field);
    }
  });

  it('malformed logins from one address are counted by the limiter: 400s, then 429s, never 500', async () => {
    const statuses: number[] = [];
    await logged(async () => {
      for (let i = 0; i < 30; i++) statuses.push((await send('POST', '/api/auth/login', '{bad')).status);
    });
    expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);
    expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
    // Let the address's bucket refill for the tests after this one.
    a.clock.now += 10 * 60_000;
  });
});

describe('security headers', () => {
  it('are on the city page, the staff console, the API and matchmaking', async () => {
    for (const path of ['/', '/staff', '/api/health', '/api/nope']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(csp, path).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+ https:/);
      expect(csp, path).toContain("media-src 'self' blob: https:");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      const permissions = res.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera=(self)', 'microphone=(self)', 'geolocation=(self)', 'payment=()'])
        expect(permissions, path).toContain(feature);
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
    const join = await fetch(`${base}/matchmake/joinOrCreate/city`, { method: 'POST', body: '{}' });
    expect(join.headers.get('x-content-type-options')).toBe('nosniff');
    expect(join.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('CORS', () => {
  const FOREIGN = 'https://attacker.example';
  const DEV = 'http://localhost:5173';

  it('public read data may be read from any origin, without credentials', async () => {
    for (const path of ['/api/health', '/api/opds', '/api/opds/setda', '/api/rapor']) {
      const res = await fetch(`${base}${path}`, { headers: { origin: FOREIGN } });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
  });

  it('nothing that changes data or needs a token is open to a foreign origin', async () => {
    const reads = ['/api/opds/setda/profile', '/api/sessions', '/api/sessions/x/records'];
    for (const path of reads) {
      const res = await fetch(`${base}${path}`, {
        headers: { origin: FOREIGN, authorization: `Bearer ${staffToken}` },
      });
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    const writes: Array<[string, string]> = [
      ['POST', '/api/auth/login'],
      ['POST', '/api/auth/refresh'],
      ['PUT', '/api/opds/setda/profile'],
      ['POST', '/api/opds/setda/metrics'],
      ['POST', '/api/staff/opds/setda/metrics'],
      ['POST', '/api/sessions'],
      ['POST', '/matchmake/joinOrCreate/city'],
    ];
    for (const [method, path] of writes) {
      const preflight = await fetch(`${base}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: FOREIGN,
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin'), `OPTIONS ${path}`).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials'), `OPTIONS ${path}`).toBeNull();
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { origin: FOREIGN, 'content-type': 'text/plain' },
        body: 'x',
      });
      expect(res.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull();
    }
  });

  it('the configured dev origin may call the API and matchmake, never with credentials', async () => {
    for (const path of ['/api/auth/login', '/matchmake/joinOrCreate/city']) {
      const preflight = await fetch(`${base}${path}`, {
        method: 'OPTIONS',
        headers: { origin: DEV, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin'), path).toBe(DEV);
      expect(preflight.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
  });
});
