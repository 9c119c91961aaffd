import { describe, expect, it } from 'vitest';
import data from './data/opd-guide.json' with { type: 'json' };
import { foldText, organisationDescription, searchOrganisations } from './opdGuide.ts';
import { REGISTRY } from './registry.ts';

const first = (query: string, language = 'id') =>
  searchOrganisations(REGISTRY.organisations, query, language)[0]?.id;
const ids = (query: string, language = 'id') =>
  searchOrganisations(REGISTRY.organisations, query, language).map((o) => o.id);

describe('searchOrganisations', () => {
  it('finds organisations by the service residents need, not only by official name', () => {
    expect(first('ktp')).toBe('disdukcapil');
    expect(first('KTP')).toBe('disdukcapil');
    expect(first('akta')).toBe('disdukcapil');
    expect(first('sekolah')).toBe('disdik');
    expect(first('izin usaha')).toBe('dpmptsp');
    expect(first('sampah')).toBe('dlh');
    expect(first('air mati')).toBe('pdam');
    expect(first('pajak')).toBe('bapenda');
  });

  it('knows English words in English, and the Indonesian ones too', () => {
    expect(first('health', 'en')).toBe('dinkes');
    expect(ids('health', 'en')).toContain('rsud-daya');
    expect(first('birth certificate', 'en')).toBe('disdukcapil');
    expect(first('school', 'en')).toBe('disdik');
    expect(first('ktp', 'en')).toBe('disdukcapil');
    expect(ids('health', 'id')).toEqual([]);
  });

  it('is case- and accent-insensitive and still finds names and abbreviations', () => {
    expect(first('KÉSEHATAN')).toBe('dinkes');
    expect(first("dottoro'ta")).toBe('dinkes');
    expect(first('Disdukcapil')).toBe('disdukcapil');
    expect(first('dp2')).toBe('dp2');
    expect(first('Mariso')).toBe('kec-mariso');
    expect(ids('Bontorannu')).toEqual(['kec-mariso']);
    expect(ids('')).toHaveLength(REGISTRY.organisations.length);
    expect(ids('qwertyuiop')).toEqual([]);
  });
});

describe('the guide data', () => {
  it('describes every organisation in both languages and gives it keywords', () => {
    const guide = data.organisations as Record<string, unknown>;
    expect(Object.keys(guide).sort()).toEqual(REGISTRY.organisations.map((o) => o.id).sort());
    for (const o of REGISTRY.organisations) {
      for (const language of ['id', 'en']) {
        const text = organisationDescription(o.id, language);
        expect(text.length, `${o.id} ${language}`).toBeGreaterThan(60);
        expect(text.length, `${o.id} ${language}`).toBeLessThan(320);
        expect(text).not.toMatch(/adalah bagian dari Pemerintah Kota Makassar/);
      }
    }
    expect(organisationDescription('disdukcapil', 'id')).toMatch(/KTP-el/);
    expect(organisationDescription('disdukcapil', 'en')).toMatch(/birth and death certificates/);
  });

  it('folds text the same way for queries and keywords', () => {
    expect(foldText("  Dottoro'ta  ")).toBe('dottorota');
    expect(foldText('KTP-el')).toBe('ktp el');
    expect(foldText('Pelayanan Terpadu Satu Pintu')).toBe('pelayanan terpadu satu pintu');
  });
});
