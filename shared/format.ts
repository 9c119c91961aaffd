// Numbers, dates and clock times for display, in the visitor's language: Indonesian by default
// ("1.234,5", "3 Nov", "06.29"), English when chosen ("1,234.5", "3 Nov", "06:29"). One formatter
// for the booth panel, the booth screens, the rapor (panel and wall), chat and the hall. Pure apart
// from Intl; dates are WITA (Makassar) calendar days. Runs on server and client.

/** The two interface languages; anything other than 'en' reads as Indonesian. */
export type Language = 'id' | 'en';

const WITA_OFFSET_MS = 8 * 3_600_000;

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${language === 'en' ? 'en' : 'id'}/${digits}/${fixed}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(language), {
      maximumFractionDigits: digits,
      minimumFractionDigits: fixed ? digits : 0,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A figure with as many decimals as its size needs (≥ 100: none, ≥ 10: one, else two):
 * 4000 → "4.000", 67.4 → "67,4" in Indonesian; "4,000", "67.4" in English.
 */
export function formatNumber(value: number, language: string = 'id'): string {
  const size = Math.abs(value);
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  return numberFormat(language, digits, false).format(value);
}

/** A value with exactly `digits` decimals: a rapor score 88.4 → "88,4" (id) / "88.4" (en). */
export function formatFixed(value: number, digits: number, language: string = 'id'): string {
  return numberFormat(language, digits, true).format(value);
}

/** A share 0..1 as a whole percentage: 0.5 → "50%". */
export function formatShare(share: number, language: string = 'id'): string {
  return `${numberFormat(language, 0, false).format(Math.round(share * 100))}%`;
}

const MONTHS: Record<Language, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The WITA calendar day of an instant as a short date: "3 Nov", "9 Des" (id) / "9 Dec" (en). */
export function formatShortDate(atMs: number, language: string = 'id'): string {
  const d = new Date(atMs + WITA_OFFSET_MS);
  const months = MONTHS[language === 'en' ? 'en' : 'id'];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
}

/**
 * A 24-hour clock time, "06.29" in Indonesian and "06:29" in English. `timeZone` is an IANA zone
 * (e.g. 'Asia/Makassar'); undefined means the device's own zone (chat messages).
 */
export function formatClock(atMs: number, language: string = 'id', timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(atMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}${language === 'en' ? ':' : '.'}${part('minute')}`;
}
