// Surveyor credentials: one-time activation codes (printed on the roster sheet) and long-lived device
// tokens (kept by the phone). Both are stored only as SHA-256: they are random, so no salt or slow hash
// is needed. Runs on the server.
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I: read aloud and typed from paper. 32 symbols × 8 = 40 bits. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const DEVICE_TOKEN = /^pdt_[A-Za-z0-9_-]{43}$/;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A fresh code `XXXX-XXXX` and its hash. */
export function newActivationCode(): { code: string; hash: string } {
  let raw = '';
  for (let i = 0; i < 8; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
  return { code, hash: sha256(raw) };
}

/** The hash of a code as typed (any case, spaces or dashes), or null when it cannot be a code. */
export function activationHash(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '');
  return raw.length === 8 && [...raw].every((c) => CODE_ALPHABET.includes(c)) ? sha256(raw) : null;
}

export function newDeviceToken(): { token: string; hash: string } {
  const token = `pdt_${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

/** The hash of a well-formed device token, else null (no lookup for garbage). */
export const deviceHash = (token: string): string | null => (DEVICE_TOKEN.test(token) ? sha256(token) : null);
