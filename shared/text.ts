// The one cleaning of user text shown to others (names, chat, profile text, session titles and
// descriptions, questions, polls, reasons): plain text only, never HTML. Runs on server and client.
// - Every text: NFC; control and format characters removed — this includes the bidi embeddings,
//   overrides and isolates (U+202A–202E, U+2066–2069), the marks U+200E/F and U+061C, and
//   zero-width characters; combining marks only on a base character and at most MAX_MARKS in a row
//   (no "zalgo" towers, no marks stacking onto the text around them); whitespace collapsed.
// - Names besides: compatibility forms folded (NFKC: fullwidth "Ａｄｍｉｎ" is "Admin"); at least
//   NAME_MIN_CHARS base characters (letters, digits or symbols such as emoji); refused when they mix
//   Latin with Cyrillic or Greek letters, or are written wholly in Cyrillic/Greek letters that look
//   Latin ("аdmin", "рор"): look-alikes of other names ('name-confusable').
import { CHAT_MAX_CHARS, NAME_MAX_CHARS, NAME_MIN_CHARS } from './limits.ts';

// Line breaks and tabs separate words: they become spaces before control characters are removed.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
// Control and format characters (incl. bidi overrides and zero-width marks).
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const SPACES = /\s+/gu;
/** Combining marks kept in a row on one base character (Thai and Vietnamese need up to three). */
const MAX_MARKS = 3;
const LOOSE_MARKS = /(^|\s)\p{M}+/gu;
const MARK_TOWERS = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/** NFC-normalises, removes control/format characters and stray marks, collapses whitespace, trims, caps length. */
export function cleanText(raw: string, maxChars: number): string {
  const flat = raw
    .normalize('NFC')
    .replace(BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(LOOSE_MARKS, '$1')
    .replace(MARK_TOWERS, '$1')
    .replace(SPACES, ' ')
    .trim();
  const chars = Array.from(flat);
  return chars.length > maxChars ? chars.slice(0, maxChars).join('').trimEnd() : flat;
}

/** cleanText per line, keeping line breaks (at most one empty line in a row); caps the whole. */
export function cleanLines(raw: string, maxChars: number): string {
  const text = raw
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map((line) => cleanText(line, maxChars))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const chars = Array.from(text);
  return chars.length > maxChars ? chars.slice(0, maxChars).join('').trimEnd() : text;
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

export type NameResult =
  | { ok: true; name: string }
  | { ok: false; error: 'name-length' | 'name-profane' | 'name-confusable' };

const BASE = /[\p{L}\p{N}\p{S}]/gu;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LETTER = /\p{L}/gu;
/** Cyrillic and Greek letters drawn like Latin ones. */
const LATIN_LOOKALIKES = new Set(
  Array.from('аАвВеЕкКмМнНоОрРсСтТуУхХіІјЈѕЅԁԛԜԝӏһҺЬ' + 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορτυχ'),
);

/** A name that passes for another: Latin mixed with Cyrillic/Greek, or only Latin look-alikes. */
function confusable(name: string): boolean {
  const letters = name.match(LETTER) ?? [];
  const foreign = letters.filter((c) => LOOKALIKE_SCRIPTS.test(c));
  if (foreign.length === 0) return false;
  if (letters.some((c) => LATIN.test(c))) return true;
  return foreign.length === letters.length && foreign.every((c) => LATIN_LOOKALIKES.has(c));
}

/**
 * Validates a display name: 2–24 characters after cleaning (NFKC-folded), at least two of them base
 * characters, not a look-alike (see the top of this file), no profanity.
 */
export function cleanName(raw: string): NameResult {
  const name = cleanText(raw.normalize('NFKC'), NAME_MAX_CHARS);
  if (Array.from(name).length < NAME_MIN_CHARS || (name.match(BASE) ?? []).length < NAME_MIN_CHARS)
    return { ok: false, error: 'name-length' };
  if (confusable(name)) return { ok: false, error: 'name-confusable' };
  if (filterProfanity(name).filtered) return { ok: false, error: 'name-profane' };
  return { ok: true, name };
}

/** Cleans a chat line: empty after cleaning → null. */
export function cleanChat(raw: string): { text: string; filtered: boolean } | null {
  const text = cleanText(raw, CHAT_MAX_CHARS);
  if (text.length === 0) return null;
  return filterProfanity(text);
}
