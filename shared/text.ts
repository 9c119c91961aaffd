// Cleaning of user text (names, chat): plain text only, never HTML. Runs on server and client.
import { CHAT_MAX_CHARS, NAME_MAX_CHARS, NAME_MIN_CHARS } from './limits.ts';

// Line breaks and tabs separate words: they become spaces before control characters are removed.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
// Control and format characters (incl. bidi overrides and zero-width marks).
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const SPACES = /\s+/gu;

/** NFC-normalises, removes control/format characters, collapses whitespace, trims, caps length. */
export function cleanText(raw: string, maxChars: number): string {
  const flat = raw.normalize('NFC').replace(BREAKS, ' ').replace(CONTROL, '').replace(SPACES, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > maxChars ? chars.slice(0, maxChars).join('').trimEnd() : flat;
}

// Common Indonesian, Makassar and English profanity, matched as whole words, case-insensitively,
// also with letters repeated ("anjiiing") or digits standing in for letters ("b4ngsat").
// Words with an innocent everyday meaning (babi = pig, setan, the name Dick) are left out on purpose.
const PROFANITY = [
  'anjing',
  'anjir',
  'bangsat',
  'bajingan',
  'kontol',
  'memek',
  'ngentot',
  'entot',
  'goblok',
  'tolol',
  'keparat',
  'jancuk',
  'jancok',
  'asu',
  'pepek',
  'perek',
  'lonte',
  'pelacur',
  'kampret',
  'sundala',
  'telaso',
  'tailaso',
  'brengsek',
  'bego',
  'idiot',
  'fuck',
  'fucking',
  'fucker',
  'motherfucker',
  'shit',
  'bitch',
  'asshole',
  'bastard',
  'cunt',
  'whore',
  'slut',
];
const LEET: Record<string, string> = {
  '4': 'a',
  '@': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  '5': 's',
  $: 's',
  '7': 't',
};
const WORD = /[\p{L}\p{N}@$!]+/gu;
const PROFANE = new Set(PROFANITY);

function normaliseWord(word: string): string {
  const lower = Array.from(word.toLowerCase(), (c) => LEET[c] ?? c).join('');
  return lower.replace(/(.)\1+/gu, '$1');
}
const PROFANE_SQUEEZED = new Set(PROFANITY.map(normaliseWord));

function isProfane(word: string): boolean {
  return PROFANE.has(word.toLowerCase()) || PROFANE_SQUEEZED.has(normaliseWord(word));
}

/** Replaces profane words with asterisks. Returns the text and whether anything was replaced. */
export function filterProfanity(text: string): { text: string; filtered: boolean } {
  let filtered = false;
  const out = text.replace(WORD, (w) => {
    // A trailing "!" is punctuation ("anjing!"), unless it stands for an "i" ("bab!").
    const bare = w.replace(/!+$/u, '');
    const hit = isProfane(w) ? w : isProfane(bare) ? bare : null;
    if (hit === null) return w;
    filtered = true;
    return '*'.repeat(Array.from(hit).length) + w.slice(hit.length);
  });
  return { text: out, filtered };
}

export type NameResult = { ok: true; name: string } | { ok: false; error: 'name-length' | 'name-profane' };

/** Validates a display name: 2–24 characters after cleaning, no profanity. */
export function cleanName(raw: string): NameResult {
  const name = cleanText(raw, NAME_MAX_CHARS);
  if (Array.from(name).length < NAME_MIN_CHARS) return { ok: false, error: 'name-length' };
  if (filterProfanity(name).filtered) return { ok: false, error: 'name-profane' };
  return { ok: true, name };
}

/** Cleans a chat line: empty after cleaning → null. */
export function cleanChat(raw: string): { text: string; filtered: boolean } | null {
  const text = cleanText(raw, CHAT_MAX_CHARS);
  if (text.length === 0) return null;
  return filterProfanity(text);
}
