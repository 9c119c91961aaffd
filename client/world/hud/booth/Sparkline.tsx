// A KPI's history as an inline SVG (client only), always over the whole requested window so every
// chart in the panel has the same time axis: the mean of each bucket as a line. The small variant
// marks the first and last day under the line; the large one adds the min–max band, the target line,
// a value axis (lowest, highest) and a date axis (Indonesian short dates, "3 Nov"). No chart library.
import type { HistoryBucket } from '../../../../shared/apiTypes.ts';
import { formatNumber, formatShortDate } from '../../../../shared/format.ts';

type SparklineProps = {
  buckets: readonly HistoryBucket[];
  fromMs: number;
  toMs: number;
  bucketMs: number;
  target: number | null;
  large?: boolean;
  label: string;
  language: string;
};

/** Drawing box of each variant, in SVG units (1 unit = 1 CSS px at natural size). */
const SIZE = {
  small: { w: 132, h: 46, left: 4, right: 4, top: 4, bottom: 14 },
  large: { w: 360, h: 168, left: 44, right: 10, top: 10, bottom: 22 },
} as const;
/** Date ticks on the large chart's axis, evenly spread over the window (both ends included). */
const DATE_TICKS = 4;
const DAY_MS = 86_400_000;

export function Sparkline(props: SparklineProps) {
  const { buckets, fromMs, toMs, bucketMs, target, large = false, label, language } = props;
  const box = large ? SIZE.large : SIZE.small;
  const { w, h } = box;
  const values = buckets.flatMap((b) => (large ? [b.min, b.max] : [b.mean]));
  if (large && target !== null) values.push(target);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const base = hi === lo ? lo - span / 2 : lo;
  // A bucket is drawn at its middle, so the last day does not sit on the right edge.
  const x = (at: number) =>
    box.left + ((at + bucketMs / 2 - fromMs) / (toMs - fromMs)) * (w - box.left - box.right);
  const y = (v: number) => h - box.bottom - ((v - base) / span) * (h - box.top - box.bottom);
  const pt = (at: number, v: number) => `${x(at).toFixed(1)},${y(v).toFixed(1)}`;
  const line = buckets.map((b) => pt(b.at, b.mean)).join(' ');
  const band = [
    ...buckets.map((b) => pt(b.at, b.max)),
    ...[...buckets].reverse().map((b) => pt(b.at, b.min)),
  ].join(' ');
  const last = buckets[buckets.length - 1];
  const axisY = h - box.bottom + 0.5;
  const lastDay = toMs - bucketMs;
  const ticks = large
    ? Array.from(
        { length: DATE_TICKS },
        (_, i) => fromMs + Math.round(((i / (DATE_TICKS - 1)) * (lastDay - fromMs)) / DAY_MS) * DAY_MS,
      )
    : [fromMs, lastDay];
  return (
    <svg
      className={large ? 'chart large' : 'chart'}
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={`${label}: ${formatShortDate(fromMs, language)} – ${formatShortDate(lastDay, language)}`}
    >
      <line x1={box.left} x2={w - box.right} y1={axisY} y2={axisY} className="axis" />
      {large && <line x1={box.left - 0.5} x2={box.left - 0.5} y1={box.top} y2={axisY} className="axis" />}
      {large && buckets.length > 1 && <polygon points={band} className="band" />}
      {large && target !== null && (
        <line x1={box.left} x2={w - box.right} y1={y(target)} y2={y(target)} className="target" />
      )}
      {buckets.length > 1 && <polyline points={line} className="line" />}
      {last && <circle cx={x(last.at)} cy={y(last.mean)} r={large ? 3.5 : 2.5} className="dot" />}
      {ticks.map((at, i) => (
        <text
          key={at}
          x={i === 0 ? box.left : i === ticks.length - 1 ? w - box.right : x(at)}
          y={h - 3}
          className="tick"
          textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
        >
          {formatShortDate(at, language)}
        </text>
      ))}
      {large && (
        <>
          <text x={box.left - 4} y={box.top + 8} className="tick" textAnchor="end">
            {formatNumber(hi, language)}
          </text>
          <text x={box.left - 4} y={axisY} className="tick" textAnchor="end">
            {formatNumber(lo, language)}
          </text>
        </>
      )}
    </svg>
  );
}
