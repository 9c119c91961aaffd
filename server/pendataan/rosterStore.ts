// The surveyor roster: RT and RW heads, their one-time activation codes and device sign-ins (both as
// SHA-256 only). An import is one transaction: all rows or none. Runs on the server.
import type { Kysely, Selectable } from 'kysely';
import type { RosterRow, SurveyorRole } from '../../shared/pendataan/roster.ts';
import type { Tables } from '../db/tables.ts';

export type Surveyor = {
  id: number;
  name: string;
  phone: string;
  kelurahan: string;
  rw: number;
  /** 0 for an RW head. */
  rt: number;
  role: SurveyorRole;
  /** True while an unused activation code exists. */
  hasCode: boolean;
  activatedAt: number | null;
  revokedAt: number | null;
  trainedAt: number | null;
  createdAt: number;
};

/** One RT of the roster (the denominators of coverage). */
export type RtSlot = { kelurahan: string; rw: number; rt: number };

export type RosterStore = {
  /** New slots get a code from `newCode`; known slots keep theirs and get the new name and phone. */
  importRoster(
    rows: RosterRow[],
    newCode: () => { code: string; hash: string },
    nowMs: number,
  ): Promise<{ created: Array<{ surveyor: Surveyor; code: string }>; updated: number }>;
  list(kelurahan?: string): Promise<Surveyor[]>;
  get(id: number): Promise<Surveyor | undefined>;
  /** Uses a code once: the surveyor whose code it was, now signed in with `deviceHash`. */
  activate(codeHash: string, deviceHash: string, nowMs: number): Promise<Surveyor | undefined>;
  /** The surveyor a device token belongs to, unless revoked. */
  byDevice(deviceHash: string): Promise<Surveyor | undefined>;
  /** Ends the device sign-in and replaces any code with `codeHash` (a lost phone gets a new code). */
  reissue(id: number, codeHash: string, nowMs: number): Promise<boolean>;
  markTrained(id: number, nowMs: number): Promise<void>;
  /** Every RT in the roster (from RT heads). */
  rtSlots(): Promise<RtSlot[]>;
  hasRt(kelurahan: string, rw: number, rt: number): Promise<boolean>;
  /** Per kelurahan: surveyors in the roster, how many activated a phone, how many practised. */
  trainingByKelurahan(): Promise<KelurahanTraining[]>;
};

export type KelurahanTraining = { kelurahan: string; surveyors: number; activated: number; trained: number };

type Row = Selectable<Tables['pendataan_surveyors']>;
const num = (v: number | null) => (v === null ? null : Number(v));

function toSurveyor(r: Row): Surveyor {
  return {
    id: Number(r.id),
    name: r.name,
    phone: r.phone,
    kelurahan: r.kelurahan_code,
    rw: r.rw,
    rt: r.rt,
    role: r.role as SurveyorRole,
    hasCode: r.activation_hash !== null,
    activatedAt: num(r.activated_at),
    revokedAt: num(r.revoked_at),
    trainedAt: num(r.trained_at),
    createdAt: Number(r.created_at),
  };
}

export function rosterStore(db: Kysely<Tables>, ensureOpen: () => void): RosterStore {
  const surveyors = () => db.selectFrom('pendataan_surveyors').selectAll();
  return {
    async importRoster(rows, newCode, nowMs) {
      ensureOpen();
      return db.transaction().execute(async (trx) => {
        const created: Array<{ surveyor: Surveyor; code: string }> = [];
        let updated = 0;
        for (const r of rows) {
          const slot = { kelurahan_code: r.kelurahan, rw: r.rw, rt: r.rt, role: r.role };
          const known = await trx
            .updateTable('pendataan_surveyors')
            .set({ name: r.name, phone: r.phone })
            .where('kelurahan_code', '=', r.kelurahan)
            .where('rw', '=', r.rw)
            .where('rt', '=', r.rt)
            .where('role', '=', r.role)
            .executeTakeFirst();
          if (Number(known.numUpdatedRows) > 0) {
            updated++;
            continue;
          }
          const { code, hash } = newCode();
          const row = await trx
            .insertInto('pendataan_surveyors')
            .values({ ...slot, name: r.name, phone: r.phone, activation_hash: hash, created_at: nowMs })
            .returningAll()
            .executeTakeFirstOrThrow();
          created.push({ surveyor: toSurveyor(row), code });
        }
        return { created, updated };
      });
    },
    async list(kelurahan) {
      ensureOpen();
      let q = surveyors();
      if (kelurahan) q = q.where('kelurahan_code', '=', kelurahan);
      const rows = await q.orderBy('kelurahan_code').orderBy('rw').orderBy('rt').orderBy('role').execute();
      return rows.map(toSurveyor);
    },
    async get(id) {
      ensureOpen();
      const row = await surveyors().where('id', '=', id).executeTakeFirst();
      return row && toSurveyor(row);
    },
    async activate(codeHash, deviceHash, nowMs) {
      ensureOpen();
      const row = await db
        .updateTable('pendataan_surveyors')
        .set({ activation_hash: null, device_hash: deviceHash, activated_at: nowMs, revoked_at: null })
        .where('activation_hash', '=', codeHash)
        .returningAll()
        .executeTakeFirst();
      return row && toSurveyor(row);
    },
    async byDevice(deviceHash) {
      ensureOpen();
      const row = await surveyors().where('device_hash', '=', deviceHash).executeTakeFirst();
      return row && toSurveyor(row);
    },
    async reissue(id, codeHash, nowMs) {
      ensureOpen();
      const r = await db
        .updateTable('pendataan_surveyors')
        .set({ activation_hash: codeHash, device_hash: null, revoked_at: nowMs })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async markTrained(id, nowMs) {
      ensureOpen();
      await db
        .updateTable('pendataan_surveyors')
        .set({ trained_at: nowMs })
        .where('id', '=', id)
        .where('trained_at', 'is', null)
        .execute();
    },
    async rtSlots() {
      ensureOpen();
      return db
        .selectFrom('pendataan_surveyors')
        .select(['kelurahan_code as kelurahan', 'rw', 'rt'])
        .where('role', '=', 'ketua_rt')
        .orderBy('kelurahan_code')
        .orderBy('rw')
        .orderBy('rt')
        .execute();
    },
    async trainingByKelurahan() {
      ensureOpen();
      const rows = await db
        .selectFrom('pendataan_surveyors')
        .select((e) => [
          'kelurahan_code as kelurahan',
          e.fn.countAll<number>().as('surveyors'),
          e.fn.count<number>('activated_at').as('activated'),
          e.fn.count<number>('trained_at').as('trained'),
        ])
        .groupBy('kelurahan_code')
        .execute();
      return rows.map((r) => ({
        kelurahan: r.kelurahan,
        surveyors: Number(r.surveyors),
        activated: Number(r.activated),
        trained: Number(r.trained),
      }));
    },
    async hasRt(kelurahan, rw, rt) {
      ensureOpen();
      const row = await db
        .selectFrom('pendataan_surveyors')
        .select('id')
        .where('kelurahan_code', '=', kelurahan)
        .where('rw', '=', rw)
        .where('rt', '=', rt)
        .where('role', '=', 'ketua_rt')
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
