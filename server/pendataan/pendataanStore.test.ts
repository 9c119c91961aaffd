// The pendataan store on SQLite and, when reachable (always in CI), PostgreSQL: regions from the
// migration, form versions, the roster (all-or-nothing import, one-time codes, device sign-in),
// idempotent submissions with resubmission after a return, reviews, duplicates and RT counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import type { RosterRow } from '../../shared/pendataan/roster.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { testDatabases } from '../db/testDatabases.ts';
import { openStore, type Store } from '../store/store.ts';
import { newActivationCode, sha256 } from './credentials.ts';
import type { NewSubmission } from './submissionStore.ts';

const databases = await testDatabases();
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const T0 = Date.UTC(2027, 2, 1);
const KEL = '73.71.01.1001';
const FORM: FormDefinition = {
  key: 'keluarga',
  title: 'Keluarga',
  unit: 'keluarga',
  fields: [
    { name: 'no_kk', type: 'text', label: 'No. KK', required: true, personal: true, check: 'kk' },
    { name: 'anggota', type: 'integer', label: 'Anggota', required: false, personal: false },
  ],
  aggregates: [],
};
const row = (rt: number, extra: Partial<RosterRow> = {}): RosterRow => ({
  name: `Ketua RT ${rt}`,
  phone: '081234567890',
  kelurahan: KEL,
  rw: 1,
  rt,
  role: 'ketua_rt',
  ...extra,
});

describe.each(databases)('pendataan store on $name', (database) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(database.options);
    await store.organisations.sync(REGISTRY, T0);
  });
  afterAll(() => store.close());

  it('holds the 15 kecamatan and 153 kelurahan of Makassar', async () => {
    const regions = await store.pendataan.regions();
    expect(regions.filter((r) => r.level === 'kecamatan')).toHaveLength(15);
    expect(regions.filter((r) => r.level === 'kelurahan')).toHaveLength(153);
    expect(regions.find((r) => r.code === KEL)).toEqual({
      code: KEL,
      name: 'Bontorannu',
      level: 'kelurahan',
      parent: '73.71.01',
    });
  });

  it('versions forms: a draft is replaced, a published version is frozen and editing makes the next', async () => {
    const forms = store.pendataan.forms;
    const v1 = await forms.saveDraft('dinsos', FORM, 'staff:ani', T0);
    const again = await forms.saveDraft(
      'dinsos',
      { ...FORM, title: 'Keluarga (revisi)' },
      'staff:ani',
      T0 + 1,
    );
    expect(again).toMatchObject({ id: v1.id, version: 1, title: 'Keluarga (revisi)', status: 'draft' });
    expect(await forms.publish(v1.id, T0 + 2)).toMatchObject({ status: 'published', publishedAt: T0 + 2 });
    expect(await forms.publish(v1.id, T0 + 3)).toBeUndefined();
    const v2 = await forms.saveDraft('dinsos', { ...FORM, title: 'Keluarga 2' }, 'staff:ani', T0 + 4);
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    expect((await forms.get(v1.id))?.title).toBe('Keluarga (revisi)');
    expect((await forms.latestPublished('dinsos', 'keluarga'))?.id).toBe(v1.id);
    expect(await forms.retire(v2.id)).toBeUndefined();
  });

  it('imports a roster all or nothing, and a code activates once', async () => {
    const roster = store.pendataan.roster;
    const codes: string[] = [];
    const make = () => {
      const c = newActivationCode();
      codes.push(c.code);
      return c;
    };
    const first = await roster.importRoster([row(1), row(2), row(0, { role: 'ketua_rw' })], make, T0);
    expect(first.created).toHaveLength(3);
    // A row for an unknown kelurahan breaks the foreign key: nothing of this batch stays.
    await expect(
      roster.importRoster([row(3), row(4, { kelurahan: '73.71.99.9999' })], make, T0),
    ).rejects.toThrow();
    expect((await roster.list()).map((s) => s.rt)).toEqual([0, 1, 2]);
    const again = await roster.importRoster([row(1, { name: 'Pak Baru' })], make, T0);
    expect(again).toMatchObject({ created: [], updated: 1 });
    expect(await roster.rtSlots()).toEqual([
      { kelurahan: KEL, rw: 1, rt: 1 },
      { kelurahan: KEL, rw: 1, rt: 2 },
    ]);
    const code = (codes[0] ?? '').replace('-', '');
    const activated = await roster.activate(sha256(code), sha256('device-1'), T0);
    expect(activated).toMatchObject({ name: 'Pak Baru', rt: 1, hasCode: false, activatedAt: T0 });
    expect(await roster.activate(sha256(code), sha256('device-2'), T0)).toBeUndefined();
    expect((await roster.byDevice(sha256('device-1')))?.id).toBe(activated?.id);
    await roster.markTrained(activated?.id ?? 0, T0);
    expect(await roster.trainingByKelurahan()).toEqual([
      { kelurahan: KEL, surveyors: 3, activated: 1, trained: 1 },
    ]);
    await roster.reissue(activated?.id ?? 0, sha256('NEWCODE1'), T0);
    expect(await roster.byDevice(sha256('device-1'))).toBeUndefined();
  });

  it('stores a submission once per client id, and a returned one once more per revision', async () => {
    const [surveyor] = await store.pendataan.roster.list();
    const form = await store.pendataan.forms.latestPublished('dinsos', 'keluarga');
    const campaign = await store.pendataan.campaigns.create({
      organisationId: 'dinsos',
      formKey: 'keluarga',
      title: 'Pendataan 2027',
      scope: ['73.71'],
      startsAt: T0,
      deadlineAt: T0 + 30 * 86_400_000,
      targetPerRt: 10,
      createdBy: 'staff:ani',
      createdAt: T0,
    });
    const sub = (clientId: string, extra: Partial<NewSubmission> = {}): NewSubmission => ({
      surveyorId: surveyor?.id ?? 0,
      clientId,
      campaignId: campaign.id,
      formId: form?.id ?? 0,
      organisationId: 'dinsos',
      formKey: 'keluarga',
      kelurahan: KEL,
      rw: 1,
      rt: 1,
      answers: { no_kk: '7371010101200001', anggota: 3 },
      householdKey: '7371010101200001',
      practice: false,
      revision: 1,
      submittedAt: T0,
      receivedAt: T0,
      ...extra,
    });
    const subs = store.pendataan.submissions;
    const a = await subs.put(sub('c-1'));
    expect(a.outcome).toBe('stored');
    expect(await subs.put(sub('c-1', { answers: { no_kk: 'changed' } }))).toEqual({
      outcome: 'duplicate',
      id: a.id,
    });
    await subs.put(sub('c-2'));
    await subs.put(sub('c-3', { practice: true }));
    expect(await subs.duplicateKeys('dinsos', 'keluarga')).toEqual(new Set(['7371010101200001']));
    expect(await subs.review(a.id, 'returned', 'Foto kurang jelas', 'staff:ani', T0 + 5)).toMatchObject({
      status: 'returned',
      comment: 'Foto kurang jelas',
    });
    expect(await subs.review(a.id, 'accepted', null, 'staff:ani', T0 + 6)).toBeUndefined();
    expect(await subs.put(sub('c-1', { revision: 1 }))).toMatchObject({ outcome: 'duplicate' });
    expect(await subs.put(sub('c-1', { revision: 2, householdKey: '7371010101200002' }))).toEqual({
      outcome: 'resubmitted',
      id: a.id,
    });
    expect(await subs.put(sub('c-1', { revision: 2 }))).toMatchObject({ outcome: 'duplicate' });
    await subs.review(a.id, 'accepted', null, 'staff:ani', T0 + 7);
    // The acceptance added the record to the tallies in its own transaction; personal fields never.
    const tallies = await subs.tallies('dinsos', 'keluarga');
    expect(tallies.period).toEqual({ from: T0, to: T0 });
    expect(tallies.rows.sort((x, y) => x.metric.localeCompare(y.metric))).toEqual([
      { kelurahan: KEL, metric: '*', n: 1, total: 0 },
      { kelurahan: KEL, metric: 'num:anggota', n: 1, total: 3 },
    ]);
    expect(await subs.countsByRt(campaign.id)).toEqual([
      { kelurahan: KEL, rw: 1, rt: 1, records: 2, accepted: 1 },
    ]);
    expect((await subs.list(campaign.id)).map((s) => s.clientId)).toEqual(['c-1', 'c-2']);
    expect((await subs.bySurveyor(surveyor?.id ?? 0)).map((s) => s.clientId)).toEqual(['c-3', 'c-2', 'c-1']);
    // A batch in one transaction: new records, one already held, one repeated inside the batch.
    const batch = await subs.putMany([sub('m-1'), sub('c-2'), sub('m-2'), sub('m-1')]);
    expect(batch.map((b) => b.outcome)).toEqual(['stored', 'duplicate', 'stored', 'duplicate']);
    expect(batch[3]?.id).toBe(batch[0]?.id);
    expect((await subs.list(campaign.id)).map((s) => s.clientId)).toEqual(['c-1', 'c-2', 'm-1', 'm-2']);
    await subs.review(batch[2]?.id ?? 0, 'rejected', 'bukan KK di RT ini', 'staff:ani', T0 + 8);
    await subs.review(batch[0]?.id ?? 0, 'accepted', null, 'staff:ani', T0 + 9);
    // Precomputed counts agree with a recount of the records.
    const live = (await subs.list(campaign.id)).filter((s) => s.status !== 'rejected');
    expect(await subs.countsByRt(campaign.id)).toEqual([
      {
        kelurahan: KEL,
        rw: 1,
        rt: 1,
        records: live.length,
        accepted: live.filter((s) => s.status === 'accepted').length,
      },
    ]);
    expect((await subs.tallies('dinsos', 'keluarga')).rows.find((r) => r.metric === 'num:anggota')).toEqual({
      kelurahan: KEL,
      metric: 'num:anggota',
      n: 2,
      total: 6,
    });
    // A recount from the records (the migration's backfill) gives the same figures.
    const sorted = async () => ({
      counts: await subs.countsByRt(campaign.id),
      tallies: (await subs.tallies('dinsos', 'keluarga')).rows.sort((x, y) =>
        x.metric.localeCompare(y.metric),
      ),
    });
    const before = await sorted();
    await subs.recount();
    expect(await sorted()).toEqual(before);
  });
});
