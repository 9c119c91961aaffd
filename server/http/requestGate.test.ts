// Matchmaking bodies are capped before Colyseus reads them, for every room: a 1 MB join is refused
// with 413 before its body is read, chunked bodies with 411, and big uploads leave memory flat.
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';
import { MAX_JOIN_BODY_BYTES } from './requestGate.ts';

const dir = tempDir();
let city: TestCity;

beforeAll(async () => {
  city = await startTestCity(join(dir.path, 'gate.sqlite'));
});
afterAll(async () => {
  await city.stop();
  dir.remove();
});

const MB = 1024 * 1024;

/**
 * POSTs a JSON join body of `bytes` to /matchmake/joinOrCreate/<room>, streamed from one small
 * buffer (so the client itself holds little), writing only as fast as the server reads. Resolves
 * with the status (0 when the connection was cut before an answer) and how much was sent.
 */
function postJoin(room: string, bytes: number, chunked = false): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    const url = new URL(`${city.baseUrl}/matchmake/joinOrCreate/${room}`);
    const head = Buffer.from('{"name":"Big Body","color":"#112233","pad":"');
    const tail = Buffer.from('"}');
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = bytes;
    const req = request(url, { method: 'POST', headers });
    let sent = 0;
    let status = 0;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      resolve({ status, sent });
    };
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', done);
      res.on('error', done);
    });
    req.on('error', done);
    req.on('close', done);
    req.write(head);
    sent = head.length;
    const pump = () => {
      while (sent < bytes - tail.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, bytes - tail.length - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end(tail);
      sent += tail.length;
    };
    pump();
  });
}

describe('matchmaking body cap', () => {
  it('refuses a 1 MB join body with 413 for every room, and still lets a normal join in', async () => {
    for (const room of ['city', 'session', 'no-such-room']) {
      const { status } = await postJoin(room, MB);
      expect(status, room).toBe(413);
    }
    const visitor = await city.join('Andi');
    expect(visitor.room.sessionId).toBeTruthy();
    await city.colyseus.cleanup();
  });

  it('answers 413 JSON with the field, and 411 to a body without a length', async () => {
    const res = await fetch(`${city.baseUrl}/matchmake/joinOrCreate/city`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', pad: 'y'.repeat(MAX_JOIN_BODY_BYTES) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'too-large', field: 'body' });
    expect((await postJoin('city', 2 * MAX_JOIN_BODY_BYTES, true)).status).toBe(411);
  });

  it('takes a join body just under the cap (padding is not refused as too large)', async () => {
    const res = await fetch(`${city.baseUrl}/matchmake/joinOrCreate/city`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Budi',
        color: '#112233',
        protocol: PROTOCOL_VERSION,
        pad: 'y'.repeat(6000),
      }),
    });
    expect(res.status).not.toBe(413);
    await city.colyseus.cleanup();
  });

  it('does not read big bodies: four concurrent 20 MB joins leave memory flat', async () => {
    const before = process.memoryUsage().rss;
    const results = await Promise.all([1, 2, 3, 4].map(() => postJoin('city', 20 * MB)));
    const grownMb = (process.memoryUsage().rss - before) / MB;
    for (const r of results) {
      expect(r.status).toBe(413);
      // The server stopped reading: only what fits in socket buffers left the client.
      expect(r.sent).toBeLessThan(20 * MB);
    }
    expect(grownMb).toBeLessThan(50);
  });
});
