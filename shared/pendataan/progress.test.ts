import { describe, expect, it } from 'vitest';
import { computeProgress, inScope } from './progress.ts';

const DAY = 86_400_000;
const slots = [
  { kelurahan: '73.71.01.1001', rw: 1, rt: 1 },
  { kelurahan: '73.71.01.1001', rw: 1, rt: 2 },
  { kelurahan: '73.71.01.1001', rw: 2, rt: 1 },
  { kelurahan: '73.71.02.1001', rw: 1, rt: 1 },
];
const counts = [
  { kelurahan: '73.71.01.1001', rw: 1, rt: 1, records: 6, accepted: 4 },
  { kelurahan: '73.71.01.1001', rw: 1, rt: 2, records: 1, accepted: 0 },
  { kelurahan: '73.71.02.1001', rw: 1, rt: 1, records: 2, accepted: 2 },
];

describe('computeProgress', () => {
  const p = computeProgress({
    slots,
    counts,
    scope: ['73.71'],
    targetPerRt: 10,
    startsAt: 0,
    deadlineAt: 10 * DAY,
    nowMs: 5 * DAY + 1,
  });
  const byCode = (code: string) => p.nodes.find((n) => n.code === code);
  it('rolls RT counts up to RW, kelurahan, kecamatan and city', () => {
    expect(byCode('73.71')).toMatchObject({ rts: 4, covered: 2, records: 9, accepted: 6, target: 40 });
    expect(byCode('73.71.01')).toMatchObject({ name: 'Mariso', rts: 3, covered: 1, records: 7 });
    expect(byCode('73.71.01.1001/RW 1')).toMatchObject({
      level: 'rw',
      rts: 2,
      covered: 1,
      records: 7,
      target: 20,
    });
    expect(byCode('73.71.01.1001/RW 2')).toMatchObject({ rts: 1, covered: 0, records: 0 });
  });
  it('lists RTs behind the pace and counts days left', () => {
    expect(p.late.map((l) => `${l.rw}/${l.rt}:${l.records}<${l.expected}`)).toEqual([
      '1/2:1<5',
      '2/1:0<5',
      '1/1:2<5',
    ]);
    expect(p.daysLeft).toBe(5);
  });
  it('keeps to the scope', () => {
    const kec = computeProgress({
      slots,
      counts,
      scope: ['73.71.02'],
      targetPerRt: null,
      startsAt: 0,
      deadlineAt: DAY,
      nowMs: 2 * DAY,
    });
    expect(kec.nodes.find((n) => n.level === 'kota')).toMatchObject({ rts: 1, covered: 1, target: null });
    expect(kec.late).toEqual([]);
    expect(kec.daysLeft).toBe(0);
    expect(inScope(['73.71.01.1002'], '73.71.01.1001')).toBe(false);
  });
});
