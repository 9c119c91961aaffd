// Sync, review and KPI against a real server and SQLite file: a resend never duplicates, refusals come
// back with their reason and store nothing, practice records are never counted, a returned record comes
// back to the phone with the comment and can be sent again, and accepting updates the OPD's KPI
// through the ingest path (live bus → booths).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../live/liveBus.ts';
import { type PendataanCity, startPendataanCity } from './pendataanTesting.ts';

let t: PendataanCity;
beforeAll(async () => {
  t = await startPendataanCity();
});
afterAll(() => t.stop());

type Results = {
  results: Array<{
    clientId: string;
    outcome: string;
    reason?: string;
    errors?: Array<{ field: string; code: string }>;
  }>;
};
const results = async (res: Response) => ((await res.json()) as Results).results;

describe('pendataan sync', () => {
  it('stores three households once, even when the batch is sent again', async () => {
    const batch = [1, 2, 3].map((i) => t.item(`household-000${i}`, t.household(i)));
    expect((await results(await t.sync(t.phones.rt1, batch))).map((r) => r.outcome)).toEqual([
      'stored',
      'stored',
      'stored',
    ]);
    const again = await Promise.all([t.sync(t.phones.rt1, batch), t.sync(t.phones.rt1, batch)]);
    for (const res of again)
      expect((await results(res)).map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect((await t.counts()).submissions).toBe(3);
  });

  it('refuses invalid answers, unknown forms and campaigns with reasons, storing none of them', async () => {
    const before = await t.counts();
    const res = await t.sync(t.phones.rt1, [
      t.item('bad-nik-00001', t.household(10, { nik_kepala: '3171011708900001' })),
      t.item('bad-count-0001', t.household(11, { jumlah_anggota: 40 })),
      t.item('bad-form-00001', t.household(12), { formId: 999 }),
      t.item('bad-camp-00001', t.household(13), { campaignId: 999 }),
      { clientId: 'x', answers: {} },
    ]);
    expect(res.status).toBe(200);
    const r = await results(res);
    expect(r.map((x) => `${x.clientId}:${x.reason}`)).toEqual([
      'bad-nik-00001:invalid',
      'bad-count-0001:invalid',
      'bad-form-00001:form-unknown',
      'bad-camp-00001:campaign-unknown',
      'x:malformed',
    ]);
    expect(r[0]?.errors).toEqual([{ field: 'nik_kepala', code: 'nik', message: expect.any(String) }]);
    expect(r[1]?.errors?.[0]).toMatchObject({ field: 'jumlah_anggota', code: 'constraint' });
    expect(await t.counts()).toEqual(before);
  });

  it('refuses a 10 MB text field before parsing, and an unauthenticated body unread', async () => {
    const before = await t.counts();
    const huge = t.item('huge-text-0001', t.household(20, { nama_kepala: 'x'.repeat(10 * 1024 * 1024) }));
    const res = await t.sync(t.phones.rt1, [huge]);
    expect(res.status).toBe(413);
    const anonymous = await t.call('POST', '/api/pendataan/sync', undefined, { submissions: [huge] });
    expect(anonymous.status).toBe(401);
    expect(await t.counts()).toEqual(before);
  });

  it('keeps practice records apart: validated the same, never counted, training marked', async () => {
    const bad = await t.sync(t.phones.rt1, [
      t.item('latihan-bad-01', t.household(30, { no_kk: '12' }), { practice: true }),
    ]);
    expect((await results(bad))[0]?.reason).toBe('invalid');
    const ok = await t.sync(t.phones.rt1, [t.item('latihan-ok-001', t.household(31), { practice: true })]);
    expect((await results(ok))[0]?.outcome).toBe('stored');
    expect((await t.counts()).submissions).toBe(3);
    const progress = await t.call(
      'GET',
      `/api/staff/pendataan/dinsos/campaigns/${t.campaignId}/progress`,
      t.tokens.ani,
    );
    expect(((await progress.json()) as { training: unknown }).training).toEqual({
      surveyors: 4,
      activated: 4,
      trained: 1,
    });
  });

  it('returns a record with a comment to the phone, which sends it again', async () => {
    const [first] = await t.city.app.store.pendataan.submissions.list(t.campaignId);
    const path = `/api/staff/pendataan/dinsos/submissions/${first?.id}/review`;
    expect((await t.call('POST', path, t.tokens.ani, { decision: 'return' })).status).toBe(400);
    expect(
      (await t.call('POST', path, t.tokens.ani, { decision: 'return', comment: 'Jumlah anggota keliru' }))
        .status,
    ).toBe(200);
    expect((await t.call('POST', path, t.tokens.ani, { decision: 'accept' })).status).toBe(409);
    const home = (await (await t.call('GET', '/api/pendataan/me', t.phones.rt1)).json()) as {
      records: Array<{ clientId: string; status: string; comment: string | null }>;
    };
    expect(home.records.find((r) => r.clientId === first?.clientId)).toMatchObject({
      status: 'returned',
      comment: 'Jumlah anggota keliru',
    });
    const resend = await t.sync(t.phones.rt1, [
      t.item(first?.clientId ?? '', t.household(1, { jumlah_anggota: 5 }), { revision: 2 }),
    ]);
    expect((await results(resend))[0]?.outcome).toBe('resubmitted');
    expect((await t.city.app.store.pendataan.submissions.get(first?.id ?? 0))?.answers.jumlah_anggota).toBe(
      5,
    );
    expect((await t.counts()).submissions).toBe(3);
  });

  it('accepting updates the OPD KPI through the ingest path, published to the booths', async () => {
    const events: LiveEvent[] = [];
    const stop = t.city.app.live.subscribe((e) => events.push(e));
    const queue = await t.call(
      'GET',
      `/api/staff/pendataan/dinsos/campaigns/${t.campaignId}/submissions`,
      t.tokens.ani,
    );
    const { records } = (await queue.json()) as {
      records: Array<{ id: number; answers: Record<string, unknown> }>;
    };
    expect(records).toHaveLength(3);
    expect(records[0]?.answers.nik_kepala).toMatch(/^7371\*{8}\d{4}$/);
    for (const r of records) {
      const res = await t.call(
        'POST',
        `/api/staff/pendataan/dinsos/submissions/${r.id}/review`,
        t.tokens.ani,
        { decision: 'accept' },
      );
      expect(res.status).toBe(200);
    }
    stop();
    const latest = await t.city.app.store.metrics.latest('dinsos');
    // Households 1 (5 members), 2 and 3 (4 each); household 2 receives PKH.
    expect(latest.find((v) => v.kpi === 'penerima-bansos')).toMatchObject({
      value: 13,
      source: 'survey:keluarga-bansos',
      simulated: false,
    });
    expect(latest.find((v) => v.kpi === 'kpm-pkh')).toMatchObject({
      value: 1,
      source: 'survey:keluarga-bansos',
    });
    expect(events.some((e) => e.type === 'metrics' && e.organisationId === 'dinsos')).toBe(true);
  });

  it('refuses records for a retired form version, keeping the records already made with it', async () => {
    expect(
      (await t.call('POST', `/api/staff/pendataan/dinsos/forms/${t.formId}/retire`, t.tokens.ani)).status,
    ).toBe(200);
    const res = await t.sync(t.phones.rt1, [t.item('after-retire-01', t.household(40))]);
    expect((await results(res))[0]?.reason).toBe('form-retired');
    expect((await t.counts()).accepted).toBe(3);
  });
});
