// Kiosks (issue 9): what staff configure for a screen at an event, what the screen reports back, and
// the friendly names its visitors get. Pure and zod-free (the kiosk page loads it before the 3D
// chunk). Runs on server and client.

/** A kiosk's key: the capability in its URL (`/?kiosk=<key>`); 22 url-safe characters. */
export const KIOSK_KEY_RE = /^[A-Za-z0-9_-]{22}$/;
export const KIOSK_LANGUAGES = ['id', 'en'] as const;
export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];
/** Idle time before a kiosk resets to its attract loop, seconds. */
export const KIOSK_IDLE_MIN_S = 30;
export const KIOSK_IDLE_MAX_S = 3600;
export const KIOSK_IDLE_DEFAULT_S = 90;
export const KIOSK_TEXT_MAX_CHARS = 60;
/** A kiosk reports every HEARTBEAT_EVERY_MS; it counts as offline after KIOSK_OFFLINE_AFTER_MS without. */
export const KIOSK_HEARTBEAT_EVERY_MS = 20_000;
export const KIOSK_OFFLINE_AFTER_MS = 3 * KIOSK_HEARTBEAT_EVERY_MS;
/** The client's version string a heartbeat carries (package version), at most this long. */
export const KIOSK_VERSION_MAX_CHARS = 40;

/** Where a kiosk visitor starts: the plaza, or in front of one organisation's booth. */
export type KioskStart = 'plaza' | { booth: string };

/** What staff set for a kiosk. */
export type KioskSettings = {
  name: string;
  location: string;
  language: KioskLanguage;
  idleSeconds: number;
  start: KioskStart;
};

/** What the kiosk page loads (GET /api/kiosks/:key). */
export type KioskConfig = KioskSettings & { key: string };

export const CONNECTIONS = ['idle', 'connecting', 'connected', 'reconnecting', 'error'] as const;
/** What a kiosk reports with each heartbeat. */
export type KioskReport = {
  version: string;
  ready: boolean;
  connection: (typeof CONNECTIONS)[number];
  /** Whether a visitor is using it now (false: attract loop). */
  visiting: boolean;
};

/** A kiosk as the staff console lists it. */
export type KioskView = KioskConfig & {
  createdAt: number;
  lastSeenAt: number | null;
  online: boolean;
  report: KioskReport | null;
  /** A reload was asked for and not yet delivered to the kiosk. */
  reloadPending: boolean;
};

type Parsed<T> = { ok: true; value: T } | { ok: false; field: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Trims and collapses spaces; null when empty, too long or with control characters. */
function plainText(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const text = v.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (text.length === 0 || Array.from(text).length > max || /[\u0000-\u001f\u007f]/.test(text)) return null;
  return text;
}

/** A start place: 'plaza' or `{booth: <organisation id>}` of a known organisation. */
function parseStart(v: unknown, organisationIds: ReadonlySet<string>): KioskStart | null {
  if (v === 'plaza') return 'plaza';
  if (isRecord(v) && typeof v.booth === 'string' && organisationIds.has(v.booth)) return { booth: v.booth };
  return null;
}

/** Validates a kiosk's settings as staff send them (create or update). */
export function parseKioskSettings(
  body: unknown,
  organisationIds: ReadonlySet<string>,
): Parsed<KioskSettings> {
  if (!isRecord(body)) return { ok: false, field: 'body' };
  const name = plainText(body.name, KIOSK_TEXT_MAX_CHARS);
  if (!name) return { ok: false, field: 'name' };
  const location = plainText(body.location, KIOSK_TEXT_MAX_CHARS);
  if (!location) return { ok: false, field: 'location' };
  const language = body.language;
  if (!KIOSK_LANGUAGES.some((l) => l === language)) return { ok: false, field: 'language' };
  const idle = body.idleSeconds;
  if (!Number.isInteger(idle) || (idle as number) < KIOSK_IDLE_MIN_S || (idle as number) > KIOSK_IDLE_MAX_S)
    return { ok: false, field: 'idleSeconds' };
  const start = parseStart(body.start, organisationIds);
  if (!start) return { ok: false, field: 'start' };
  return {
    ok: true,
    value: { name, location, language: language as KioskLanguage, idleSeconds: idle as number, start },
  };
}

/** Validates a heartbeat's report. */
export function parseKioskReport(body: unknown): Parsed<KioskReport> {
  if (!isRecord(body)) return { ok: false, field: 'body' };
  const version = plainText(body.version, KIOSK_VERSION_MAX_CHARS);
  if (!version) return { ok: false, field: 'version' };
  if (typeof body.ready !== 'boolean') return { ok: false, field: 'ready' };
  if (typeof body.visiting !== 'boolean') return { ok: false, field: 'visiting' };
  const connection = CONNECTIONS.find((c) => c === body.connection);
  if (!connection) return { ok: false, field: 'connection' };
  return { ok: true, value: { version, ready: body.ready, connection, visiting: body.visiting } };
}

/** True while the kiosk's last heartbeat is recent enough. */
export function kioskOnline(lastSeenAt: number | null, nowMs: number): boolean {
  return lastSeenAt !== null && nowMs - lastSeenAt <= KIOSK_OFFLINE_AFTER_MS;
}

/** Places of Makassar a kiosk visitor is named after ("Tamu Losari 12"). */
const PLACES = [
  'Losari',
  'Karebosi',
  'Rotterdam',
  'Mandala',
  'Somba Opu',
  'Paotere',
  'Tallo',
  'Lae-Lae',
  'Pettarani',
  'Tamalanrea',
  'Panakkukang',
  'Sudiang',
] as const;

/**
 * A friendly visitor name from two numbers in [0, 1) (the caller's randomness): "Tamu <place> <n>",
 * n from 1 to 99. Always a valid city name (2–24 characters, nothing to filter).
 */
export function kioskVisitorName(placePick: number, numberPick: number): string {
  const place = PLACES[Math.min(PLACES.length - 1, Math.floor(Math.max(0, placePick) * PLACES.length))];
  const n = 1 + Math.min(98, Math.floor(Math.max(0, numberPick) * 99));
  return `Tamu ${place} ${n}`;
}
