// Kiosk mode over the world (lazily loaded with it): the attract loop until someone touches the
// screen — the kiosk then only watches the city (no avatar, not counted); the tap joins it as the
// visitor; then the visit, with "Selesai" and, when idle, "Masih di sini?" counting down to the reset
// (a new visitor identity, everything of the last visitor gone, back to watching in the attract loop).
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutCity } from '../../shared/layout.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { AttractLoop } from './AttractLoop.tsx';
import { goToBoothWhenConnected, rejoinCity } from './kioskRejoin.ts';
import { freshVisitor } from './kioskVisitor.ts';
import { useIdleCountdown } from './useIdleCountdown.ts';
import { useKioskStore } from './useKioskStore.ts';
import './kiosk.css';

export function KioskLayer() {
  const { t } = useTranslation();
  const config = useKioskStore((s) => s.config);
  const phase = useKioskStore((s) => s.phase);
  const visits = useKioskStore((s) => s.visits);
  const layout = useMemo(() => layoutCity(REGISTRY), []);

  const reset = () => {
    if (!config) return;
    freshVisitor(config);
    rejoinCity(true);
    useKioskStore.getState().showAttract();
  };
  const left = useIdleCountdown(config?.idleSeconds ?? 0, config !== null && phase === 'visiting', reset);

  // The attract loop hides the HUD below it (kiosk.css); a visit shows it again.
  useEffect(() => {
    document.documentElement.classList.toggle('kiosk-attract', phase === 'attract');
  }, [phase]);

  // Each visit starts at the kiosk's start place.
  const start = config?.start;
  useEffect(() => {
    if (visits === 0 || !start || start === 'plaza') return;
    return goToBoothWhenConnected(layout, start.booth);
  }, [visits, start, layout]);

  if (!config) return null;
  if (phase === 'attract')
    return (
      <AttractLoop
        layout={layout}
        onStart={() => {
          document.documentElement.requestFullscreen?.().catch(() => undefined);
          rejoinCity(false);
          useKioskStore.getState().startVisit();
        }}
      />
    );
  return (
    <>
      <button type="button" className="kiosk-finish" onClick={reset}>
        {t('kiosk.finish')}
      </button>
      {left !== null && (
        <div
          className="kiosk-idle"
          role="alertdialog"
          aria-labelledby="kiosk-idle-title"
          aria-describedby="kiosk-idle-body"
        >
          <h2 id="kiosk-idle-title">{t('kiosk.idleTitle')}</h2>
          <p id="kiosk-idle-body">{t('kiosk.idleBody', { count: left })}</p>
          <button type="button" className="primary">
            {t('kiosk.stay')}
          </button>
        </div>
      )}
    </>
  );
}
