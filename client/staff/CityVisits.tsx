// Visits across the city for admins (issue 12): this week against last, daily bars, the busiest
// booths and the words residents searched for without result (services to add). Read from
// GET /api/analytics/city.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import type { CityAnalytics } from '../../shared/services/analytics.ts';
import { servicesApi } from '../net/servicesApi.ts';
import type { Session } from '../net/staffApi.ts';
import { DailyBars } from './DailyBars.tsx';
import './servicesStrings.ts';
import './visitStats.css';

const DAYS = 28;

export function CityVisits({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [data, setData] = useState<CityAnalytics | null>(null);
  useEffect(() => {
    servicesApi.cityAnalytics(session.token, DAYS).then(setData, () => setData(null));
  }, [session.token]);
  if (!data) return null;
  const { current, previous } = data.week;
  const growth = data.week.growthPct;
  return (
    <section className="staff-card staff-visits" aria-labelledby="city-visits">
      <h2 id="city-visits">{t('svc.city.heading')}</h2>
      <p className="staff-eyebrow">{t('svc.city.week')}</p>
      <dl className="staff-tiles">
        {(['visitors', 'opens', 'handoffs'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`svc.stats.${key}`)}</dt>
            <dd>
              {current[key]} <small>/ {previous[key]}</small>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('svc.city.growth')}</dt>
          <dd>
            {growth === null ? <small>{t('svc.city.noBase')}</small> : `${growth > 0 ? '+' : ''}${growth} %`}
          </dd>
        </div>
      </dl>
      <DailyBars
        days={data.days.map((d) => d.day)}
        series={[
          { label: t('svc.stats.visitors'), color: '#b3121f', values: data.days.map((d) => d.visitors) },
          { label: t('svc.stats.opens'), color: '#e0a526', values: data.days.map((d) => d.opens) },
        ]}
      />
      <div className="staff-grid">
        <div>
          <h3>{t('svc.city.busiest')}</h3>
          {data.busiest.length === 0 ? (
            <p className="staff-muted">{t('svc.city.none')}</p>
          ) : (
            <table className="staff-table">
              <thead>
                <tr>
                  <th>{t('svc.city.booth')}</th>
                  <th>{t('svc.stats.opens')}</th>
                  <th>{t('svc.stats.visitors')}</th>
                  <th>{t('svc.stats.handoffs')}</th>
                </tr>
              </thead>
              <tbody>
                {data.busiest.map((b) => (
                  <tr key={b.organisationId}>
                    <td title={findOrganisation(REGISTRY, b.organisationId)?.name}>
                      {findOrganisation(REGISTRY, b.organisationId)?.abbreviation ?? b.organisationId}
                    </td>
                    <td>{b.opens}</td>
                    <td>{b.visitors}</td>
                    <td>{b.handoffs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3>{t('svc.city.misses')}</h3>
          <p className="staff-muted">{t('svc.city.missesNote')}</p>
          {data.misses.length === 0 ? (
            <p className="staff-muted">{t('svc.city.none')}</p>
          ) : (
            <ol className="staff-misses">
              {data.misses.map((m) => (
                <li key={m.query}>
                  “{m.query}” <small>× {m.count}</small>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
