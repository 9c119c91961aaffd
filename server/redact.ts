// Redaction of secrets in whatever is written to the logs (server/log.ts) or shown for a rejected
// environment (server/config.ts). Pure; runs on the server. Redacts:
// - fields whose name says secret (password, token, authorization, secret, cookie, credential, key,
//   apiKey, AUTH_SECRET, passwordHash…): the whole string value becomes `***`;
// - inside any text: the password of a URL (`mysql://admin:***@host`), `Bearer …`/`Basic …`
//   credentials, push API keys (`mkv_***`) and `name=value` / `"name": value` pairs with such names.
export const REDACTED = '***';

/** Name parts (camelCase, snake_case or kebab-case split) that mark a secret anywhere in a name. */
const SECRET_PARTS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'token',
  'authorization',
  'cookie',
  'credential',
  'credentials',
]);
/** Name parts that mark a secret only as the last part (`apiKey`, `key`, but not `keyId`). */
const SECRET_LAST_PARTS = new Set(['key', 'apikey']);

export function isSecretName(name: string): boolean {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p !== '');
  const last = parts.at(-1);
  return parts.some((p) => SECRET_PARTS.has(p)) || (last !== undefined && SECRET_LAST_PARTS.has(last));
}

const NAME = String.raw`[\w-]*(?:password|passwd|pwd|passphrase|secret|token|authorization|cookie|credentials?|api[_-]?key)`;
const TEXT_RULES: ReadonlyArray<[RegExp, string]> = [
  // scheme://user:password@host — greedy to the last @ before the path, so `p@ss` is covered too.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#"'<>]*):[^\s/?#"'<>]*@/gi, `$1:${REDACTED}@`],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, `$1 ${REDACTED}`],
  [/\bmkv_[0-9a-z]+_[0-9a-z]+/gi, `mkv_${REDACTED}`],
  // password=…, "password":"…", token: …, AUTH_SECRET="…" (quoted or up to a separator).
  [
    new RegExp(
      String.raw`(["']?\b${NAME}["']?\s*[:=]\s*)(?:(?:Bearer|Basic)\s+)?(?:"(?:[^"\\]|\\.)*"?|'[^']*'?|[^\s,;&}\]"']+)`,
      'gi',
    ),
    `$1${REDACTED}`,
  ],
];

/** The text with every recognisable secret replaced by `***`. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 8;

/**
 * A copy of `value` that is safe to log: texts redacted, secret-named fields' strings replaced,
 * Errors as `{name, message, stack}`. Numbers, booleans and null pass unchanged.
 */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    const error: Record<string, unknown> = { name: value.name, message: redactText(value.message) };
    if (value.stack) error.stack = redactText(value.stack);
    return error;
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      isSecretName(key) && (typeof v === 'string' || typeof v === 'object') && v !== null
        ? REDACTED
        : redact(v, depth + 1, seen);
  }
  return out;
}
