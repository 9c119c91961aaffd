// Lite's home page: search the OPDs the way the 3D directory does (names, abbreviations and what
// residents look for: "ktp", "sekolah"; shared/opdGuide.ts), the visitors in the city now, the public
// sessions live now and next, and every OPD by category. Enter in the search opens the best match.
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchOrganisations } from '../../shared/opdGuide.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { fetchVisitorCount } from '../net/liteApi.ts';
import { useSessions } from '../stores/useSessionsStore.ts';
import { LiteLink } from './LiteLink.tsx';
import { PageHeading } from './PageHeading.tsx';
import { SessionItem } from './SessionItem.tsx';
import { sessionsNowAndNext } from './sessionsNowNext.ts';
import { useLiteRoute } from './useLiteRoute.ts';
import { usePolled } from './usePolled.ts';

const VISITORS_EVERY_MS = 30_000;
/** Search results listed at most (the rest: refine the words). */
const RESULTS_SHOWN = 12;

/** Focus the search on arrival with a keyboard, never on touch screens (no keyboard popping up). */
const keyboardFirst = () => window.matchMedia('(pointer: fine)').matches;

export function HomePage({ fallback }: { fallback: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('lite.brand')}>{t('lite.brand')}</PageHeading>
      <p className="lite-lead">{t('lite.tagline')}</p>
      {fallback && (
        <p className="lite-note" role="status">
          {t('lite.fallback')}
        </p>
      )}
      <Search />
      <Visitors />
      <Sessions />
      <Categories />
    </>
  );
}

function Search() {
  const { t, i18n } = useTranslation();
  const navigate = useLiteRoute((s) => s.navigate);
  const [query, setQuery] = useState('');
  const [autoFocus] = useState(keyboardFirst);
  const matches = useMemo(
    () => (query.trim() ? searchOrganisations(REGISTRY.organisations, query, i18n.language) : []),
    [query, i18n.language],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const best = matches[0];
    if (best) navigate({ kind: 'opd', id: best.id });
  };
  return (
    <search className="lite-card" aria-labelledby="lite-search-label">
      <form onSubmit={submit} className="lite-search">
        <label id="lite-search-label" htmlFor="lite-search">
          {t('lite.home.searchLabel')}
        </label>
        <div className="lite-row">
          <input
            id="lite-search"
            type="search"
            value={query}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the page's one task; only with a keyboard (keyboardFirst)
            autoFocus={autoFocus}
            aria-describedby="lite-search-count"
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit">{t('lite.home.searchButton')}</button>
        </div>
      </form>
      <p id="lite-search-count" className="muted" role="status">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? t('lite.home.noResults')
            : t('lite.home.results', { count: matches.length })}
      </p>
      {matches.length > 0 && (
        <ul className="lite-results">
          {matches.slice(0, RESULTS_SHOWN).map((o) => (
            <li key={o.id}>
              <LiteLink to={{ kind: 'opd', id: o.id }}>
                <strong>{o.abbreviation}</strong> — {o.name}
              </LiteLink>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}

function Visitors() {
  const { t } = useTranslation();
  const { value } = usePolled(fetchVisitorCount, VISITORS_EVERY_MS, 'visitors');
  return (
    <section className="lite-card" aria-labelledby="lite-visitors-title">
      <h2 id="lite-visitors-title">{t('lite.home.visitorsTitle')}</h2>
      <p aria-live="polite" data-testid="lite-visitors">
        {value === null ? t('lite.home.visitorsUnknown') : t('lite.home.visitors', { count: value })}
      </p>
    </section>
  );
}

function Sessions() {
  const { t } = useTranslation();
  const { now, next } = sessionsNowAndNext(useSessions().sessions ?? []);
  return (
    <section className="lite-card" aria-labelledby="lite-sessions-title">
      <h2 id="lite-sessions-title">{t('lite.home.sessionsTitle')}</h2>
      <div aria-live="polite">
        <h3>{t('lite.home.now')}</h3>
        {now.length === 0 ? (
          <p className="muted">{t('lite.home.noneNow')}</p>
        ) : (
          <ul className="lite-list">
            {now.map((s) => (
              <SessionItem key={s.id} session={s} />
            ))}
          </ul>
        )}
        <h3>{t('lite.home.next')}</h3>
        {next.length === 0 ? (
          <p className="muted">{t('lite.home.noneNext')}</p>
        ) : (
          <ul className="lite-list">
            {next.map((s) => (
              <SessionItem key={s.id} session={s} />
            ))}
          </ul>
        )}
      </div>
      <p>
        <LiteLink to={{ kind: 'sessions' }}>{t('lite.home.allSessions')}</LiteLink>
      </p>
    </section>
  );
}

function Categories() {
  const { t } = useTranslation();
  const groups = Object.keys(REGISTRY.categories).map((category) => ({
    category,
    organisations: REGISTRY.organisations.filter((o) => o.category === category),
  }));
  return (
    <section className="lite-card" aria-labelledby="lite-categories-title">
      <h2 id="lite-categories-title">{t('lite.home.categoriesTitle')}</h2>
      <p>
        <LiteLink to={{ kind: 'rapor' }}>{t('lite.home.raporLink')}</LiteLink>
      </p>
      {groups.map(({ category, organisations }) => (
        <details key={category} className="lite-category">
          <summary>
            {t(`categories.${category}`, { defaultValue: REGISTRY.categories[category] ?? category })}{' '}
            <span className="muted">({t('lite.home.categoryCount', { count: organisations.length })})</span>
          </summary>
          <ul className="lite-list">
            {organisations.map((o) => (
              <li key={o.id}>
                <LiteLink to={{ kind: 'opd', id: o.id }}>
                  <strong>{o.abbreviation}</strong> — {o.name}
                </LiteLink>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
