// filterProfanity: the chat word filter (Indonesian, Makassarese and English), its evasions and false friends.
import { describe, expect, it } from 'vitest';
import { filterProfanity } from './text.ts';

describe('filterProfanity', () => {
  const stars = (s: string) => filterProfanity(s).text;

  it.each(['anjing', 'bangsat', 'kontol', 'goblok', 'tolol', 'kampret', 'sundala', 'tailaso', 'telaso'])(
    'replaces Indonesian/Makassar %s with asterisks of the same length',
    (word) => {
      expect(filterProfanity(word)).toEqual({ text: '*'.repeat(word.length), filtered: true });
    },
  );

  it.each(['fuck', 'shit', 'bitch', 'asshole', 'motherfucker', 'cunt'])('replaces English %s', (word) => {
    expect(filterProfanity(word)).toEqual({ text: '*'.repeat(word.length), filtered: true });
  });

  it('matches any case', () => {
    expect(stars('ANJING')).toBe('******');
    expect(stars('Bangsat')).toBe('*******');
    expect(stars('fUcK')).toBe('****');
  });

  it('matches repeated letters', () => {
    expect(stars('anjiiing')).toBe('********');
    expect(stars('Anjjjiiinnnggg')).toBe('**************');
    expect(stars('bangsaaat')).toBe('*********');
    expect(stars('shiiiit')).toBe('*******');
  });

  it('matches digits and symbols standing in for letters', () => {
    expect(stars('B4NGSAT')).toBe('*******');
    expect(stars('4nj1ng')).toBe('******');
    expect(stars('J4NC0K')).toBe('******');
    expect(stars('sh1t')).toBe('****');
    expect(stars('$hit')).toBe('****');
    expect(stars('a$$hole')).toBe('*******');
    expect(stars('b@ngs4tttt')).toBe('**********');
    expect(stars('k0nt0l!')).toBe('******!');
  });

  it('keeps the punctuation around a word, including a trailing "!"', () => {
    expect(stars('anjing!')).toBe('******!');
    expect(stars('Dasar BANGSAT!!!')).toBe('Dasar *******!!!');
    expect(stars('fuck!?')).toBe('****!?');
    expect(stars('(goblok), tolol.')).toBe('(******), *****.');
    expect(stars('"kampret"')).toBe('"*******"');
  });

  it('replaces only the profane words of a sentence', () => {
    expect(filterProfanity('Halo anjing, apa kabar?')).toEqual({
      text: 'Halo ******, apa kabar?',
      filtered: true,
    });
    expect(stars('kontol-kontol')).toBe('******-******');
  });

  it.each([
    'basuki',
    'Basuki Rahmat',
    'asuransi',
    'anak asuh',
    'kasur',
    'pasukan',
    'bajing',
    'bangsa',
    'bangsawan',
    'memekik',
    'perekonomian',
    'perekat',
    'pelacuran',
    'tailor',
    'Sundalanda',
    'setanggi',
    'begonia',
    'babinsa',
    'tolong',
    'assalamualaikum',
    'Hassan',
    'assess',
    'class',
    'Cassandra',
    'Dickinson',
    'cocktail',
    'Scunthorpe',
    'shiitake',
    'cunning',
    'Sussex',
  ])('leaves the innocent word %s alone', (word) => {
    expect(filterProfanity(word)).toEqual({ text: word, filtered: false });
  });

  it('leaves clean text and markup unchanged and unflagged', () => {
    expect(filterProfanity('Selamat datang di Balai Kota!')).toEqual({
      text: 'Selamat datang di Balai Kota!',
      filtered: false,
    });
    expect(filterProfanity('<script>alert(1)</script>').filtered).toBe(false);
    expect(filterProfanity('')).toEqual({ text: '', filtered: false });
  });

  it('counts asterisks in code points', () => {
    expect(stars('😀 anjing 😀')).toBe('😀 ****** 😀');
  });
});
