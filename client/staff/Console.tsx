// The signed-in console: which organisation (fixed for staff, chosen by admins), then its profile
// or its figures. Hosts and moderators have no organisation page (their part is SessionsConsole).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdDetail, OpdSummary } from '../../shared/apiTypes.ts';
import { type Session, staffApi } from '../net/staffApi.ts';
import { FiguresForm } from './FiguresForm.tsx';
import { PendataanConsole } from './PendataanConsole.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ServicesEditor } from './ServicesEditor.tsx';
import { VisitStats } from './VisitStats.tsx';

type Tab = 'profile' | 'services' | 'figures' | 'analytics' | 'pendataan';

function useOrganisations(enabled: boolean): OpdSummary[] {
  const [list, setList] = useState<OpdSummary[]>([]);
  useEffect(() => {
    if (enabled)
      staffApi.organisations().then(
        (r) => setList(r.organisations),
        () => setList([]),
      );
  }, [enabled]);
  return list;
}

export function Console({ session }: { session: Session }) {
  const { t } = useTranslation();
  const isAdmin = session.user.role === 'admin';
  const organisations = useOrganisations(isAdmin);
  const [chosen, setChosen] = useState<string>('');
  const organisationId = isAdmin ? chosen : session.user.organisationId;
  const [detail, setDetail] = useState<OpdDetail | null>(null);
  const [tab, setTab] = useState<Tab>('profile');

  useEffect(() => {
    setDetail(null);
    if (organisationId) staffApi.organisation(organisationId).then(setDetail, () => setDetail(null));
  }, [organisationId]);

  if (!isAdmin && session.user.role !== 'staff') return null;
  if (!isAdmin && !organisationId) return <p className="staff-card">{t('noOrganisation')}</p>;

  return (
    <>
      <section className="staff-card staff-org">
        {isAdmin ? (
          <label>
            {t('organisation')}
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('chooseOrganisation')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.abbreviation} — {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="staff-eyebrow">{t('organisation')}</p>
        )}
        {detail && (
          <h2>
            {detail.name} <span className="staff-abbr">{detail.abbreviation}</span>
          </h2>
        )}
      </section>
      {detail && organisationId && (
        <>
          <div className="staff-tabs" role="tablist">
            {(['profile', 'services', 'figures', 'analytics', 'pendataan'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                onClick={() => setTab(name)}
              >
                {name === 'pendataan'
                  ? t('pd.tab')
                  : name === 'services' || name === 'analytics'
                    ? t(`svc.tabs.${name}`)
                    : t(`tabs.${name}`)}
              </button>
            ))}
          </div>
          {tab === 'pendataan' && (
            <PendataanConsole key={organisationId} token={session.token} organisationId={organisationId} />
          )}
          {tab === 'services' && (
            <ServicesEditor key={organisationId} token={session.token} organisationId={organisationId} />
          )}
          {tab === 'analytics' && (
            <VisitStats key={organisationId} token={session.token} organisationId={organisationId} />
          )}
          {tab === 'profile' ? (
            <ProfileForm key={organisationId} token={session.token} organisationId={organisationId} />
          ) : tab !== 'figures' ? null : (
            <FiguresForm key={organisationId} token={session.token} detail={detail} onSent={setDetail} />
          )}
        </>
      )}
    </>
  );
}
