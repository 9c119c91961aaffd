// The pendataan rights matrix against a real server and SQLite file: surveyors record only for their
// RT (RW heads for the RTs of their RW), staff only for their OPD, surveyors never reach the staff
// console, anonymous callers get aggregates only; every refusal leaves the store unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_KEL, type PendataanCity, startPendataanCity } from './pendataanTesting.ts';

let t: PendataanCity;
beforeAll(async () => {
  t = await startPendataanCity();
}, 60_000);
afterAll(() => t.stop());

describe('pendataan rights', () => {
  it('refuses a surveyor recording for another RT with 403, storing nothing', async () => {
    const before = await t.counts();
    const otherRt = await t.sync(t.phones.rt2, [t.item('rt2-for-rt1-01', t.household(1))]);
    expect(otherRt.status).toBe(403);
    expect(await otherRt.json()).toEqual({
      results: [{ clientId: 'rt2-for-rt1-01', outcome: 'refused', reason: 'not-your-rt' }],
    });
    const otherKel = await t.sync(t.phones.other, [t.item('other-kel-0001', t.household(2))]);
    expect(otherKel.status).toBe(403);
    const rwOfOtherKel = await t.sync(t.phones.rw1, [
      t.item('rw-other-0001', t.household(3), { kelurahan: OTHER_KEL }),
    ]);
    expect(rwOfOtherKel.status).toBe(403);
    const rtNotInRoster = await t.sync(t.phones.rw1, [t.item('rw-rt9-00001', t.household(4), { rt: 9 })]);
    expect(rtNotInRoster.status).toBe(403);
    expect(await t.counts()).toEqual(before);
    expect((await t.audit()).filter((a) => a.action === 'pendataan.sync-denied')).toHaveLength(4);
  });

  it('lets an RW head record for each RT of the RW, and an RT head for their own', async () => {
    const rw = await t.sync(t.phones.rw1, [t.item('rw-rt2-00001', t.household(5), { rt: 2 })]);
    expect(rw.status).toBe(200);
    const own = await t.sync(t.phones.rt2, [t.item('rt2-own-00001', t.household(6), { rt: 2 })]);
    expect(((await own.json()) as { results: Array<{ outcome: string }> }).results[0]?.outcome).toBe(
      'stored',
    );
  });

  it('refuses staff of another OPD, hosts and surveyors on the OPD routes, and audits it', async () => {
    const before = await t.counts();
    const paths = [
      ['GET', `/api/staff/pendataan/dinsos/forms/${t.formId}/records.csv`],
      ['GET', `/api/staff/pendataan/dinsos/campaigns/${t.campaignId}/submissions`],
      ['GET', `/api/staff/pendataan/dinsos/campaigns/${t.campaignId}/progress`],
      ['POST', `/api/staff/pendataan/dinsos/forms/${t.formId}/retire`],
    ] as const;
    for (const [method, path] of paths)
      expect((await t.call(method, path, t.tokens.budi)).status, path).toBe(403);
    const hana = await t.tokenOf('hana');
    expect(
      (await t.call('GET', `/api/staff/pendataan/dinsos/forms/${t.formId}/records.csv`, hana)).status,
    ).toBe(403);
    expect((await t.call('GET', '/api/staff/pendataan/roster', hana)).status).toBe(403);
    const [submission] = await t.city.app.store.pendataan.submissions.list(t.campaignId);
    const review = await t.call(
      'POST',
      `/api/staff/pendataan/dinsos/submissions/${submission?.id}/review`,
      t.tokens.budi,
      { decision: 'accept' },
    );
    expect(review.status).toBe(403);
    // A surveyor's device token is not a staff sign-in.
    expect(
      (await t.call('GET', `/api/staff/pendataan/dinsos/campaigns/${t.campaignId}/submissions`, t.phones.rt1))
        .status,
    ).toBe(401);
    expect((await t.call('GET', '/api/staff/pendataan/roster', t.phones.rt1)).status).toBe(401);
    expect((await t.call('GET', '/api/opds/dinsos/profile', t.phones.rt1)).status).toBe(401);
    // And a staff token is not a device sign-in.
    expect((await t.call('GET', '/api/pendataan/me', t.tokens.ani)).status).toBe(401);
    expect(await t.counts()).toEqual(before);
    const denied = (await t.audit()).filter((a) => a.action.endsWith('-denied') && a.actor === 'staff:budi');
    expect(denied.map((a) => a.action)).toContain('pendataan.export-denied');
    expect(denied.map((a) => a.action)).toContain('pendataan.review-denied');
  });

  it('lets the owning staff and admins read raw records, audited', async () => {
    for (const token of [t.tokens.ani, t.tokens.admin]) {
      const res = await t.call('GET', `/api/staff/pendataan/dinsos/forms/${t.formId}/records.csv`, token);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('7371010101200005');
    }
    expect((await t.audit()).filter((a) => a.action === 'pendataan.export')).toHaveLength(2);
  });

  it('refuses unknown, used and malformed activation codes, and revoked phones', async () => {
    expect((await t.call('POST', '/api/pendataan/activate', undefined, { code: 'ABCD-EFGH' })).status).toBe(
      404,
    );
    expect((await t.call('POST', '/api/pendataan/activate', undefined, { code: '0000' })).status).toBe(400);
    expect((await t.call('GET', '/api/pendataan/me', 'pdt_bogus')).status).toBe(401);
    const [other] = await t.city.app.store.pendataan.roster.list(OTHER_KEL);
    const reissued = await t.call('POST', `/api/staff/pendataan/roster/${other?.id}/reissue`, t.tokens.ani);
    const entry = (await reissued.json()) as { code: string; qrSvg: string; url: string };
    expect(entry.qrSvg).toContain('<svg');
    expect(entry.url).toMatch(/\/pendataan\/#kode=[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await t.call('GET', '/api/pendataan/me', t.phones.other)).status).toBe(401);
    const again = await t.call('POST', '/api/pendataan/activate', undefined, {
      code: entry.code.toLowerCase(),
    });
    expect(again.status).toBe(200);
    expect((await t.call('POST', '/api/pendataan/activate', undefined, { code: entry.code })).status).toBe(
      404,
    );
  });

  it('refuses a roster with a bad line, importing nothing, and names the line', async () => {
    const before = await t.counts();
    const csv = `nama,telepon,kode_kelurahan,rw,rt,peran\nBaru,081234567009,${OTHER_KEL},2,1,ketua_rt\nSalah,081234567010,73.71.99.9999,2,2,ketua_rt\n`;
    const res = await t.send('POST', '/api/staff/pendataan/roster', t.tokens.ani, csv, 'text/csv');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid',
      errors: [{ line: 3, message: 'unknown kelurahan code "73.71.99.9999"' }],
    });
    expect(await t.counts()).toEqual(before);
  });

  it('throttles guessing activation codes from one address, audited; a good code waits too', async () => {
    const [other] = await t.city.app.store.pendataan.roster.list(OTHER_KEL);
    const reissued = await t.call('POST', `/api/staff/pendataan/roster/${other?.id}/reissue`, t.tokens.ani);
    const { code } = (await reissued.json()) as { code: string };
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let i = 0; i < 15 && !refusal; i++) {
      const res = await t.call('POST', '/api/pendataan/activate', undefined, { code: 'ZZZZ-ZZZZ' });
      statuses.push(res.status);
      if (res.status === 429) refusal = res;
    }
    expect(statuses.slice(0, -1).every((s) => s === 404)).toBe(true);
    expect(Number(refusal?.headers.get('retry-after'))).toBeGreaterThanOrEqual(60);
    expect((await t.call('POST', '/api/pendataan/activate', undefined, { code })).status).toBe(429);
    const audit = await t.audit();
    expect(audit.filter((a) => a.action === 'pendataan.activate-throttled')).toHaveLength(1);
    expect(audit.filter((a) => a.action === 'pendataan.activate-failed').length).toBeGreaterThanOrEqual(10);
    // Last in this file: the clock jump also ends the staff sign-ins.
    t.clock.now += 2 * 3_600_000;
    expect((await t.call('POST', '/api/pendataan/activate', undefined, { code })).status).toBe(200);
  });
});
