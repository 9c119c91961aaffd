// Indonesian population numbers as Makassar issues them. NIK: 16 digits — region (province 73, city 71,
// kecamatan 01…15), birth date DDMMYY (day + 40 for women), then a 4-digit serial. No. KK: 16 digits
// with the same region prefix. Pure; runs on server and client.

/** Makassar's region prefix (73.71) in NIK and No. KK. */
export const MAKASSAR_PREFIX = '7371';
const KECAMATAN_COUNT = 15;

export type NumberCheck = { ok: true } | { ok: false; reason: 'digits' | 'region' | 'birth-date' };

function region(value: string): NumberCheck {
  if (!/^\d{16}$/.test(value)) return { ok: false, reason: 'digits' };
  const kecamatan = Number(value.slice(4, 6));
  if (!value.startsWith(MAKASSAR_PREFIX) || kecamatan < 1 || kecamatan > KECAMATAN_COUNT)
    return { ok: false, reason: 'region' };
  return { ok: true };
}

/** A Makassar NIK: 16 digits, prefix 7371 + a kecamatan 01…15, a real day (1–31 or 41–71) and month. */
export function checkNik(value: string): NumberCheck {
  const base = region(value);
  if (!base.ok) return base;
  const day = Number(value.slice(6, 8));
  const month = Number(value.slice(8, 10));
  const realDay = day > 40 ? day - 40 : day;
  if (realDay < 1 || realDay > 31 || month < 1 || month > 12) return { ok: false, reason: 'birth-date' };
  return { ok: true };
}

/** A Makassar No. KK: 16 digits with prefix 7371 and a kecamatan 01…15. */
export const checkKk = (value: string): NumberCheck => region(value);

/** For lists: the region prefix and the last 4 digits, the rest hidden (`7371********0001`). */
export function maskNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
