// "5 minutes ago" in the visitor's language (client only). Pure apart from Intl.

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Time of `atMs` relative to `nowMs`, e.g. "3 jam yang lalu" / "3 hours ago". */
export function relativeTime(atMs: number, nowMs: number, language: string): string {
  let amount = (atMs - nowMs) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) {
      return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return '';
}
