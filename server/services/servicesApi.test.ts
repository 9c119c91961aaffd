// Services (issue 12) against the real server and database: the seed in GET /api/opds/:id and the
// catalogue, staff editing their own organisation's services (confirming a seed entry), other
// organisations' staff refused, bad input refused, and countServicesByOpd.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpdDetail } from '../../shared/apiTypes.ts';
import { EMPTY_SERVICE, type Service } from '../../shared/services/service.ts';
import { openDatabase } from '../db/database.ts';
import { type AccountCity, startAccountCity } from '../http/accountTesting.ts';
import { countServicesByOpd } from './serviceStore.ts';

let s: AccountCity;
const tokens: Record<string, string> = {};
// Signing in hashes passwords (scrypt): slow on a loaded machine, hence the long hook timeout.
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('dewi', 'staff', 'disdukcapil');
  await s.createUser('wati', 'staff', 'dinkes');
  await s.createUser('root', 'admin');
  for (const u of ['dewi', 'wati', 'root']) tokens[u] = await s.tokenOf(u);
}, 60_000);
afterAll(() => s.stop());

const detail = async (id: string) => (await (await s.call('GET', `/api/opds/${id}`)).json()) as OpdDetail;

describe('services', () => {
  it('GET /api/opds/:id carries the seeded services, unconfirmed, and the catalogue has every one', async () => {
    const d = await detail('disdukcapil');
    expect(d.services?.map((x) => x.name)).toContain('Akta kelahiran');
    expect(d.services?.every((x) => !x.confirmed && x.id > 0)).toBe(true);
    const all = (await (await s.call('GET', '/api/services')).json()) as {
      services: Array<{ opdId: string }>;
    };
    expect(new Set(all.services.map((x) => x.opdId)).size).toBeGreaterThan(50);
    expect((await detail('bag-umum')).services).toEqual([]);
  });

  it('staff confirm, add and remove their own services; audited', async () => {
    const ktp = (await detail('disdukcapil')).services?.[0] as Service;
    const { id, confirmed, updatedAt, ...input } = ktp;
    const edited = { ...input, counter: 'Loket 1', online: { ...input.online, whatsapp: '+6281100000000' } };
    const put = await s.call('PUT', `/api/opds/disdukcapil/services/${id}`, tokens.dewi, edited);
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ id, confirmed: true, counter: 'Loket 1' });

    const post = await s.call('POST', '/api/opds/disdukcapil/services', tokens.dewi, {
      ...EMPTY_SERVICE,
      name: 'Legalisasi dokumen kependudukan',
      keywords: ['legalisir'],
    });
    expect(post.status).toBe(201);
    const created = (await post.json()) as Service;
    expect((await detail('disdukcapil')).services?.at(-1)).toMatchObject({ id: created.id, confirmed: true });
    expect((await s.call('DELETE', `/api/opds/disdukcapil/services/${created.id}`, tokens.dewi)).status).toBe(
      204,
    );
    expect((await detail('disdukcapil')).services?.some((x) => x.id === created.id)).toBe(false);

    const actions = (await s.audit()).filter((a) => a.target === 'disdukcapil').map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['service.update', 'service.create', 'service.delete']));

    const { db } = await openDatabase({ dbPath: s.city.dbPath });
    try {
      const counts = await countServicesByOpd(db);
      expect(counts.get('disdukcapil')).toBe(1);
      expect(counts.has('dinkes')).toBe(false);
    } finally {
      await db.destroy();
    }
  });

  it("refuses other organisations' staff, visitors without a token, and bad input, changing nothing", async () => {
    const before = await detail('disdukcapil');
    const first = before.services?.[0] as Service;
    const { id, confirmed, updatedAt, ...input } = first;
    expect((await s.call('PUT', `/api/opds/disdukcapil/services/${id}`, tokens.wati, input)).status).toBe(
      403,
    );
    expect((await s.call('POST', '/api/opds/disdukcapil/services', undefined, input)).status).toBe(401);
    expect((await s.call('DELETE', `/api/opds/disdukcapil/services/${id}`, tokens.wati)).status).toBe(403);
    // Staff of dinkes cannot edit a disdukcapil service through their own organisation's path either.
    expect((await s.call('PUT', `/api/opds/dinkes/services/${id}`, tokens.wati, input)).status).toBe(404);
    const bad = await s.call('PUT', `/api/opds/disdukcapil/services/${id}`, tokens.dewi, {
      ...input,
      online: { ...input.online, url: 'javascript:alert(1)' },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid', field: 'online.url' });
    expect((await s.call('PUT', `/api/opds/disdukcapil/services/abc`, tokens.dewi, input)).status).toBe(404);
    expect((await s.call('POST', '/api/opds/nope/services', tokens.root, input)).status).toBe(404);
    expect(await detail('disdukcapil')).toEqual(before);
    expect(
      (await s.audit()).some((a) => a.action === 'service.update-denied' && a.actor === 'staff:wati'),
    ).toBe(true);
  });
});
