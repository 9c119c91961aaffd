// The minimap in the corner of the city HUD (client only): the whole city small, with the visitor's
// marker; a tap opens the full map.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityLayout } from '../../../../shared/layout.ts';
import { useMapStore } from '../../../stores/useMapStore.ts';
import { MapSvg } from './MapSvg.tsx';
import { mapPlaces } from './mapPick.ts';

export function MiniMap({ layout }: { layout: CityLayout }) {
  const { t } = useTranslation();
  const open = useMapStore((s) => s.open);
  const setOpen = useMapStore((s) => s.setOpen);
  const places = useMemo(() => mapPlaces(layout), [layout]);
  return (
    <button
      type="button"
      className="mini-map"
      aria-expanded={open}
      aria-label={t('map.open')}
      onClick={() => setOpen(!open)}
    >
      <MapSvg layout={layout} places={places} labels={false} />
      <span className="mini-map-label" aria-hidden="true">
        {t('map.short')}
      </span>
    </button>
  );
}
