// An OPD's figures, readable without sight: a table of the latest value of every indicator (target,
// last update, source, "simulasi" and "usang" marks), then each indicator's history as a chart whose
// text alternative sums it up, with the full data table one keypress away (<details>).
import { useTranslation } from 'react-i18next';
import type { LatestFigure, OpdDetail } from '../../shared/apiTypes.ts';
import { seedFigures } from '../../shared/booth.ts';
import { formatNumber } from '../../shared/format.ts';
import { kpiRules } from '../../shared/kpi.ts';
import { kpiLabel, kpiUnit } from '../../shared/kpiNames.ts';
import { STALE_AFTER_MS } from '../../shared/rapor.ts';
import type { Organisation } from '../../shared/registry.ts';
import { sourceKind } from '../world/hud/booth/KpiRow.tsx';
import { relativeTime } from '../world/hud/booth/relativeTime.ts';
import { HISTORY_DAYS } from '../world/hud/booth/useHistory.ts';
import { useNow } from '../world/hud/booth/useNow.ts';
import { KpiHistory } from './KpiHistory.tsx';

const CLOCK_MS = 30_000;
const STALE_DAYS = Math.round(STALE_AFTER_MS / 86_400_000);

/** The registry's seeds until the server answers (marked simulated, as the booth does). */
function seedLatest(org: Organisation): LatestFigure[] {
  return seedFigures(org).map((f, i) => {
    const k = org.kpis[i];
    const { direction, target } = k ? kpiRules(k) : { direction: 'neutral' as const, target: null };
    return { ...f, at: null, source: null, direction, target };
  });
}

export function OpdFigures({ org, detail }: { org: Organisation; detail: OpdDetail | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const nowMs = useNow(CLOCK_MS);
  const latest = detail?.latest ?? seedLatest(org);
  return (
    <>
      <div className="lite-table-wrap">
        <table className="lite-table" data-testid="lite-figures">
          <caption>{t('lite.opd.figuresCaption', { name: org.abbreviation })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lite.opd.kpi')}</th>
              <th scope="col" className="num">
                {t('lite.opd.value')}
              </th>
              <th scope="col">{t('lite.opd.target')}</th>
              <th scope="col">{t('lite.opd.updated')}</th>
              <th scope="col">{t('lite.opd.source')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((f) => {
              const unit = kpiUnit(f.unit, language);
              const stale = f.at !== null && nowMs - f.at > STALE_AFTER_MS;
              return (
                <tr key={f.kpi} data-kpi={f.kpi}>
                  <th scope="row">{kpiLabel(f.label, language)}</th>
                  <td className="num">
                    <strong>{formatNumber(f.value, language)}</strong> {unit}
                    {f.simulated && <span className="lite-tag">{t('booth.simulated')}</span>}
                    {stale && <span className="lite-tag">{t('booth.stale')}</span>}
                  </td>
                  <td>
                    {f.target === null ? '–' : `${formatNumber(f.target, language)} ${unit}`}
                    {f.target !== null && f.direction === 'lower' && ` (${t('booth.lowerBetter')})`}
                  </td>
                  <td>
                    {f.at === null ? t('booth.noData') : relativeTime(f.at, Math.max(nowMs, f.at), language)}
                  </td>
                  <td>{t(`booth.sources.${sourceKind(f.source)}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        {t('booth.simulatedNote', { days: STALE_DAYS })} {t('lite.opd.refreshNote')}
      </p>
      <h3>{t('lite.opd.historyTitle', { days: HISTORY_DAYS })}</h3>
      {latest.map((f) => (
        <KpiHistory key={f.kpi} id={org.id} figure={f} />
      ))}
      <p className="muted small">{t('booth.chartNote', { days: HISTORY_DAYS })}</p>
    </>
  );
}
