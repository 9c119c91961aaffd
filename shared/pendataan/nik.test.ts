import { describe, expect, it } from 'vitest';
import { checkKk, checkNik, maskNumber } from './nik.ts';

describe('NIK', () => {
  it('accepts a Makassar NIK, men and women (day + 40)', () => {
    expect(checkNik('7371011708900001')).toEqual({ ok: true });
    expect(checkNik('7371155708900002')).toEqual({ ok: true });
  });
  it('rejects wrong length, letters, other regions, unknown kecamatan and impossible birth dates', () => {
    expect(checkNik('737101170890001')).toEqual({ ok: false, reason: 'digits' });
    expect(checkNik('73710117089000a1')).toEqual({ ok: false, reason: 'digits' });
    expect(checkNik(' 7371011708900001')).toEqual({ ok: false, reason: 'digits' });
    expect(checkNik('7372011708900001')).toEqual({ ok: false, reason: 'region' });
    expect(checkNik('3171011708900001')).toEqual({ ok: false, reason: 'region' });
    expect(checkNik('7371161708900001')).toEqual({ ok: false, reason: 'region' });
    expect(checkNik('7371000108900001')).toEqual({ ok: false, reason: 'region' });
    expect(checkNik('7371013208900001')).toEqual({ ok: false, reason: 'birth-date' });
    expect(checkNik('7371011713900001')).toEqual({ ok: false, reason: 'birth-date' });
    expect(checkNik('7371010008900001')).toEqual({ ok: false, reason: 'birth-date' });
  });
  it('checks No. KK by region only', () => {
    expect(checkKk('7371010101200001')).toEqual({ ok: true });
    expect(checkKk('7371019999999999')).toEqual({ ok: true });
    expect(checkKk('7301010101200001')).toEqual({ ok: false, reason: 'region' });
  });
  it('masks all but the region prefix and the last four digits', () => {
    expect(maskNumber('7371011708900001')).toBe('7371********0001');
    expect(maskNumber('123')).toBe('***');
  });
});
