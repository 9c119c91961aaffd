// The city seen from above, north up (client only): sea and shore, streets, the plaza and Karebosi
// field, booths in their category colours, landmark markers and the "Anda di sini" marker. The
// marker follows the visitor with requestAnimationFrame writing one SVG attribute (no React renders).
// Coordinates are world metres (x east, z south) straight into the viewBox: worldAt() inverts it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BALAI_KOTA, FORT, KAREBOSI, PLAZA, SHORE_X } from '../../../../shared/cityPlan.ts';
import type { Box } from '../../../../shared/geometry.ts';
import type { CityLayout } from '../../../../shared/layout.ts';
import { self } from '../../../stores/motion.ts';
import { categoryColor } from '../../scene/palette.ts';
import type { MapPlace } from './mapPick.ts';

/** Sea shown west of the shore, metres (the floating mosque stands 30 m out). */
const SEA_MARGIN_M = 70;
const EDGE_M = 6;

/** The viewBox of the map: the walkable bounds, a strip of sea and a small edge. */
export function mapBox(layout: CityLayout): Box {
  const b = layout.bounds;
  return {
    minX: SHORE_X - SEA_MARGIN_M,
    maxX: b.maxX + EDGE_M,
    minZ: b.minZ - EDGE_M,
    maxZ: b.maxZ + EDGE_M,
  };
}

/** World metres under a client-pixel point of the map's <svg>. */
export function worldAt(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; z: number } {
  const m = svg.getScreenCTM();
  if (!m) return { x: Number.NaN, z: Number.NaN };
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: p.x, z: p.y };
}

/** The z of the street nearest to `z` (a district's label sits on its street). */
const streetOf = (layout: CityLayout, z: number) =>
  layout.streets.reduce((best, s) => (Math.abs(s.z - z) < Math.abs(best - z) ? s.z : best), Infinity);

const rect = (b: Box) => ({ x: b.minX, y: b.minZ, width: b.maxX - b.minX, height: b.maxZ - b.minZ });

type Props = {
  layout: CityLayout;
  places: readonly MapPlace[];
  /** The full map labels booths and landmarks; the minimap shows only shapes. */
  labels: boolean;
  onTap?: (x: number, z: number) => void;
};

export function MapSvg({ layout, places, labels, onTap }: Props) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const youRef = useRef<SVGGElement>(null);
  const view = mapBox(layout);
  useEffect(() => {
    let frame = 0;
    const follow = () => {
      youRef.current?.setAttribute('transform', `translate(${self.x.toFixed(1)} ${self.z.toFixed(1)})`);
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, []);
  const font = labels ? 5 : 0;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users pick places from the list beside the map.
    <svg
      ref={svgRef}
      className="map-svg"
      viewBox={`${view.minX} ${view.minZ} ${view.maxX - view.minX} ${view.maxZ - view.minZ}`}
      role="img"
      aria-label={t('map.imageLabel')}
      onClick={(e) => {
        if (!onTap || !svgRef.current) return;
        const p = worldAt(svgRef.current, e.clientX, e.clientY);
        onTap(p.x, p.z);
      }}
    >
      <rect {...rect(view)} fill="#5fa8d3" />
      <rect
        x={SHORE_X}
        y={view.minZ}
        width={view.maxX - SHORE_X}
        height={view.maxZ - view.minZ}
        fill="#e9e2cf"
      />
      <rect {...rect(KAREBOSI)} fill="#8fc463" />
      <rect {...rect(PLAZA)} fill="#d9cdb0" />
      {layout.streets.map((s) => (
        <rect key={s.z} x={s.x0} y={s.z - 6} width={s.x1 - s.x0} height={12} fill="#b9b2a3" />
      ))}
      <rect
        x={FORT.centre.x - FORT.width / 2}
        y={FORT.centre.z - FORT.depth / 2}
        width={FORT.width}
        height={FORT.depth}
        fill="none"
        stroke="#8a5a3c"
        strokeWidth={3}
      />
      <rect {...rect(BALAI_KOTA.hall)} fill="#f4f1ea" stroke="#8d8577" />
      <rect {...rect(BALAI_KOTA.tower)} fill="#cfd6dc" stroke="#8d8577" />
      {layout.booths.map((b) => (
        <rect key={b.id} {...rect(b.footprint)} fill={categoryColor(b.category)}>
          <title>{b.abbreviation}</title>
        </rect>
      ))}
      {places
        .filter((p) => p.kind === 'landmark')
        .map((p) => (
          <g key={p.id} className="map-landmark">
            <circle cx={p.x} cy={p.z} r={labels ? 4 : 6} fill="#c8102e" stroke="#fff" strokeWidth={1.5} />
            {labels && (
              <text x={p.x} y={p.z - 7} fontSize={font * 1.3} textAnchor="middle" className="map-label">
                {p.label}
              </text>
            )}
          </g>
        ))}
      {labels &&
        layout.districts.map((d, i) => {
          // Districts that begin on the same street stack their labels instead of overlapping.
          const street = streetOf(layout, d.z);
          const above = layout.districts.slice(0, i).filter((o) => streetOf(layout, o.z) === street).length;
          return (
            <text
              key={`${d.category}-${d.x}-${d.z}`}
              x={layout.streets[0]?.x0 ?? d.x}
              y={street - 2.6 + 1.4 + above * font * 0.85}
              fontSize={font * 0.75}
              className="map-district"
            >
              {t(`categories.${d.category}`, { defaultValue: d.label })}
            </text>
          );
        })}
      <g ref={youRef} className="map-you">
        <circle r={labels ? 5 : 9} fill="#1d5fbf" stroke="#fff" strokeWidth={labels ? 2 : 3} />
        {labels && (
          <text y={12} fontSize={font * 1.4} textAnchor="middle" className="map-label map-you-label">
            {t('map.youAreHere')}
          </text>
        )}
      </g>
    </svg>
  );
}
