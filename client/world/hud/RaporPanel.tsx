// The rapor kinerja as a list (DOM overlay, opened from the wall on the plaza): every organisation
// ranked with grade and score, the best and the worst marked, simulated data flagged, organisations
// without a graded KPI explained; choosing one takes the visitor to its booth. Month or year, with the
// time of the hourly refresh it shows ("diperbarui 10.00 WITA"). Numbers in the visitor's language.
// Before the mayor's release the rows name nobody (ranks and grades only); once released each row
// opens why its grade is what it is (RaporExplain).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RAPOR_PERIODS, type RaporPeriod } from '../../../shared/apiTypes.ts';
import { formatClock, formatFixed, formatShare, formatShortDate } from '../../../shared/format.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { loadRapor } from '../../net/raporFeed.ts';
import { RaporExplain } from '../../rapor/RaporExplain.tsx';
import { useRaporStore } from '../../stores/useRaporStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { travelTo } from './travelTo.ts';

const WITA = 'Asia/Makassar';

export function RaporPanel({ layout }: { layout: CityLayout }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const setOpen = useUiStore((s) => s.setRaporOpen);
  const [period, setPeriod] = useState<RaporPeriod>('month');
  const rapor = useRaporStore((s) => s.rapor[period]);
  useEffect(() => void loadRapor(period), [period]);
  const go = (id: string) => {
    travelTo(layout, id);
    setOpen(false);
  };
  return (
    <section className="panel directory rapor" role="dialog" aria-modal="false" aria-label={t('rapor.title')}>
      <header>
        <h2>{t('rapor.title')}</h2>
        <button type="button" className="icon" onClick={() => setOpen(false)} aria-label={t('rapor.close')}>
          ×
        </button>
      </header>
      <div className="periods">
        {RAPOR_PERIODS.map((p) => (
          <button
            key={p}
            type="button"
            className="period"
            aria-pressed={p === period}
            onClick={() => setPeriod(p)}
          >
            {t(`rapor.periods.${p}`)}
          </button>
        ))}
      </div>
      <p className="muted small">{t('rapor.note')}</p>
      {rapor && (
        <p className="muted small rapor-updated" data-testid="rapor-updated">
          {t('rapor.updated', {
            from: formatShortDate(rapor.from, language),
            to: formatShortDate(Math.min(rapor.to, rapor.generatedAt) - 1, language),
            time: formatClock(rapor.generatedAt, language, WITA),
            next: formatClock(rapor.nextAt, language, WITA),
          })}
        </p>
      )}
      {!rapor && <p className="muted">{t('rapor.loading')}</p>}
      {rapor?.released === false && (
        <p className="rapor-unreleased" data-testid="rapor-not-released">
          {t('rapor.notReleased')}
        </p>
      )}
      {rapor?.released && rapor.releasedAt && (
        <p className="muted small" data-testid="rapor-released">
          {t('rapor.releasedOn', { date: formatShortDate(rapor.releasedAt, language) })}
        </p>
      )}
      {/* Focusable: before the release its rows are disabled, and the list must still scroll by key. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access. */}
      <ol tabIndex={0} aria-label={t('rapor.title')}>
        {rapor?.organisations.map((o) => (
          <li key={o.id} className={o.best ? 'best' : o.worst ? 'worst' : undefined}>
            <button
              type="button"
              disabled={o.hidden}
              onClick={() => go(o.id)}
              title={o.counted === 0 ? t('rapor.unscoredWhy') : undefined}
            >
              <span className="rank">{o.rank ?? '–'}</span>
              <span className={`grade grade-${o.grade === '—' ? 'none' : o.grade}`}>{o.grade}</span>
              <span className="who">
                {o.hidden ? (
                  <span className="name hidden-name">{t('rapor.hiddenName')}</span>
                ) : (
                  <strong className="name">{o.abbreviation}</strong>
                )}
                {o.best && <span className="tag best">{t('rapor.best')}</span>}
                {o.worst && <span className="tag worst">{t('rapor.worst')}</span>}
              </span>
              <span className="sim-cell">
                {o.counted === 0 && <span className="unscored">{t('rapor.unscored')}</span>}
                {o.simulatedShare > 0 && (
                  <span className="sim">
                    {t('rapor.simulated', { percent: formatShare(o.simulatedShare, language) })}
                  </span>
                )}
              </span>
              <span className="score">{o.score === null ? '–' : formatFixed(o.score, 1, language)}</span>
            </button>
            {o.kpis && (
              <details className="rapor-why">
                <summary>{t('rapor.why')}</summary>
                <RaporExplain entry={o} />
              </details>
            )}
          </li>
        ))}
      </ol>
      {rapor?.organisations.some((o) => o.counted === 0) && (
        <p className="muted small">{t('rapor.unscoredWhy')}</p>
      )}
    </section>
  );
}
