// The kiosk API against the real server and database: admins create, list and ask kiosks to reload;
// other roles and anonymous callers are refused; bad settings and reports are refused and change
// nothing; a heartbeat marks the kiosk online and delivers a reload request exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_OFFLINE_AFTER_MS } from '../../shared/kiosk.ts';
import { type AccountCity, startAccountCity } from '../http/accountTesting.ts';

const settings = {
  name: 'Kios Anjungan',
  location: 'Pantai Losari, tenda 3',
  language: 'id',
  idleSeconds: 60,
  start: { booth: 'disdukcapil' },
};
const report = { version: '0.1.0', ready: true, connection: 'connected', visiting: false };

let s: AccountCity;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('root', 'admin');
  await s.createUser('ana', 'staff', 'setda');
  await s.createUser('mira', 'moderator');
  for (const u of ['root', 'ana', 'mira']) tokens[u] = await s.tokenOf(u);
});
afterAll(() => s.stop());

async function list(): Promise<Array<Record<string, unknown>>> {
  return (await (await s.call('GET', '/api/staff/kiosks', tokens.root)).json()).kiosks;
}

describe('kiosks', () => {
  it('an admin creates a kiosk that its URL key then opens; the audit log records it', async () => {
    const res = await s.call('POST', '/api/staff/kiosks', tokens.root, settings);
    expect(res.status).toBe(201);
    const kiosk = await res.json();
    expect(kiosk).toEqual({ ...settings, key: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect(await (await s.call('GET', `/api/kiosks/${kiosk.key}`)).json()).toEqual(kiosk);
    expect((await s.audit()).some((e) => e.action === 'kiosk.create' && e.target === kiosk.key)).toBe(true);
  });

  it('refuses other roles and anonymous callers, and changes nothing', async () => {
    const before = await list();
    for (const who of ['ana', 'mira', undefined]) {
      const token = who ? tokens[who] : undefined;
      const expected = who ? 403 : 401;
      expect((await s.call('POST', '/api/staff/kiosks', token, settings)).status).toBe(expected);
      expect((await s.call('GET', '/api/staff/kiosks', token)).status).toBe(expected);
      const key = before[0]?.key as string;
      expect((await s.call('POST', `/api/staff/kiosks/${key}/reload`, token)).status).toBe(expected);
      expect((await s.call('DELETE', `/api/staff/kiosks/${key}`, token)).status).toBe(expected);
    }
    expect(await list()).toEqual(before);
  });

  it('refuses bad settings with the field, and stores nothing', async () => {
    const before = (await list()).length;
    for (const [body, field] of [
      [{ ...settings, idleSeconds: 5 }, 'idleSeconds'],
      [{ ...settings, start: { booth: 'unknown' } }, 'start'],
      [{ ...settings, name: '' }, 'name'],
      ['kiosk', 'body'],
    ] as const) {
      const res = await s.call('POST', '/api/staff/kiosks', tokens.root, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid', field });
    }
    expect((await list()).length).toBe(before);
  });

  it('a heartbeat marks the kiosk online with its version; a reload request is delivered once', async () => {
    const key = (await (await s.call('POST', '/api/staff/kiosks', tokens.root, settings)).json()).key;
    let view = (await list()).find((k) => k.key === key);
    expect(view).toMatchObject({ online: false, lastSeenAt: null, report: null, reloadPending: false });
    const beat = () => s.call('POST', `/api/kiosks/${key}/heartbeat`, undefined, report);
    expect(await (await beat()).json()).toEqual({ reload: false });
    view = (await list()).find((k) => k.key === key);
    expect(view).toMatchObject({ online: true, lastSeenAt: s.clock.now, report });

    expect((await s.call('POST', `/api/staff/kiosks/${key}/reload`, tokens.root)).status).toBe(202);
    expect((await list()).find((k) => k.key === key)?.reloadPending).toBe(true);
    expect(await (await beat()).json()).toEqual({ reload: true });
    expect(await (await beat()).json()).toEqual({ reload: false });

    s.clock.now += KIOSK_OFFLINE_AFTER_MS + 1;
    expect((await list()).find((k) => k.key === key)?.online).toBe(false);
  });

  it('refuses bad heartbeats and unknown keys, changing nothing', async () => {
    const key = (await list())[0]?.key as string;
    const before = (await list()).find((k) => k.key === key);
    const bad = await s.call('POST', `/api/kiosks/${key}/heartbeat`, undefined, {
      ...report,
      connection: 'x',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid', field: 'connection' });
    expect((await list()).find((k) => k.key === key)).toEqual(before);
    const unknown = 'A'.repeat(22);
    expect((await s.call('GET', `/api/kiosks/${unknown}`)).status).toBe(404);
    expect((await s.call('GET', '/api/kiosks/..%2Fstaff')).status).toBe(404);
    expect((await s.call('POST', `/api/kiosks/${unknown}/heartbeat`, undefined, report)).status).toBe(404);
    expect((await s.call('POST', `/api/staff/kiosks/${unknown}/reload`, tokens.root)).status).toBe(404);
  });

  it('an admin removes a kiosk; its URL then opens nothing', async () => {
    const key = (await list())[0]?.key as string;
    expect((await s.call('DELETE', `/api/staff/kiosks/${key}`, tokens.root)).status).toBe(204);
    expect((await s.call('GET', `/api/kiosks/${key}`)).status).toBe(404);
    expect((await list()).some((k) => k.key === key)).toBe(false);
  });
});
