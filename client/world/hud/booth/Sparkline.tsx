// A KPI's history as an inline SVG (client only): the mean of each bucket as a line; the large
// variant adds the min–max band, the target line and the range labels. No chart library.
import type { HistoryBucket } from '../../../../shared/apiTypes.ts';
import { formatFigure } from '../../../../shared/booth.ts';

type SparklineProps = {
  buckets: readonly HistoryBucket[];
  fromMs: number;
  toMs: number;
  target: number | null;
  large?: boolean;
  label: string;
};

export function Sparkline({ buckets, fromMs, toMs, target, large = false, label }: SparklineProps) {
  const w = large ? 360 : 120;
  const h = large ? 140 : 32;
  const pad = large ? 6 : 2;
  const values = buckets.flatMap((b) => (large ? [b.min, b.max] : [b.mean]));
  if (large && target !== null) values.push(target);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const x = (at: number) => pad + ((at - fromMs) / (toMs - fromMs)) * (w - 2 * pad);
  const y = (v: number) => h - pad - ((v - (hi === lo ? lo - span / 2 : lo)) / span) * (h - 2 * pad);
  const line = buckets.map((b) => `${x(b.at).toFixed(1)},${y(b.mean).toFixed(1)}`).join(' ');
  const band = [
    ...buckets.map((b) => `${x(b.at).toFixed(1)},${y(b.max).toFixed(1)}`),
    ...[...buckets].reverse().map((b) => `${x(b.at).toFixed(1)},${y(b.min).toFixed(1)}`),
  ].join(' ');
  const last = buckets[buckets.length - 1];
  return (
    <svg
      className={large ? 'chart large' : 'chart'}
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={label}
    >
      {large && buckets.length > 1 && <polygon points={band} className="band" />}
      {large && target !== null && (
        <line x1={pad} x2={w - pad} y1={y(target)} y2={y(target)} className="target" />
      )}
      {buckets.length > 1 && <polyline points={line} className="line" />}
      {last && <circle cx={x(last.at)} cy={y(last.mean)} r={large ? 3.5 : 2.5} className="dot" />}
      {large && (
        <>
          <text x={pad} y={12} className="tick">
            {formatFigure(hi)}
          </text>
          <text x={pad} y={h - 2 * pad} className="tick">
            {formatFigure(lo)}
          </text>
        </>
      )}
    </svg>
  );
}
