// What each organisation does for residents and the words they look for it by: descriptions and
// search keywords in Indonesian and English (shared/data/opd-guide.json), and the directory search
// over names, abbreviations and keywords. Pure data and functions; runs on server and client. Kept out
// of shared/registry.ts so the lobby bundle does not carry it.
import data from './data/opd-guide.json' with { type: 'json' };
import type { Organisation } from './registry.ts';

type Bilingual<T> = { id: T; en: T };
type GuideEntry = { description: Bilingual<string>; keywords: Bilingual<string[]> };

const GUIDE: Readonly<Record<string, GuideEntry>> = data.organisations;

const pick = <T>(b: Bilingual<T>, language: string): T => (language === 'en' ? b.en : b.id);

/** One or two sentences on what the organisation does, in the language; '' for an unknown id. */
export function organisationDescription(id: string, language: string): string {
  const entry = GUIDE[id];
  return entry ? pick(entry.description, language) : '';
}

/** Lower case, accents and apostrophes removed, punctuation as spaces: "Dottoro'ta" → "dottorota". */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('id')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

type Indexed = { org: Organisation; name: string; abbreviation: string; keywords: string[]; words: string[] };

const indexes = new Map<string, Map<string, Indexed>>();

/** Folded names and keywords per organisation; keywords of the language plus the Indonesian ones. */
function indexed(org: Organisation, language: string): Indexed {
  const lang = language === 'en' ? 'en' : 'id';
  let index = indexes.get(lang);
  if (!index) {
    index = new Map();
    indexes.set(lang, index);
  }
  const hit = index.get(org.id);
  if (hit && hit.org === org) return hit;
  const entry = GUIDE[org.id];
  const keywords = [
    ...new Set([...(entry?.keywords.id ?? []), ...(lang === 'en' ? (entry?.keywords.en ?? []) : [])]),
  ].map(foldText);
  const made = {
    org,
    name: foldText(org.name),
    abbreviation: foldText(org.abbreviation),
    keywords,
    words: keywords.flatMap((k) => k.split(' ')),
  };
  index.set(org.id, made);
  return made;
}

/**
 * How well one query word matches (lower is better), or null when it does not: the abbreviation
 * exactly (0); a name or abbreviation word starting with it (2); a keyword word starting with it (3);
 * inside the name or abbreviation (4).
 */
function wordRank(o: Indexed, word: string): number | null {
  if (o.abbreviation === word) return 0;
  const nameWords = `${o.name} ${o.abbreviation}`.split(' ');
  if (nameWords.some((w) => w.startsWith(word))) return 2;
  if (o.words.some((w) => w.startsWith(word))) return 3;
  if (o.name.includes(word) || o.abbreviation.includes(word) || o.org.id.includes(word)) return 4;
  return null;
}

/**
 * The directory search (runs on the client): organisations matching every word of `query` in their
 * name, abbreviation or keywords (keywords of `language` and the Indonesian ones, so "ktp" works in
 * English too), case- and accent-insensitive. Best first: the query as a whole being an abbreviation
 * or a keyword beats word matches; ties keep registry order. An empty query lists every organisation.
 */
export function searchOrganisations(
  organisations: readonly Organisation[],
  query: string,
  language: string,
): Organisation[] {
  const q = foldText(query);
  if (!q) return [...organisations];
  const words = q.split(' ');
  const ranked: Array<{ org: Organisation; rank: number; order: number }> = [];
  organisations.forEach((org, order) => {
    const o = indexed(org, language);
    const whole = o.abbreviation === q ? 0 : o.keywords.includes(q) ? 1 : null;
    let rank = whole ?? 0;
    if (whole === null) {
      for (const w of words) {
        const r = wordRank(o, w);
        if (r === null) return;
        rank = Math.max(rank, r);
      }
    }
    ranked.push({ org, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.org);
}
