// Makassar's administrative regions (Kepmendagri 300.2.2-2430/2025): the city, its 15 kecamatan and
// 153 kelurahan, by their Kemendagri codes (the ones BMKG uses). RW and RT are not here: they come only
// from the surveyor roster. Pure data; runs on server and client.
import data from '../data/wilayah.json' with { type: 'json' };

export type RegionLevel = 'kota' | 'kecamatan' | 'kelurahan';
export type Region = { code: string; name: string; level: RegionLevel; parent: string | null };

export const CITY_CODE = data.city.code;
export const CITY_NAME = data.city.name;
export const WILAYAH_SOURCE = data.source;

/** Every region, the city first, each kecamatan followed by its kelurahan. */
export const REGIONS: readonly Region[] = [
  { code: data.city.code, name: data.city.name, level: 'kota', parent: null },
  ...data.kecamatan.flatMap((k) => [
    { code: k.code, name: k.name, level: 'kecamatan' as const, parent: data.city.code },
    ...k.kelurahan.map((l) => ({ code: l.code, name: l.name, level: 'kelurahan' as const, parent: k.code })),
  ]),
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export const findRegion = (code: string): Region | undefined => BY_CODE.get(code);

/** True for a kelurahan code of Makassar such as `73.71.01.1001`. */
export const isKelurahan = (code: string): boolean => BY_CODE.get(code)?.level === 'kelurahan';

/** The kecamatan code of a kelurahan code (`73.71.01.1001` → `73.71.01`). */
export const kecamatanOf = (kelurahan: string): string => kelurahan.split('.').slice(0, 3).join('.');
