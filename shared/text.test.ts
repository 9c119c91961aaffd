// cleanText, cleanName, cleanChat: the one cleaning every text shown to others passes (the word filter: profanity.test.ts).
import { describe, expect, it } from 'vitest';
import { CHAT_MAX_CHARS, NAME_MAX_CHARS } from './limits.ts';
import { cleanChat, cleanLines, cleanName, cleanText } from './text.ts';

const codePoints = (s: string) => Array.from(s).length;
/** No lone surrogate: a string cut in the middle of an astral character is not well formed. */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

describe('cleanText', () => {
  it('removes C0/C1 control characters', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0080f\u009bg', 50)).toBe('abcdefg');
  });

  it('removes bidi overrides, isolates and marks', () => {
    expect(cleanText('user\u202Egpj.exe', 50)).toBe('usergpj.exe');
    expect(
      cleanText('\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069h\u200Ei\u200Fj\u061Ck', 50),
    ).toBe('abcdefghijk');
  });

  it('removes zero-width characters, joining what they split', () => {
    expect(cleanText('Ma\u200Bkas\u200Csar\u200D\u2060\uFEFF\u00AD!', 50)).toBe('Makassar!');
  });

  it('turns line breaks and tabs into single spaces between words', () => {
    expect(cleanText('halo\ndunia', 50)).toBe('halo dunia');
    expect(cleanText('halo\r\n\r\ndunia', 50)).toBe('halo dunia');
    expect(cleanText('a\tb\u000Bc\u000Cd\u2028e\u2029f\u0085g', 50)).toBe('a b c d e f g');
    expect(cleanText('line one\n\nline two', 50)).not.toMatch(/[\n\r]/);
  });

  it('collapses runs of whitespace, including Unicode spaces, to one space', () => {
    expect(cleanText('a    b', 50)).toBe('a b');
    expect(cleanText('a\u00A0\u2003\u3000b', 50)).toBe('a b');
    expect(cleanText('a \u200B b', 50)).toBe('a b');
  });

  it('trims both ends', () => {
    expect(cleanText('   halo   ', 50)).toBe('halo');
    expect(cleanText('\n\t\u202E halo \u200B\n', 50)).toBe('halo');
    expect(cleanText(' \n\t\u200B ', 50)).toBe('');
  });

  it('NFC-normalises, so composed and decomposed letters agree', () => {
    expect(cleanText('Cafe\u0301', 50)).toBe('Café');
    expect(cleanText('Cafe\u0301', 50)).toBe(cleanText('Caf\u00E9', 50));
  });

  it('keeps ordinary text, punctuation and non-Latin scripts unchanged', () => {
    for (const s of ['Selamat pagi, Makassar!', 'ᨕᨗᨀᨗ ᨒᨚᨈᨑ', 'Rp5.128 T (67,4%)', 'Ĉu vi parolas?']) {
      expect(cleanText(s, 100)).toBe(s);
    }
  });

  it('keeps markup as plain text: neither stripped nor escaped', () => {
    for (const s of [
      '<script>alert("x")</script>',
      '<img src=x onerror=alert(1)>',
      '&lt;b&gt; & "quotes" \'single\'',
      '<b>tebal</b>',
    ]) {
      expect(cleanText(s, 100)).toBe(s);
      expect(cleanChat(s)).toEqual({ text: s, filtered: false });
    }
  });

  it('caps length in code points', () => {
    expect(cleanText('abcdef', 3)).toBe('abc');
    expect(cleanText('abc', 3)).toBe('abc');
    expect(cleanText('abc', 0)).toBe('');
  });

  it('never splits an astral character (emoji) into a lone surrogate', () => {
    const out = cleanText('😀'.repeat(10), 5);
    expect(out).toBe('😀'.repeat(5));
    expect(out.length).toBe(10);
    expect(cleanText('a😀😀', 2)).toBe('a😀');
    expect(cleanText(`${'x'.repeat(4)}𝕏𝕏`, 5)).toBe('xxxx𝕏');
    expect(wellFormed(out)).toBe(true);
    expect(wellFormed('😀'.slice(0, 1))).toBe(false);
  });

  it('leaves no trailing space where the cap falls after a space', () => {
    expect(cleanText('abc def', 4)).toBe('abc');
  });

  it('caps after cleaning, so removed characters do not count', () => {
    expect(cleanText(`${'\u200B'.repeat(20)}abcdef`, 6)).toBe('abcdef');
  });
});

describe('cleanName', () => {
  it('accepts and cleans an ordinary name', () => {
    expect(cleanName('  Daeng\u202E  Nai\n ')).toEqual({ ok: true, name: 'Daeng Nai' });
    expect(cleanName('Andi')).toEqual({ ok: true, name: 'Andi' });
    expect(cleanName('Jo')).toEqual({ ok: true, name: 'Jo' });
  });

  it('rejects names shorter than two characters after cleaning', () => {
    for (const raw of ['', ' ', 'A', '  A  ', '\u200B\u200B', 'A\u202E', '\n\t']) {
      expect(cleanName(raw), JSON.stringify(raw)).toEqual({ ok: false, error: 'name-length' });
    }
  });

  it('counts code points: two emoji are a valid name, one is not', () => {
    expect(cleanName('😀😀')).toEqual({ ok: true, name: '😀😀' });
    expect(cleanName('😀')).toEqual({ ok: false, error: 'name-length' });
  });

  it('caps long names at 24 characters without splitting emoji', () => {
    const long = cleanName('Andi Muhammad Ramdhan Pomanto Makassar');
    expect(long).toEqual({ ok: true, name: 'Andi Muhammad Ramdhan Po' });
    const emoji = cleanName('🌊'.repeat(40));
    expect(emoji).toEqual({ ok: true, name: '🌊'.repeat(NAME_MAX_CHARS) });
    if (emoji.ok) expect(codePoints(emoji.name)).toBe(NAME_MAX_CHARS);
  });

  it('rejects profane names, however disguised', () => {
    for (const raw of ['anjing', 'Si Bangsat', 'B4NGSAT', 'anjiiing', 'an\u200Bjing', 'Mr Fuck!']) {
      expect(cleanName(raw), raw).toEqual({ ok: false, error: 'name-profane' });
    }
  });

  it('accepts innocent names that contain a profane substring', () => {
    expect(cleanName('Basuki')).toEqual({ ok: true, name: 'Basuki' });
    expect(cleanName('Cassandra')).toEqual({ ok: true, name: 'Cassandra' });
  });

  it('keeps markup in a name as plain text', () => {
    expect(cleanName('<b>Andi</b>')).toEqual({ ok: true, name: '<b>Andi</b>' });
  });
});

describe('cleanChat', () => {
  it('cleans an ordinary line', () => {
    expect(cleanChat('  Halo   semua\n')).toEqual({ text: 'Halo semua', filtered: false });
  });

  it('returns null for lines that are empty after cleaning', () => {
    for (const raw of ['', '   ', '\n\n', '\t \r\n', '\u200B\u202E\uFEFF', '\u0000\u0007']) {
      expect(cleanChat(raw), JSON.stringify(raw)).toBeNull();
    }
  });

  it('caps at 280 characters', () => {
    const out = cleanChat('a'.repeat(1000));
    expect(out?.text).toBe('a'.repeat(CHAT_MAX_CHARS));
    const emoji = cleanChat('🏛️'.repeat(300));
    expect(emoji && codePoints(emoji.text)).toBe(CHAT_MAX_CHARS);
    expect(wellFormed(emoji?.text ?? '')).toBe(true);
  });

  it('filters profanity and says so', () => {
    expect(cleanChat('dasar anjing!')).toEqual({ text: 'dasar ******!', filtered: true });
  });

  it('filters words glued together with hidden characters', () => {
    expect(cleanChat('an\u200Bji\u00ADng')).toEqual({ text: '******', filtered: true });
    expect(cleanChat('b\u202Eangsat')).toEqual({ text: '*******', filtered: true });
  });
});

describe('one cleaning for text shown to others', () => {
  it('strips every bidi control from names, chat and multi-line text', () => {
    const bidi = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(cleanName(`An${bidi}di`)).toEqual({ ok: true, name: 'Andi' });
    expect(cleanChat(`halo ${bidi}semua`)).toEqual({ text: 'halo semua', filtered: false });
    expect(cleanLines(`Layanan\u202E KTP\n\u2067Jam 8–16\u2069`, 100)).toBe('Layanan KTP\nJam 8–16');
  });

  it('keeps combining marks on their letter, at most three in a row, never loose', () => {
    expect(cleanText('Cafe\u0301', 50)).toBe('Café');
    expect(cleanText('ệ', 50)).toBe('ệ');
    expect(cleanText('ที่นี่', 50)).toBe('ที่นี่');
    expect(cleanText(`x${'\u0336'.repeat(30)}a`, 50)).toBe('x\u0336\u0336\u0336a');
    const zalgo = cleanText(`Z${'\u0300\u0301\u0302\u0303\u0304\u0305\u0306'.repeat(5)}a`, 50);
    expect(Array.from(zalgo).length).toBeLessThanOrEqual(5);
    expect(cleanText('\u0301\u0302 halo \u0303x', 50)).toBe('halo x');
  });

  it('refuses names without base characters (combining marks only, punctuation only)', () => {
    for (const raw of ['\u0301\u0302\u0303\u0304', '\u0489\u0489\u0489', 'a\u0301\u0301', '--', '!?']) {
      expect(cleanName(raw), JSON.stringify(raw)).toEqual({ ok: false, error: 'name-length' });
    }
    expect(cleanName('Jo')).toEqual({ ok: true, name: 'Jo' });
    expect(cleanName('😀😀')).toEqual({ ok: true, name: '😀😀' });
  });

  it('refuses look-alike names: Cyrillic or Greek mixed into Latin, or only Latin look-alikes', () => {
    for (const raw of ['аdmin', 'Αdmin', 'Pak Вudi', 'Рак Budi', 'рор', 'АВС', 'ΤΟΥΟΤΑ']) {
      expect(cleanName(raw), raw).toEqual({ ok: false, error: 'name-confusable' });
    }
    for (const raw of ['Иван Петров', 'Ελένη', 'Daeng Nai', 'Ĉu Łódź', 'ᨕᨗᨀᨗ ᨒᨚᨈᨑ', '李小龙']) {
      expect(cleanName(raw), raw).toEqual({ ok: true, name: raw });
    }
  });

  it('folds compatibility forms in names (fullwidth, ligatures), not in chat', () => {
    expect(cleanName('Ａｄｍｉｎ')).toEqual({ ok: true, name: 'Admin' });
    expect(cleanName('ﬁfi')).toEqual({ ok: true, name: 'fifi' });
    expect(cleanChat('Ａｂ')).toEqual({ text: 'Ａｂ', filtered: false });
  });

  it('cleans multi-line text line by line, keeping at most one empty line and the cap', () => {
    expect(cleanLines('  satu \r\n\r\n\r\n\r\ndua\u2028tiga  ', 100)).toBe('satu\n\ndua\ntiga');
    expect(cleanLines('abc\ndef', 5)).toBe('abc\nd');
    expect(cleanLines(' \n \u200B\n', 100)).toBe('');
  });
});
