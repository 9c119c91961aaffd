// One indicator's 30-day history (client only): the booth's chart (an SVG image whose text
// alternative gives the range, lowest, highest and latest daily mean) and, in a <details>, the same
// numbers as a table of days. Fetched again when a newer latest value arrives (useHistory).
import { useTranslation } from 'react-i18next';
import type { LatestFigure } from '../../shared/apiTypes.ts';
import { formatNumber, formatShortDate } from '../../shared/format.ts';
import { kpiLabel, kpiUnit } from '../../shared/kpiNames.ts';
import { Sparkline } from '../world/hud/booth/Sparkline.tsx';
import { useHistory } from '../world/hud/booth/useHistory.ts';

export function KpiHistory({ id, figure }: { id: string; figure: LatestFigure }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const history = useHistory(id, figure.kpi, figure.at ?? 0);
  const label = kpiLabel(figure.label, language);
  const unit = kpiUnit(figure.unit, language);
  const buckets = history?.buckets ?? [];
  const last = buckets.at(-1);
  const n = (v: number) => `${formatNumber(v, language)} ${unit}`;
  return (
    <div className="lite-history" data-kpi={figure.kpi}>
      <h4>{label}</h4>
      {!history || !last ? (
        <p className="muted">{t('lite.opd.noHistory')}</p>
      ) : (
        <>
          <Sparkline
            buckets={buckets}
            fromMs={history.fromMs}
            toMs={history.toMs}
            bucketMs={history.bucketMs}
            target={figure.target}
            label={`${t('booth.history', { label })} (${t('lite.opd.chartSummary', {
              min: n(Math.min(...buckets.map((b) => b.min))),
              max: n(Math.max(...buckets.map((b) => b.max))),
              last: n(last.mean),
            })})`}
            language={language}
            large
          />
          <details>
            <summary>{t('lite.opd.historyTable', { label })}</summary>
            <div className="lite-table-wrap">
              <table className="lite-table">
                <caption className="sr-only">{t('booth.history', { label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('lite.opd.day')}</th>
                    <th scope="col" className="num">
                      {t('lite.opd.mean')}
                    </th>
                    <th scope="col" className="num">
                      {t('lite.opd.min')}
                    </th>
                    <th scope="col" className="num">
                      {t('lite.opd.max')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {buckets.map((b) => (
                    <tr key={b.at}>
                      <th scope="row">{formatShortDate(b.at, language)}</th>
                      <td className="num">{formatNumber(b.mean, language)}</td>
                      <td className="num">{formatNumber(b.min, language)}</td>
                      <td className="num">{formatNumber(b.max, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </div>
  );
}
