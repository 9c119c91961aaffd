// The booth panel (DOM overlay): full name, category, description (the staff-edited profile's when
// set, else the first-run text of shared/data/opd-guide.json in the visitor's language) and profile
// (contact and social links), every KPI with its latest value, target, last update, source, badges
// and history chart; once the month's rapor is released, its grade and why (BoothRapor). Its public
// services come first (booth/ServiceList.tsx, issue 12).
// Fetched once on open (client/net/api.ts); live values update it through useBoothStore.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationDescription } from '../../../shared/opdGuide.ts';
import { STALE_AFTER_MS } from '../../../shared/rapor.ts';
import { findOrganisation, type Organisation, REGISTRY } from '../../../shared/registry.ts';
import { ShareLink } from '../../kiosk/ShareLink.tsx';
import { useUiStore } from '../../stores/useUiStore.ts';
import { CATEGORY_COLORS, FALLBACK_COLOR } from '../scene/palette.ts';
import { BoothRapor } from './booth/BoothRapor.tsx';
import { KpiRow } from './booth/KpiRow.tsx';
import { ProfileLinks } from './booth/ProfileLinks.tsx';
import { ServiceList } from './booth/ServiceList.tsx';
import { useBoothVisit } from './booth/useBoothVisit.ts';
import { useNow } from './booth/useNow.ts';
import { useOpdDetail } from './booth/useOpdDetail.ts';

/** How often "… ago" labels are refreshed. */
const CLOCK_MS = 30_000;
const STALE_DAYS = Math.round(STALE_AFTER_MS / 86_400_000);

export function BoothPanel({ id }: { id: string }) {
  const org = findOrganisation(REGISTRY, id);
  return org ? <BoothPanelBody org={org} /> : null;
}

function BoothPanelBody({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation();
  const close = useUiStore((s) => s.closeBoothPanel);
  const closeButton = useRef<HTMLButtonElement>(null);
  const { detail, latest } = useOpdDetail(org);
  const nowMs = useNow(CLOCK_MS);
  useBoothVisit(org.id);
  // Focus moves into the panel when it opens (keyboard and screen-reader users land on it).
  useEffect(() => closeButton.current?.focus(), []);
  const category = t(`categories.${org.category}`, {
    defaultValue: REGISTRY.categories[org.category] ?? org.category,
  });
  return (
    <section
      className="panel booth-panel"
      role="dialog"
      aria-labelledby="booth-title"
      style={{ borderTopColor: CATEGORY_COLORS[org.category] ?? FALLBACK_COLOR }}
    >
      <header>
        <div>
          <p className="eyebrow">
            {t('booth.category')}: {category}
          </p>
          <h2 id="booth-title">
            {org.name} <span className="abbr">({org.abbreviation})</span>
          </h2>
        </div>
        <button
          type="button"
          className="icon"
          onClick={close}
          aria-label={t('booth.close')}
          ref={closeButton}
        >
          ×
        </button>
      </header>
      <ServiceList opdId={org.id} services={detail?.services} />
      <p>{detail?.profile?.description || organisationDescription(org.id, i18n.language)}</p>
      {detail?.profile && <ProfileLinks profile={detail.profile} />}
      <BoothRapor id={org.id} />
      <h3>{t('booth.figures')}</h3>
      <dl className="figures">
        {latest.map((f) => (
          <KpiRow key={f.kpi} id={org.id} figure={f} nowMs={nowMs} />
        ))}
      </dl>
      <p className="muted small">{t('booth.simulatedNote', { days: STALE_DAYS })}</p>
      <ShareLink target={{ kind: 'booth', id: org.id }} />
    </section>
  );
}
