// The final error handler on a real express app (a route that throws, as a failing store would).
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../log.ts';
import { errorHandler, notFound } from './errors.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  const fail = () => {
    throw new Error('ENOENT: open /srv/makaverse/data/db.sqlite with password=hunter2');
  };
  app.get('/api/boom', fail);
  app.get('/boom', fail);
  app.post('/api/echo', express.json({ limit: '1kb' }), (req, res) => void res.json(req.body));
  app.use(notFound, errorHandler);
  await new Promise<void>((done) => {
    server = app.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Runs `act` with the real logger writing into an array (one entry per line). */
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

const INTERNALS = /ENOENT|\/srv\/|hunter2|node_modules|\bat \S+ \(|Error:/;

describe('errorHandler', () => {
  it('answers an unexpected API error with 500 {error:"internal"} and logs one short line', async () => {
    let body = '';
    const lines = await logged(async () => {
      const res = await fetch(`${base}/api/boom`);
      expect(res.status).toBe(500);
      body = await res.text();
    });
    expect(JSON.parse(body)).toEqual({ error: 'internal' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', event: 'http-error', method: 'GET', path: '/api/boom' });
    expect(JSON.stringify(lines[0])).not.toContain('hunter2');
    expect(JSON.stringify(lines[0])).not.toContain('"stack"');
  });

  it('answers a page error with a short localised page, or plain text, never internals', async () => {
    const lines = await logged(async () => {
      const html = await fetch(`${base}/boom`, { headers: { accept: 'text/html' } });
      expect(html.status).toBe(500);
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      const page = await html.text();
      expect(page).toContain('Terjadi kesalahan pada server');
      expect(page).toContain('Something went wrong on the server');
      expect(page).not.toMatch(INTERNALS);
      const text = await fetch(`${base}/boom`, { headers: { accept: 'text/plain' } });
      expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await text.text()).not.toMatch(INTERNALS);
    });
    expect(lines).toHaveLength(2);
  });

  it('answers malformed and oversized JSON with 400/413 and logs without the body', async () => {
    const post = (body: string) =>
      fetch(`${base}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const lines = await logged(async () => {
      const bad = await post('{"username":"a","password":TopSecretPw123}');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'invalid', field: 'body' });
      const big = await post(JSON.stringify({ pad: 'x'.repeat(4000) }));
      expect(big.status).toBe(413);
      expect(await big.json()).toEqual({ error: 'too-large', field: 'body' });
    });
    expect(lines.map((l) => [l.event, l.status, l.reason])).toEqual([
      ['http-rejected', 400, 'entity.parse.failed'],
      ['http-rejected', 413, 'entity.too.large'],
    ]);
    expect(JSON.stringify(lines)).not.toContain('TopSecret');
  });

  it('answers unknown routes 404: JSON under /api, a page elsewhere', async () => {
    const api = await fetch(`${base}/api/nope`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: 'not-found' });
    const page = await fetch(`${base}/nope`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Halaman tidak ditemukan');
  });
});
