// The rapor kinerja as a table (month or year): rank, OPD (a link to its Lite page), grade, score and
// notes (best, worst, share of simulated data, not graded), with the period and refresh time above.
// Same data and store as the 3D rapor wall and panel (client/net/raporFeed.ts).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RAPOR_PERIODS, type RaporPeriod } from '../../shared/apiTypes.ts';
import { formatClock, formatFixed, formatShare, formatShortDate } from '../../shared/format.ts';
import { loadRapor } from '../net/raporFeed.ts';
import { useRaporStore } from '../stores/useRaporStore.ts';
import { LiteLink } from './LiteLink.tsx';
import { PageHeading } from './PageHeading.tsx';

const WITA = 'Asia/Makassar';

export function RaporPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [period, setPeriod] = useState<RaporPeriod>('month');
  const rapor = useRaporStore((s) => s.rapor[period]);
  useEffect(() => void loadRapor(period), [period]);
  const title = t('rapor.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('rapor.note')}</p>
      <fieldset className="lite-periods">
        <legend>{t('lite.rapor.period')}</legend>
        {RAPOR_PERIODS.map((p) => (
          <button key={p} type="button" aria-pressed={p === period} onClick={() => setPeriod(p)}>
            {t(`rapor.periods.${p}`)}
          </button>
        ))}
      </fieldset>
      <div aria-live="polite">
        {rapor ? (
          <p className="muted">
            {t('rapor.updated', {
              from: formatShortDate(rapor.from, language),
              to: formatShortDate(Math.min(rapor.to, rapor.generatedAt) - 1, language),
              time: formatClock(rapor.generatedAt, language, WITA),
              next: formatClock(rapor.nextAt, language, WITA),
            })}
          </p>
        ) : (
          <p>{t('rapor.loading')}</p>
        )}
      </div>
      {rapor && rapor.released === false && <p>{t('rapor.notReleased')}</p>}
      {rapor && (
        <div className="lite-table-wrap">
          <table className="lite-table">
            <caption>{t('lite.rapor.caption', { period: t(`rapor.periods.${period}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lite.rapor.rank')}</th>
                <th scope="col">{t('lite.rapor.opd')}</th>
                <th scope="col">{t('lite.rapor.grade')}</th>
                <th scope="col" className="num">
                  {t('lite.rapor.score')}
                </th>
                <th scope="col">{t('lite.rapor.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {rapor.organisations.map((o) => (
                <tr key={o.id}>
                  <td>{o.rank ?? '–'}</td>
                  <th scope="row">
                    {o.hidden ? (
                      <span className="muted">{t('rapor.hiddenName')}</span>
                    ) : (
                      <LiteLink to={{ kind: 'opd', id: o.id }}>
                        {o.abbreviation}
                        <span className="sr-only"> — {o.name}</span>
                      </LiteLink>
                    )}
                  </th>
                  <td>{o.grade}</td>
                  <td className="num">{o.score === null ? '–' : formatFixed(o.score, 1, language)}</td>
                  <td>
                    {[
                      o.best ? t('rapor.best') : '',
                      o.worst ? t('rapor.worst') : '',
                      o.counted === 0 ? t('rapor.unscored') : '',
                      o.simulatedShare > 0
                        ? t('rapor.simulated', { percent: formatShare(o.simulatedShare, language) })
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rapor?.organisations.some((o) => o.counted === 0) && <p className="muted">{t('rapor.unscoredWhy')}</p>}
    </>
  );
}
