// "Go to": search organisations by name, abbreviation or what residents need ("ktp", "sekolah";
// shared/opdGuide.ts) and travel to the booth.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityLayout } from '../../../shared/layout.ts';
import { searchOrganisations } from '../../../shared/opdGuide.ts';
import { REGISTRY } from '../../../shared/registry.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { travelTo } from './travelTo.ts';

export function Directory({ layout }: { layout: CityLayout }) {
  const { t, i18n } = useTranslation();
  const setOpen = useUiStore((s) => s.setDirectoryOpen);
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => searchOrganisations(REGISTRY.organisations, query, i18n.language),
    [query, i18n.language],
  );

  const go = (to: string) => {
    travelTo(layout, to);
    setOpen(false);
  };

  return (
    <section className="panel directory" role="dialog" aria-modal="false" aria-label={t('directory.title')}>
      <header>
        <h2>{t('directory.title')}</h2>
        <button
          type="button"
          className="icon"
          onClick={() => setOpen(false)}
          aria-label={t('directory.close')}
        >
          ×
        </button>
      </header>
      <input
        type="search"
        value={query}
        aria-label={t('directory.search')}
        placeholder={t('directory.search')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul>
        <li>
          <button type="button" onClick={() => go('plaza')}>
            <strong>{t('directory.plaza')}</strong>
          </button>
        </li>
        {matches.map((o) => (
          <li key={o.id}>
            <button type="button" onClick={() => go(o.id)}>
              <strong>{o.abbreviation}</strong> <span>{o.name}</span>
            </button>
          </li>
        ))}
        {matches.length === 0 && <li className="muted">{t('directory.none')}</li>}
      </ul>
    </section>
  );
}
