// Residents' open reports, newest first: who is reported (and the line, as it was reported), why, by
// whom; delete the line, act on the person, or mark the report done.
import { useTranslation } from 'react-i18next';
import type { CityReportView } from '../../shared/cityModeration.ts';
import { cityModerationApi as api } from '../net/cityModerationApi.ts';
import { CityModerationActions } from './CityModerationActions.tsx';
import type { useCityModeration } from './useCityModeration.ts';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

type Props = {
  reports: CityReportView[];
  run: ReturnType<typeof useCityModeration>['run'];
  open: string | null;
  setOpen: (key: string | null) => void;
};

export function CityModerationReports({ reports, run, open, setOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section className="staff-card" aria-labelledby="staff-mod-reports">
      <h3 id="staff-mod-reports">
        {t('cityModeration.reports')} <span className="staff-badge">{reports.length}</span>
      </h3>
      {reports.length === 0 && <p className="staff-muted">{t('cityModeration.reportsNone')}</p>}
      <ul className="staff-sessions">
        {reports.map((r) => (
          <li key={r.id} className="staff-session staff-report">
            <div className="staff-session-head">
              <span className="staff-phase">{t(`cityModeration.reasons.${r.reason}`)}</span>
              <strong>{r.target.name}</strong>
              <span className="staff-muted small">
                {t('cityModeration.reportBy', { name: r.reporterName })} · {time.format(r.at)}
              </span>
            </div>
            {r.message && (
              <blockquote className={`staff-quote${r.message.deleted ? ' deleted' : ''}`}>
                <span className="staff-quote-text">{r.message.text}</span>
                {r.message.deleted && (
                  <span className="staff-muted small"> — {t('cityModeration.deleted')}</span>
                )}
              </blockquote>
            )}
            {r.note && <p>{r.note}</p>}
            <div className="staff-actions">
              {r.message && !r.message.deleted && (
                <button
                  type="button"
                  className="staff-secondary"
                  onClick={() => {
                    const id = r.message?.id ?? 0;
                    void run(
                      (token) => api.deleteChat(token, id, t(`cityModeration.reasons.${r.reason}`)),
                      'deleted',
                    );
                  }}
                >
                  {t('cityModeration.deleteLine')}
                </button>
              )}
              <button type="button" className="staff-secondary" onClick={() => setOpen(`r${r.id}`)}>
                {t('cityModeration.act')}
              </button>
              <button
                type="button"
                className="staff-secondary"
                onClick={() => void run((token) => api.resolveReport(token, r.id), 'resolved')}
              >
                {t('cityModeration.resolve')}
              </button>
            </div>
            {open === `r${r.id}` && (
              <CityModerationActions target={r.target} run={run} onClose={() => setOpen(null)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
