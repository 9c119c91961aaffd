// The staff console's Pendataan tab for one OPD: forms, campaigns, the RT/RW roster, the review queue
// and progress. Registers its strings (pendataanStrings.ts) under `pd` when first imported.
import i18next from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pendataanStaffApi, type StaffCampaign, type StaffForm } from '../net/pendataanStaffApi.ts';
import { PendataanCampaigns } from './PendataanCampaigns.tsx';
import { PendataanForms } from './PendataanForms.tsx';
import { PendataanProgress } from './PendataanProgress.tsx';
import { PendataanReview } from './PendataanReview.tsx';
import { PendataanRoster } from './PendataanRoster.tsx';
import { pdEn, pdId } from './pendataanStrings.ts';
import './pendataan.css';

// This module loads before main.tsx initialises i18next: add the strings once it has.
const addStrings = () => {
  i18next.addResourceBundle('id', 'translation', { pd: pdId }, true, false);
  i18next.addResourceBundle('en', 'translation', { pd: pdEn }, true, false);
};
if (i18next.isInitialized) addStrings();
else i18next.on('initialized', addStrings);

const SECTIONS = ['progress', 'review', 'forms', 'campaigns', 'roster'] as const;
type Section = (typeof SECTIONS)[number];

export function PendataanConsole({ token, organisationId }: { token: string; organisationId: string }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('progress');
  const [forms, setForms] = useState<StaffForm[]>([]);
  const [campaigns, setCampaigns] = useState<StaffCampaign[]>([]);
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const load = useCallback(() => {
    pendataanStaffApi.forms(token, organisationId).then(
      (r) => setForms(r.forms),
      () => setForms([]),
    );
    pendataanStaffApi.campaigns(token, organisationId).then(
      (r) => {
        setCampaigns(r.campaigns);
        setCampaignId((id) => id ?? r.campaigns[0]?.id ?? null);
      },
      () => setCampaigns([]),
    );
  }, [token, organisationId]);
  useEffect(load, [load]);
  const needsCampaign = section === 'progress' || section === 'review';
  return (
    <>
      <div className="staff-tabs pd-sections" role="tablist">
        {SECTIONS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={section === name}
            onClick={() => setSection(name)}
          >
            {t(`pd.sections.${name}`)}
          </button>
        ))}
      </div>
      {needsCampaign && campaigns.length > 0 && (
        <label className="pd-campaign">
          {t('pd.campaigns.choose')}
          <select value={campaignId ?? ''} onChange={(e) => setCampaignId(Number(e.target.value))}>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {needsCampaign && campaignId === null && <p className="staff-card">{t('pd.campaigns.none')}</p>}
      {section === 'progress' && campaignId !== null && (
        <PendataanProgress token={token} organisationId={organisationId} campaignId={campaignId} />
      )}
      {section === 'review' && campaignId !== null && (
        <PendataanReview token={token} organisationId={organisationId} campaignId={campaignId} />
      )}
      {section === 'forms' && (
        <PendataanForms token={token} organisationId={organisationId} forms={forms} onChange={load} />
      )}
      {section === 'campaigns' && (
        <PendataanCampaigns
          token={token}
          organisationId={organisationId}
          forms={forms}
          campaigns={campaigns}
          onChange={load}
        />
      )}
      {section === 'roster' && <PendataanRoster token={token} />}
    </>
  );
}
