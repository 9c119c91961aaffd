// "Go to": search services ("KTP", "akta kelahiran", "izin usaha"; shared/services/serviceSearch.ts)
// and organisations by name, abbreviation or what residents need (shared/opdGuide.ts), then travel to
// the booth — a picked service opens in its booth panel. A search that finds nothing is reported
// (folded words only) so the city learns which services to add.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityLayout } from '../../../shared/layout.ts';
import { searchOrganisations } from '../../../shared/opdGuide.ts';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { searchServices } from '../../../shared/services/serviceSearch.ts';
import { visitBeacon } from '../../net/visitBeacon.ts';
import { useServicesStore } from '../../stores/useServicesStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { travelTo } from './travelTo.ts';
import './booth/services.css';

/** A query that still finds nothing after this pause counts as a search with no result. */
const MISS_AFTER_MS = 1500;

export function Directory({ layout }: { layout: CityLayout }) {
  const { t, i18n } = useTranslation();
  const setOpen = useUiStore((s) => s.setDirectoryOpen);
  const catalogue = useServicesStore((s) => s.catalogue);
  const [query, setQuery] = useState('');
  useEffect(() => useServicesStore.getState().loadCatalogue(), []);
  const matches = useMemo(
    () => searchOrganisations(REGISTRY.organisations, query, i18n.language),
    [query, i18n.language],
  );
  const services = useMemo(() => (catalogue ? searchServices(catalogue, query) : []), [catalogue, query]);
  const nothing = matches.length === 0 && services.length === 0;
  useEffect(() => {
    if (!nothing || query.trim().length < 2) return;
    const timer = setTimeout(() => visitBeacon.searchFoundNothing(query), MISS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [nothing, query]);

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
        {services.length > 0 && <li className="directory-group">{t('services.found')}</li>}
        {services.map(({ opdId, service }) => (
          <li key={`${opdId}-${service.id}`}>
            <button
              type="button"
              onClick={() => {
                useServicesStore.getState().setFocus({ opdId, serviceId: service.id });
                go(opdId);
              }}
            >
              <strong>{(i18n.language === 'en' && service.nameEn) || service.name}</strong>{' '}
              <span>{findOrganisation(REGISTRY, opdId)?.abbreviation ?? opdId}</span>
            </button>
          </li>
        ))}
        {services.length > 0 && <li className="directory-group">{t('services.organisations')}</li>}
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
        {nothing && <li className="muted">{t('directory.none')}</li>}
      </ul>
    </section>
  );
}
