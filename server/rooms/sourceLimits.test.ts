// Caps per source address against a real server (every test client is 127.0.0.1): the N+1st
// connection or seat reservation is refused with a clear error in both rooms, a spoofed X-Real-IP
// does not help, bare WebSockets are capped too, reservations never used do not count as visitors,
// and joins per minute are limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { sleep, tempDir } from '../testing.ts';
import { startTestHall, type TestHall } from '../testingHall.ts';

const CAP = 3;

async function reserve(hall: TestHall, headers: Record<string, string> = {}) {
  return fetch(`${hall.city.baseUrl}/matchmake/joinOrCreate/city`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ name: 'Tamu Kios', color: '#112233', protocol: PROTOCOL_VERSION }),
  });
}
const visitors = async (hall: TestHall) =>
  ((await (await fetch(`${hall.city.baseUrl}/api/health`)).json()) as { visitors: number }).visitors;

/** Opens a bare WebSocket; resolves 'open' or 'refused'. */
function socket(hall: TestHall): Promise<{ state: 'open' | 'refused'; ws: WebSocket }> {
  const ws = new WebSocket(hall.city.baseUrl.replace('http', 'ws'));
  return new Promise((resolve) => {
    ws.onopen = () => resolve({ state: 'open', ws });
    ws.onerror = () => resolve({ state: 'refused', ws });
  });
}

describe('connections per source', () => {
  const dir = tempDir();
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall(dir.path, {}, { MAX_CONNECTIONS_PER_SOURCE: String(CAP) });
    await hall.createUser('walikota', 'host', 'setda');
  });
  afterAll(async () => {
    await hall.stop();
    dir.remove();
  });

  it('refuses the N+1st connection from one source in the city and in a session, then lets one in', async () => {
    const s = await hall.schedule('walikota');
    const city = [await hall.city.join('Satu'), await hall.city.join('Dua')];
    const attendee = await hall.join(s.id, 'Tiga');
    await expect(hall.city.join('Empat')).rejects.toMatchObject({
      code: 429,
      message: 'too-many-connections',
    });
    await expect(hall.join(s.id, 'Empat')).rejects.toMatchObject({
      code: 429,
      message: 'too-many-connections',
    });
    expect(await visitors(hall)).toBe(2);
    await city[0]?.room.leave(true);
    await sleep(50);
    const fourth = await hall.city.join('Empat');
    for (const v of [city[1], fourth]) await v?.room.leave(true);
    await attendee.room.leave(true);
  });

  it('caps bare WebSockets from one source at the upgrade', async () => {
    await sleep(100);
    const opened = await Promise.all(Array.from({ length: CAP + 2 }, () => socket(hall)));
    expect(opened.filter((o) => o.state === 'open')).toHaveLength(CAP);
    expect(opened.filter((o) => o.state === 'refused')).toHaveLength(2);
    for (const o of opened) o.ws.close();
    await sleep(100);
  });

  it('counts seat reservations against the cap, whatever X-Real-IP says, but never as visitors', async () => {
    for (let i = 0; i < CAP; i++) expect((await reserve(hall)).status).toBe(200);
    const refused = await reserve(hall, { 'X-Real-IP': '10.1.2.3', 'X-Forwarded-For': '10.1.2.4' });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('too-many-connections');
    expect(await visitors(hall)).toBe(0);
  });
});

describe('joins per minute per source', () => {
  const dir = tempDir();
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall(
      dir.path,
      {},
      { MAX_CONNECTIONS_PER_SOURCE: '4', JOINS_PER_MINUTE_PER_SOURCE: '1' },
    );
  });
  afterAll(async () => {
    await hall.stop();
    dir.remove();
  });

  it('refuses joins beyond the burst even when each one left', async () => {
    for (let i = 0; i < 4; i++) {
      const v = await hall.city.join(`Datang Pergi ${i}`);
      await v.room.leave(true);
    }
    await expect(hall.city.join('Lagi')).rejects.toMatchObject({ code: 429, message: 'too-many-joins' });
  });
});
