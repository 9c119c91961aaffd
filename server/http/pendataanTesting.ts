// Test support for the pendataan HTTP tests (imported only by *.test.ts): a real server and SQLite
// file with Dinsos's household form (fixture workbook) published, a city-wide campaign, a small roster
// (RT 1 and RT 2 of RW 1 in Bontorannu, their RW head, and RT 1 of Mattoangin) with activated phones,
// and request helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncItem } from '../../shared/pendataan/api.ts';
import { type AccountCity, startAccountCity } from './accountTesting.ts';

export const KEL = '73.71.01.1001';
export const OTHER_KEL = '73.71.01.1002';
export const DAY_MS = 86_400_000;
export const ROSTER = [
  'nama,telepon,kode_kelurahan,rw,rt,peran',
  `Daeng Tata,081234567001,${KEL},1,1,ketua_rt`,
  `Bu Rahma,081234567002,${KEL},1,2,ketua_rt`,
  `Pak Hasan,081234567003,${KEL},1,,ketua_rw`,
  `Andi Upe,081234567004,${OTHER_KEL},1,1,ketua_rt`,
].join('\n');

export type PendataanCity = AccountCity & {
  tokens: { ani: string; budi: string; admin: string };
  /** Device tokens by roster name. */
  phones: Record<'rt1' | 'rt2' | 'rw1' | 'other', string>;
  formId: number;
  campaignId: number;
  /** Calls with a raw body and content type. */
  send(
    method: string,
    path: string,
    token: string | undefined,
    body: string | Buffer,
    type: string,
  ): Promise<Response>;
  sync(phone: string, submissions: unknown[]): Promise<Response>;
  /** A valid household for the fixture form (i makes No. KK and NIK unique). */
  household(i: number, extra?: Record<string, unknown>): Record<string, unknown>;
  /** A sync item for RT `rt` of RW 1 in `kelurahan`. */
  item(clientId: string, answers: Record<string, unknown>, extra?: Partial<SyncItem>): SyncItem;
  /** Row counts of every pendataan table. */
  counts(): Promise<Record<string, number>>;
};

export async function startPendataanCity(): Promise<PendataanCity> {
  const base = await startAccountCity();
  const { city, clock } = base;
  await base.createUser('ani', 'staff', 'dinsos');
  await base.createUser('budi', 'staff', 'dinkes');
  await base.createUser('root', 'admin');
  await base.createUser('hana', 'host');
  const tokens = {
    ani: await base.tokenOf('ani'),
    budi: await base.tokenOf('budi'),
    admin: await base.tokenOf('root'),
  };
  const send = (
    method: string,
    path: string,
    token: string | undefined,
    body: string | Buffer,
    type: string,
  ) =>
    fetch(`${city.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const xlsx = readFileSync(join(import.meta.dirname, '..', 'pendataan', 'fixtures', 'keluarga.xlsx'));
  const saved = await send(
    'POST',
    '/api/staff/pendataan/dinsos/forms',
    tokens.ani,
    xlsx,
    'application/octet-stream',
  );
  if (saved.status !== 201) throw new Error(`form upload: ${saved.status} ${await saved.text()}`);
  const formId = ((await saved.json()) as { id: number }).id;
  await base.call('POST', `/api/staff/pendataan/dinsos/forms/${formId}/publish`, tokens.ani);
  const campaign = await base.call('POST', '/api/staff/pendataan/dinsos/campaigns', tokens.ani, {
    formKey: 'keluarga-bansos',
    title: 'Pendataan Keluarga 2027',
    scope: ['73.71'],
    startsAt: clock.now - DAY_MS,
    deadlineAt: clock.now + 29 * DAY_MS,
    targetPerRt: 3,
  });
  const campaignId = ((await campaign.json()) as { id: number }).id;
  const imported = await send('POST', '/api/staff/pendataan/roster', tokens.ani, ROSTER, 'text/csv');
  const sheet = ((await imported.json()) as { created: Array<{ name: string; code: string }> }).created;
  const activate = async (name: string) => {
    const code = sheet.find((e) => e.name === name)?.code;
    const res = await base.call('POST', '/api/pendataan/activate', undefined, { code });
    return ((await res.json()) as { token: string }).token;
  };
  const phones = {
    rt1: await activate('Daeng Tata'),
    rt2: await activate('Bu Rahma'),
    rw1: await activate('Pak Hasan'),
    other: await activate('Andi Upe'),
  };
  const db = city.app.store;
  return {
    ...base,
    tokens,
    phones,
    formId,
    campaignId,
    send,
    sync: (phone, submissions) => base.call('POST', '/api/pendataan/sync', phone, { submissions }),
    household: (i, extra = {}) => ({
      no_kk: `7371010101${String(200000 + i)}`,
      nik_kepala: `7371011708${String(900000 + i)}`,
      nama_kepala: `Kepala Keluarga ${i}`,
      jumlah_anggota: 4,
      terima_pkh: i % 2 === 0 ? 'ya' : 'tidak',
      kondisi_rumah: 'layak',
      tanggal: '2027-03-02',
      ...extra,
    }),
    item: (clientId, answers, extra = {}) => ({
      clientId,
      campaignId,
      formId,
      kelurahan: KEL,
      rw: 1,
      rt: 1,
      answers,
      practice: false,
      revision: 1,
      submittedAt: clock.now,
      ...extra,
    }),
    async counts() {
      const out: Record<string, number> = {};
      for (const [name, rows] of Object.entries({
        forms: await db.pendataan.forms.list(),
        campaigns: await db.pendataan.campaigns.list(),
        surveyors: await db.pendataan.roster.list(),
        submissions: await db.pendataan.submissions.list(campaignId, undefined, 1_000_000),
        returned: await db.pendataan.submissions.list(campaignId, 'returned'),
        accepted: await db.pendataan.submissions.list(campaignId, 'accepted'),
      }))
        out[name] = rows.length;
      return out;
    },
  };
}
