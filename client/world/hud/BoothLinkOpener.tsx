// A shared booth link (`/?booth=<organisation id>`, from "Bagikan" or a kiosk's QR code): once in the
// city, takes the visitor to that booth with its panel open, then drops the parameter so a reload
// does not do it again. Renders nothing.
import { useEffect } from 'react';
import type { CityLayout } from '../../../shared/layout.ts';
import { useConnectionStore } from '../../stores/useConnectionStore.ts';
import { travelTo } from './travelTo.ts';

export function BoothLinkOpener({ layout }: { layout: CityLayout }) {
  const connected = useConnectionStore((s) => s.status === 'connected');
  useEffect(() => {
    if (!connected) return;
    const query = new URLSearchParams(location.search);
    const id = query.get('booth');
    if (!id) return;
    query.delete('booth');
    const rest = query.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
    if (layout.booths.some((b) => b.id === id)) travelTo(layout, id);
  }, [connected, layout]);
  return null;
}
