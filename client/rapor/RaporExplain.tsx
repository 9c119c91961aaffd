// Why an organisation has its grade: per KPI the period value, target, direction, achievement,
// weight, freshness and whether the data is collected or simulated; the mayor's note; and its
// Makaverse readiness, shown apart with what to do next. Used by the world's rapor panel (released
// rapor) and the staff console's rapor desk. Client only.
import { useTranslation } from 'react-i18next';
import type { RaporEntry } from '../../shared/apiTypes.ts';
import { formatFixed, formatShare, formatShortDate } from '../../shared/format.ts';
import { registerRaporStrings } from './raporStrings.ts';
import './raporExplain.css';

registerRaporStrings();

export function RaporExplain({ entry }: { entry: RaporEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const num = (v: number | null, digits = 1) => (v === null ? '–' : formatFixed(v, digits, lang));
  return (
    <div className="rapor-explain" data-testid={`rapor-explain-${entry.id}`}>
      {entry.note && (
        <p className="rapor-note">
          <strong>{t('raporx.note')}:</strong> {entry.note}
        </p>
      )}
      {entry.simulatedOnly && <p className="rapor-cap">{t('raporx.simulatedOnly')}</p>}
      <div className="rapor-table-wrap">
        <table className="rapor-kpis">
          <thead>
            <tr>
              <th>{t('raporx.kpi')}</th>
              <th>{t('raporx.value')}</th>
              <th>{t('raporx.target')}</th>
              <th>{t('raporx.achievement')}</th>
              <th>{t('raporx.weight')}</th>
              <th>{t('raporx.freshness')}</th>
              <th>{t('raporx.data')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.kpis?.map((k) => (
              <tr key={k.id} className={k.graded ? undefined : 'not-graded'}>
                <th scope="row">
                  {k.label}
                  <span className="unit"> ({k.unit})</span>
                  <span className="direction">
                    {t(`raporx.direction.${k.graded ? k.direction : 'neutral'}`)}
                  </span>
                </th>
                <td>{num(k.value)}</td>
                <td>{k.graded ? num(k.target) : t('raporx.notGraded')}</td>
                <td>{k.achievement === null ? '–' : formatShare(k.achievement, lang)}</td>
                <td>{k.weight}</td>
                <td>{k.freshness === null ? '–' : formatShare(k.freshness, lang)}</td>
                <td className={`data-${k.data}`}>
                  {t(`raporx.dataKind.${k.data}`)}
                  {k.lastAt !== null && (
                    <span className="last">
                      {' '}
                      · {t('raporx.lastAt', { date: formatShortDate(k.lastAt, lang) })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entry.readiness && (
        <section className="rapor-readiness" aria-label={t('raporx.readinessNote')}>
          <h4>
            {t('raporx.readinessTitle', {
              score: entry.readiness.score,
              level: t(`raporx.levels.${entry.readiness.level}`),
            })}
          </h4>
          <p className="muted small">{t('raporx.readinessNote')}</p>
          <ul>
            {entry.readiness.parts.map((p) => (
              <li key={p.part} className={p.applies ? undefined : 'not-applicable'}>
                <span className="part">{t(`raporx.parts.${p.part}`)}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(p.share * 100)}%` }} />
                </span>
                <span className="share">
                  {p.applies ? formatShare(p.share, lang) : t('raporx.notApplicable')}
                </span>
                {!p.available && <span className="pending">{t('raporx.servicesPending')}</span>}
                {p.applies && p.share < 1 && <span className="todo">{t(`raporx.todo.${p.part}`)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
