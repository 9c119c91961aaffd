// The directory's service search (issue 12): services matching every word of a query in their name
// (Indonesian or English) or search keywords, case- and accent-insensitive (foldText), so "KTP",
// "akta kelahiran" and "birth certificate" reach Disdukcapil's service in either language. Pure; runs
// on the client (and in tests).
import { foldText } from '../opdGuide.ts';
import type { ServiceInput } from './service.ts';

/** One service in the city catalogue, with the organisation offering it. */
export type ServiceEntry = {
  opdId: string;
  service: Pick<ServiceInput, 'name' | 'nameEn' | 'keywords'>;
};

/** At most this many services are listed for a query. */
export const MAX_SERVICE_RESULTS = 8;

type Folded = { phrases: string[]; names: string[]; words: string[]; nameWords: string[] };

const folded = new WeakMap<object, Folded>();

function fold(entry: ServiceEntry): Folded {
  const hit = folded.get(entry.service);
  if (hit) return hit;
  const names = [entry.service.name, entry.service.nameEn].filter(Boolean).map(foldText);
  const phrases = entry.service.keywords.map(foldText);
  const made = {
    phrases,
    names,
    nameWords: names.flatMap((n) => n.split(' ')),
    words: phrases.flatMap((k) => k.split(' ')),
  };
  folded.set(entry.service, made);
  return made;
}

/**
 * Best first: the whole query equal to a keyword or a name and every word starting a name word (0:
 * "ktp" finds Disdukcapil's "KTP-el" before a kecamatan's cover letter keyed "ktp"), the whole query
 * equal to a keyword or a name (1), every word starting a name word (2), every word starting a name or
 * keyword word (3); ties keep catalogue order. An empty query finds nothing (the directory then lists
 * organisations only).
 */
export function searchServices<T extends ServiceEntry>(entries: readonly T[], query: string): T[] {
  const q = foldText(query);
  if (!q) return [];
  const words = q.split(' ');
  const ranked: Array<{ entry: T; rank: number; order: number }> = [];
  entries.forEach((entry, order) => {
    const f = fold(entry);
    const exact = f.phrases.includes(q) || f.names.includes(q);
    const inName = words.every((w) => f.nameWords.some((n) => n.startsWith(w)));
    let rank: number | null = null;
    if (exact) rank = inName ? 0 : 1;
    else if (inName) rank = 2;
    else if (
      words.every((w) => f.nameWords.some((n) => n.startsWith(w)) || f.words.some((k) => k.startsWith(w)))
    )
      rank = 3;
    if (rank !== null) ranked.push({ entry, rank, order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_SERVICE_RESULTS)
    .map((r) => r.entry);
}
