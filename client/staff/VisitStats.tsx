// The organisation's own visit figures in the staff console (issue 12): totals for the period, daily
// bars (visitors, panel opens, hand-offs), and its public sessions with their attendance curve,
// questions and votes. Read from GET /api/analytics/opds/:id (own organisation or admin).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdAnalytics } from '../../shared/services/analytics.ts';
import { servicesApi } from '../net/servicesApi.ts';
import { Curve, DailyBars } from './DailyBars.tsx';
import './servicesStrings.ts';
import './visitStats.css';

const DAYS = 28;

export function VisitStats({ token, organisationId }: { token: string; organisationId: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<OpdAnalytics | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    servicesApi.opdAnalytics(token, organisationId, DAYS).then(setData, () => setFailed(true));
  }, [token, organisationId]);
  if (failed) return <p className="staff-card staff-error">{t('svc.stats.failed')}</p>;
  if (!data) return null;
  const { totals } = data;
  const avgS = totals.opens > 0 ? Math.round(totals.dwellS / totals.opens) : 0;
  const tiles = [
    { key: 'visitors', value: String(totals.visitors) },
    { key: 'opens', value: String(totals.opens) },
    { key: 'time', value: t('svc.stats.seconds', { n: avgS }) },
    { key: 'handoffs', value: String(totals.handoffs) },
    { key: 'questions', value: String(totals.questions) },
  ];
  const days = data.days.map((d) => d.day);
  return (
    <section className="staff-card staff-visits" aria-label={t('svc.tabs.analytics')}>
      <p className="staff-muted">{t('svc.stats.intro')}</p>
      <p className="staff-eyebrow">{t('svc.stats.period', { days: DAYS })}</p>
      <dl className="staff-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} data-stat={tile.key}>
            <dt>{t(`svc.stats.${tile.key}`)}</dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('svc.stats.perDay')}</h3>
      <DailyBars
        days={days}
        series={[
          { label: t('svc.stats.visitors'), color: '#b3121f', values: data.days.map((d) => d.visitors) },
          { label: t('svc.stats.opens'), color: '#e0a526', values: data.days.map((d) => d.opens) },
          { label: t('svc.stats.handoffs'), color: '#2f7d4f', values: data.days.map((d) => d.handoffs) },
        ]}
      />
      <h3>{t('svc.stats.sessions')}</h3>
      {data.sessions.length === 0 ? (
        <p className="staff-muted">{t('svc.stats.noSessions')}</p>
      ) : (
        <table className="staff-table">
          <thead>
            <tr>
              <th>{t('svc.stats.session')}</th>
              <th>{t('svc.stats.peak')}</th>
              <th>{t('svc.stats.questions')}</th>
              <th>{t('svc.stats.votes')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((s) => (
              <tr key={s.id}>
                <td>{s.title}</td>
                <td>{s.peak}</td>
                <td>{s.questions}</td>
                <td>{s.votes}</td>
                <td>
                  <Curve samples={s.attendance} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
