// One KPI in the booth panel (client only): latest value (live from useBoothStore when it changes,
// else from the detail fetch), unit, target, last update, source, "simulasi" and stale badges, and
// the history sparkline (always at the right of the value row); clicking it opens the larger chart.
// Label, unit and numbers follow the visitor's language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatestFigure } from '../../../../shared/apiTypes.ts';
import { formatNumber } from '../../../../shared/format.ts';
import { kpiLabel, kpiUnit } from '../../../../shared/kpiNames.ts';
import { STALE_AFTER_MS } from '../../../../shared/rapor.ts';
import { useBoothStore } from '../../../stores/useBoothStore.ts';
import { relativeTime } from './relativeTime.ts';
import { Sparkline } from './Sparkline.tsx';
import { HISTORY_DAYS, useHistory } from './useHistory.ts';

/** 'push:<key id>' → 'push', 'connector:<id>' → 'connector', …; null (seed) → 'seed'. */
export function sourceKind(source: string | null): string {
  if (source === null) return 'seed';
  const kind = source.split(':')[0] ?? '';
  return ['push', 'connector', 'staff', 'simulator'].includes(kind) ? kind : 'other';
}

export function KpiRow({ id, figure, nowMs }: { id: string; figure: LatestFigure; nowMs: number }) {
  const { t, i18n } = useTranslation();
  const live = useBoothStore((s) => s.live[id]?.[figure.kpi]);
  const [open, setOpen] = useState(false);
  const shown =
    live && (figure.at === null || live.at >= figure.at)
      ? { value: live.value, at: live.at, simulated: live.simulated, source: live.source }
      : figure;
  const history = useHistory(id, figure.kpi, shown.at ?? 0);
  const stale = shown.at !== null && nowMs - shown.at > STALE_AFTER_MS;
  const buckets = history?.buckets ?? [];
  const language = i18n.language;
  const label = kpiLabel(figure.label, language);
  const unit = kpiUnit(figure.unit, language);
  const chartLabel = t('booth.history', { label });
  return (
    <div className="kpi" data-kpi={figure.kpi}>
      <dt>{label}</dt>
      <dd className="kpi-main">
        <span className="kpi-value">
          <strong data-testid={`value-${figure.kpi}`}>{formatNumber(shown.value, language)}</strong> {unit}
          {shown.simulated && <span className="sim">{t('booth.simulated')}</span>}
          {stale && <span className="stale">{t('booth.stale')}</span>}
        </span>
        {buckets.length > 0 && history && (
          <button
            type="button"
            className="spark"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            title={t(open ? 'booth.chartClose' : 'booth.chartOpen')}
          >
            <Sparkline
              buckets={buckets}
              fromMs={history.fromMs}
              toMs={history.toMs}
              bucketMs={history.bucketMs}
              target={figure.target}
              label={chartLabel}
              language={language}
            />
          </button>
        )}
      </dd>
      <dd className="kpi-meta">
        {figure.target !== null && (
          <span>
            {t('booth.target')}: {formatNumber(figure.target, language)} {unit}
            {figure.direction === 'lower' ? ` (${t('booth.lowerBetter')})` : ''}
          </span>
        )}
        <span>
          {shown.at === null
            ? t('booth.noData')
            : relativeTime(shown.at, Math.max(nowMs, shown.at), i18n.language)}
        </span>
        <span>
          {t('booth.source')}: {t(`booth.sources.${sourceKind(shown.source)}`)}
        </span>
      </dd>
      {open && history && (
        <dd className="kpi-chart">
          <Sparkline
            buckets={buckets}
            fromMs={history.fromMs}
            toMs={history.toMs}
            bucketMs={history.bucketMs}
            target={figure.target}
            label={chartLabel}
            language={language}
            large
          />
          <p className="muted small">
            {t('booth.chartNote', { days: HISTORY_DAYS })}
            {shown.simulated && ` ${t('booth.chartSimulated')}`}
          </p>
        </dd>
      )}
    </div>
  );
}
