// Coverage of a campaign, rolled up RT → RW → kelurahan → kecamatan → city: RTs with an accepted record
// over RTs in the roster (within the campaign's scope), records against the target, late RTs and days
// to the deadline. Pure: the clock is passed in. Runs on the server and the client.
import { CITY_CODE, findRegion, kecamatanOf } from './wilayah.ts';

export type RtSlot = { kelurahan: string; rw: number; rt: number };
export type RtCount = RtSlot & { records: number; accepted: number };
export type ProgressLevel = 'kota' | 'kecamatan' | 'kelurahan' | 'rw';

export type ProgressNode = {
  level: ProgressLevel;
  /** Region code; an RW reads `<kelurahan>/RW 3`. */
  code: string;
  name: string;
  /** RTs in the roster within scope. */
  rts: number;
  /** RTs with at least one accepted record. */
  covered: number;
  /** Records not rejected (awaiting review or accepted). */
  records: number;
  accepted: number;
  /** Records expected: target per RT × RTs, or null without a target. */
  target: number | null;
};

export type Progress = {
  nodes: ProgressNode[];
  /** RTs behind: fewer records than the pace (target × elapsed share of the period), or any short after the deadline. */
  late: Array<RtSlot & { records: number; expected: number }>;
  /** Whole days left to the deadline (0 on or after it). */
  daysLeft: number;
};

const DAY_MS = 86_400_000;

/** True when a kelurahan is inside a scope of region codes (city, kecamatan or kelurahan codes). */
export const inScope = (scope: readonly string[], kelurahan: string): boolean =>
  scope.some((c) => c === CITY_CODE || c === kelurahan || c === kecamatanOf(kelurahan));

export function computeProgress(args: {
  slots: readonly RtSlot[];
  counts: readonly RtCount[];
  scope: readonly string[];
  targetPerRt: number | null;
  startsAt: number;
  deadlineAt: number;
  nowMs: number;
}): Progress {
  const { scope, targetPerRt, startsAt, deadlineAt, nowMs } = args;
  const key = (s: RtSlot) => `${s.kelurahan}/${s.rw}/${s.rt}`;
  const counts = new Map(args.counts.map((c) => [key(c), c]));
  const nodes = new Map<string, ProgressNode>();
  const node = (level: ProgressLevel, code: string, name: string) => {
    const found = nodes.get(code);
    if (found) return found;
    const made: ProgressNode = {
      level,
      code,
      name,
      rts: 0,
      covered: 0,
      records: 0,
      accepted: 0,
      target: targetPerRt === null ? null : 0,
    };
    nodes.set(code, made);
    return made;
  };
  const elapsed = Math.min(1, Math.max(0, (nowMs - startsAt) / Math.max(1, deadlineAt - startsAt)));
  const perRt = targetPerRt ?? 1;
  const expected = nowMs >= deadlineAt ? perRt : Math.floor(perRt * elapsed);
  const late: Progress['late'] = [];
  for (const slot of args.slots) {
    if (!inScope(scope, slot.kelurahan)) continue;
    const c = counts.get(key(slot));
    const records = c?.records ?? 0;
    const accepted = c?.accepted ?? 0;
    const kec = kecamatanOf(slot.kelurahan);
    const chain = [
      node('kota', CITY_CODE, findRegion(CITY_CODE)?.name ?? CITY_CODE),
      node('kecamatan', kec, findRegion(kec)?.name ?? kec),
      node('kelurahan', slot.kelurahan, findRegion(slot.kelurahan)?.name ?? slot.kelurahan),
      node('rw', `${slot.kelurahan}/RW ${slot.rw}`, `RW ${slot.rw}`),
    ];
    for (const n of chain) {
      n.rts++;
      n.records += records;
      n.accepted += accepted;
      if (accepted > 0) n.covered++;
      if (n.target !== null) n.target += perRt;
    }
    if (records < expected) late.push({ ...slot, records, expected });
  }
  return {
    nodes: [...nodes.values()],
    late,
    daysLeft: Math.max(0, Math.ceil((deadlineAt - nowMs) / DAY_MS)),
  };
}
