import { describe, expect, it } from 'vitest';
import { boothCoverage, kecamatanOfBooth, type PublicCoverage, poolKecamatan, poolOpd } from './coverage.ts';

const campaign = (organisationId: string, rts: number, covered: number) => ({
  organisationId,
  city: { code: '73.71', name: 'Kota Makassar', rts, covered },
  kecamatan: [
    { code: '73.71.01', name: 'Mariso', rts: rts - 2, covered: covered - 1 },
    { code: '73.71.02', name: 'Mamajang', rts: 2, covered: 1 },
  ],
});

describe('public coverage', () => {
  const campaigns = [campaign('dinsos', 10, 4), campaign('dinsos', 10, 2), campaign('dinkes', 4, 4)];
  const c: PublicCoverage = {
    generatedAt: 0,
    campaigns: [],
    byOpd: poolOpd(campaigns),
    byKecamatan: poolKecamatan(campaigns),
  };
  it('pools RTs per OPD and per kecamatan', () => {
    expect(c.byOpd).toEqual({ dinsos: 0.3, dinkes: 1 });
    expect(c.byKecamatan['73.71.02']).toEqual({ rts: 6, covered: 3 });
  });
  it('gives each booth its share: an OPD its campaigns, a kecamatan office its kecamatan', () => {
    expect(kecamatanOfBooth('Kecamatan Kepulauan Sangkarrang')).toBe('73.71.15');
    expect(kecamatanOfBooth('Dinas Sosial')).toBeUndefined();
    expect(boothCoverage({ id: 'dinsos', name: 'Dinas Sosial' }, c)).toBe(0.3);
    expect(boothCoverage({ id: 'kec-mamajang', name: 'Kecamatan Mamajang' }, c)).toBe(0.5);
    expect(boothCoverage({ id: 'kec-wajo', name: 'Kecamatan Wajo' }, c)).toBeNull();
    expect(boothCoverage({ id: 'bappeda', name: 'Bappeda' }, c)).toBeNull();
  });
});
