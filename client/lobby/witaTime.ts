// Session times in WITA (Asia/Makassar, UTC+8 all year, no daylight saving). Client only, pure:
// the lobby list, the city sessions panel and the staff schedule form all show and read WITA, whatever
// the visitor's own time zone is. Times are epoch ms everywhere else.

/** WITA is UTC+8 with no daylight saving. */
export const WITA_OFFSET_MS = 8 * 3_600_000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A `datetime-local` value read as WITA → epoch ms; null when it is not a real date and time. */
export function witaInputToMs(value: string): number | null {
  const m = LOCAL_INPUT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(utc).getUTCDate() !== d) return null; // 31 February and the like
  return utc - WITA_OFFSET_MS;
}

/** Epoch ms → the `datetime-local` value showing that moment in WITA. */
export function msToWitaInput(ms: number): string {
  const iso = new Date(ms + WITA_OFFSET_MS).toISOString();
  return iso.slice(0, 16);
}

/** "Sab, 28 Nov 2026, 09.00–11.00 WITA": a session's time span for lists, in the UI language. */
export function formatWitaSpan(startsAt: number, endsAt: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Makassar',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Makassar',
    hour: '2-digit',
    minute: '2-digit',
  });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  const end = sameDay ? time.format(endsAt) : `${day.format(endsAt)} ${time.format(endsAt)}`;
  return `${day.format(startsAt)}, ${time.format(startsAt)}–${end} WITA`;
}
