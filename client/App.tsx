// Lobby first (tiny, no three.js); the 3D world is a lazily loaded chunk behind a progress bar.
// A kiosk URL (`?kiosk=<key>`) skips the lobby: its settings load, then the world with the kiosk
// layer (attract loop, idle reset) over it.
import { lazy, Suspense } from 'react';
import { KioskBoot } from './kiosk/KioskBoot.tsx';
import { kioskKeyFromUrl } from './kiosk/useKioskStore.ts';
import { LoadingScreen } from './lobby/LoadingScreen.tsx';
import { Lobby } from './lobby/Lobby.tsx';
import { useUiStore } from './stores/useUiStore.ts';

const World = lazy(() => import('./world/World.tsx').then((m) => ({ default: m.World })));
const KioskLayer = lazy(() => import('./kiosk/KioskLayer.tsx').then((m) => ({ default: m.KioskLayer })));
const KIOSK_KEY = kioskKeyFromUrl(location.search);

export function App() {
  const entered = useUiStore((s) => s.entered);
  if (!entered) return KIOSK_KEY ? <KioskBoot kioskKey={KIOSK_KEY} /> : <Lobby />;
  return (
    <Suspense fallback={<LoadingScreen />}>
      <World />
      {KIOSK_KEY && <KioskLayer />}
    </Suspense>
  );
}
