// A small bar chart of daily figures (staff console, issue 12): one bar per day, oldest left, each
// with its date and value as a tooltip and in an accessible table-like label. Pure SVG.
export type DailySeries = { label: string; color: string; values: number[] };

const HEIGHT = 120;

export function DailyBars({ days, series }: { days: string[]; series: DailySeries[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const slot = 100 / Math.max(1, days.length);
  const bar = (slot * 0.8) / Math.max(1, series.length);
  return (
    <figure className="staff-chart">
      <svg
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={series.map((s) => s.label).join(', ')}
      >
        <line x1="0" x2="100" y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} stroke="#d8cbb6" strokeWidth="1" />
        {days.map((day, i) =>
          series.map((s, j) => {
            const value = s.values[i] ?? 0;
            const h = (value / max) * (HEIGHT - 8);
            return (
              <rect
                key={`${day}-${s.label}`}
                x={i * slot + slot * 0.1 + j * bar}
                y={HEIGHT - h}
                width={bar}
                height={h}
                fill={s.color}
              >
                <title>{`${day} · ${s.label}: ${value}`}</title>
              </rect>
            );
          }),
        )}
      </svg>
      <figcaption>
        <span>{days[0]}</span>
        <span className="staff-chart-legend">
          {series.map((s) => (
            <span key={s.label}>
              <i style={{ background: s.color }} /> {s.label} (maks. {Math.max(0, ...s.values)})
            </span>
          ))}
        </span>
        <span>{days[days.length - 1]}</span>
      </figcaption>
    </figure>
  );
}

/** An attendance curve as a sparkline: [epoch ms, attendees] samples. */
export function Curve({ samples }: { samples: Array<[number, number]> }) {
  if (samples.length < 2) return <span>—</span>;
  const t0 = samples[0]?.[0] ?? 0;
  const span = Math.max(1, (samples[samples.length - 1]?.[0] ?? t0) - t0);
  const max = Math.max(1, ...samples.map(([, n]) => n));
  const points = samples.map(([at, n]) => `${((at - t0) / span) * 100},${30 - (n / max) * 28}`).join(' ');
  return (
    <svg
      className="staff-curve"
      viewBox="0 0 100 30"
      preserveAspectRatio="none"
      role="img"
      aria-label={`maks. ${max}`}
    >
      <polyline
        points={points}
        fill="none"
        stroke="#b3121f"
        strokeWidth="2"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
