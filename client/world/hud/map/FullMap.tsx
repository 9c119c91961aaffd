// The full city map (client only): the whole city with "Anda di sini", booths and landmarks. A tap on
// a booth or landmark goes there through the server's "go to" (travelTo), like the directory; the
// landmark list under the map does the same from the keyboard. Closes on arrival or Escape.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityLayout } from '../../../../shared/layout.ts';
import { useMapStore } from '../../../stores/useMapStore.ts';
import { travelTo } from '../travelTo.ts';
import { MapSvg } from './MapSvg.tsx';
import { mapPlaces, pickPlace } from './mapPick.ts';

export function FullMap({ layout }: { layout: CityLayout }) {
  const { t } = useTranslation();
  const setOpen = useMapStore((s) => s.setOpen);
  const places = useMemo(() => mapPlaces(layout), [layout]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);
  const go = (id: string) => {
    setOpen(false);
    travelTo(layout, id);
  };
  return (
    <section className="panel full-map" role="dialog" aria-modal="false" aria-labelledby="full-map-title">
      <header>
        <h2 id="full-map-title" className="full-map-title">
          {t('map.title')}
        </h2>
        <button type="button" className="icon" onClick={() => setOpen(false)} aria-label={t('map.close')}>
          ×
        </button>
      </header>
      <p className="muted map-hint">{t('map.hint')}</p>
      <div className="map-frame">
        <MapSvg
          layout={layout}
          places={places}
          labels
          onTap={(x, z) => {
            const place = pickPlace(places, x, z);
            if (place) go(place.id);
          }}
        />
      </div>
      <ul className="map-landmarks" aria-label={t('map.landmarks')}>
        <li>
          <button type="button" className="map-landmark-go" onClick={() => go('plaza')}>
            {t('directory.plaza')}
          </button>
        </li>
        {places
          .filter((p) => p.kind === 'landmark')
          .map((p) => (
            <li key={p.id}>
              <button type="button" className="map-landmark-go" onClick={() => go(p.id)}>
                {p.label}
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}
