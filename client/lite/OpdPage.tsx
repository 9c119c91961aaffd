// One OPD in Lite: name, category and what it does, then its sections, each reachable from the
// contents list at the top: figures (a table of the latest values, then each indicator's 30-day
// history as a chart with a data table beside it), profile and links, and its line in the rapor.
// The sections are one list (below): figures first (a keyboard user reaches them in one Tab from
// the page), then the OPD's public services (the booth panel's list, with its hand-off buttons). Figures are read again every minute (Lite joins no room outside sessions).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdDetail } from '../../shared/apiTypes.ts';
import { organisationDescription } from '../../shared/opdGuide.ts';
import { findOrganisation, type Organisation, REGISTRY } from '../../shared/registry.ts';
import { fetchOpd } from '../net/api.ts';
import { ProfileLinks } from '../world/hud/booth/ProfileLinks.tsx';
import { ServiceList } from '../world/hud/booth/ServiceList.tsx';
import { OpdFigures } from './OpdFigures.tsx';
import { OpdRapor } from './OpdRapor.tsx';
import { PageHeading } from './PageHeading.tsx';
import { usePolled } from './usePolled.ts';

const REFRESH_MS = 60_000;

type Section = { id: string; title: string; body: ReactNode };

export function OpdPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const org = findOrganisation(REGISTRY, id);
  if (!org) {
    return <PageHeading title={t('lite.opd.unknown')}>{t('lite.opd.unknown')}</PageHeading>;
  }
  return <OpdBody org={org} />;
}

function OpdBody({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation();
  const { value: detail } = usePolled<OpdDetail>((signal) => fetchOpd(org.id, signal), REFRESH_MS, org.id);
  const category = t(`categories.${org.category}`, {
    defaultValue: REGISTRY.categories[org.category] ?? org.category,
  });
  const sections: Section[] = [
    { id: 'angka', title: t('lite.opd.figuresTitle'), body: <OpdFigures org={org} detail={detail} /> },
    {
      id: 'layanan',
      title: t('services.heading'),
      body: <ServiceList opdId={org.id} services={detail?.services} titled={false} />,
    },
    {
      id: 'profil',
      title: t('lite.opd.profileTitle'),
      body: detail?.profile ? (
        <ProfileLinks profile={detail.profile} />
      ) : (
        <p className="muted">{t('lite.opd.noProfile')}</p>
      ),
    },
    { id: 'rapor-opd', title: t('lite.opd.raporTitle'), body: <OpdRapor id={org.id} /> },
  ];
  return (
    <>
      <PageHeading title={org.abbreviation}>
        {org.name} <span className="abbr">({org.abbreviation})</span>
      </PageHeading>
      <p className="muted">
        {t('booth.category')}: {category}
      </p>
      <p>{detail?.profile?.description || organisationDescription(org.id, i18n.language)}</p>
      <nav aria-label={t('lite.opd.contents')} className="lite-contents">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.id} id={s.id} tabIndex={-1} className="lite-card" aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>{s.title}</h2>
          {s.body}
        </section>
      ))}
    </>
  );
}
