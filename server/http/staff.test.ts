// The staff console API: own-organisation profile and figures, cross-organisation denial, admin
// access, audit entries — against the real server and database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../shared/accounts.ts';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

const profile = {
  ...EMPTY_PROFILE,
  description: 'Sekretariat Daerah Kota Makassar.',
  services: ['Layanan administrasi', 'Pengaduan'],
  serviceHours: 'Senin–Jumat 08.00–16.00',
  address: 'Jl. Ahmad Yani No. 2, Makassar',
  contact: {
    phone: '+62 411 3615867',
    email: 'setda@makassarkota.go.id',
    website: 'https://makassarkota.go.id',
  },
  social: { ...EMPTY_PROFILE.social, instagram: 'https://www.instagram.com/pemkotmakassar' },
};

let s: AccountCity;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startAccountCity();
  await s.createUser('ana', 'staff', 'setda');
  await s.createUser('wati', 'staff', 'setwan');
  await s.createUser('root', 'admin');
  await s.createUser('hana', 'host');
  for (const u of ['ana', 'wati', 'root', 'hana']) tokens[u] = await s.tokenOf(u);
});
afterAll(() => s.stop());

const put = (who: string, id: string, body: unknown) =>
  s.call('PUT', `/api/opds/${id}/profile`, tokens[who], body);

describe('organisation profile', () => {
  it('staff edit their own organisation; it shows in GET /api/opds/:id and the audit log', async () => {
    expect(await (await s.call('GET', '/api/opds/setda/profile', tokens.ana)).json()).toEqual({
      organisationId: 'setda',
      profile: EMPTY_PROFILE,
    });
    const res = await put('ana', 'setda', profile);
    expect(res.status).toBe(200);
    expect((await (await s.call('GET', '/api/opds/setda/profile', tokens.ana)).json()).profile).toEqual(
      profile,
    );
    const pub = await (await s.call('GET', '/api/opds/setda')).json();
    expect(pub.profile).toEqual(profile);
    const entry = (await s.audit()).find((e) => e.action === 'profile.update' && e.target === 'setda');
    expect(entry).toMatchObject({ actor: 'staff:ana', detail: { before: null, after: profile } });
  });

  it('refuses staff of another organisation with 403, audits it and changes nothing', async () => {
    const before = await s.city.app.store.organisations.getProfile('setda');
    const res = await put('wati', 'setda', { ...profile, description: 'Diubah orang lain' });
    expect(res.status).toBe(403);
    expect((await s.call('GET', '/api/opds/setda/profile', tokens.wati)).status).toBe(403);
    expect(await s.city.app.store.organisations.getProfile('setda')).toEqual(before);
    const denied = (await s.audit()).filter((e) => e.actor === 'staff:wati' && e.target === 'setda');
    expect(denied.map((e) => e.action).sort()).toEqual(['profile.read-denied', 'profile.update-denied']);
  });

  it('lets an admin edit any organisation, recording before and after', async () => {
    const changed = { ...profile, description: 'Diperbarui admin.' };
    expect((await put('root', 'setda', changed)).status).toBe(200);
    const entry = (await s.audit()).find((e) => e.action === 'profile.update' && e.actor === 'admin:root');
    expect(entry).toMatchObject({ target: 'setda', detail: { before: profile, after: changed } });
  });

  it('refuses other roles, missing tokens, unknown organisations and invalid profiles', async () => {
    expect((await put('hana', 'setda', profile)).status).toBe(403);
    expect((await s.audit()).find((e) => e.actor === 'host:hana')).toMatchObject({
      action: 'profile.update-denied',
      target: 'setda',
    });
    expect((await s.call('PUT', '/api/opds/setda/profile', undefined, profile)).status).toBe(401);
    expect((await put('root', 'no-such-opd', profile)).status).toBe(404);
    const bad = await put('ana', 'setda', { ...profile, social: { ...profile.social, x: 'http://x.com/a' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid', field: 'social.x' });
  });
});

describe('hand-entered figures', () => {
  const figures = (who: string, id: string, body: unknown) =>
    s.call('POST', `/api/staff/opds/${id}/metrics`, tokens[who], body);

  it('stores, publishes and audits a figure as staff:<username>, not simulated', async () => {
    const at = s.clock.now - 60_000;
    const res = await figures('ana', 'setda', [{ kpi: 'serapan-apbd', value: 71.5, at }]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1 });
    const pub = await (await s.call('GET', '/api/opds/setda')).json();
    const latest = pub.latest.find((v: { kpi: string }) => v.kpi === 'serapan-apbd');
    // Stored as staff:ana; the public sees only the kind of source, never the username.
    expect(latest).toMatchObject({ value: 71.5, at, source: 'staff', simulated: false });
    expect(
      (await s.city.app.store.metrics.latest('setda')).find((v) => v.kpi === 'serapan-apbd'),
    ).toMatchObject({
      source: 'staff:ana',
    });
    expect((await s.audit()).find((e) => e.action === 'metrics.ingest')).toMatchObject({
      actor: 'staff:ana',
      target: 'setda',
    });
  });

  it('names the bad field of invalid figures and refuses other organisations', async () => {
    const bad = await figures('ana', 'setda', { kpi: 'serapan-apbd', value: 'banyak' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid', field: 'value' });
    expect((await figures('wati', 'setda', { kpi: 'serapan-apbd', value: 50 })).status).toBe(403);
    expect(
      (await s.audit()).some((e) => e.action === 'metrics.enter-denied' && e.actor === 'staff:wati'),
    ).toBe(true);
  });
});
