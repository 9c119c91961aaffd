// Lobby first (tiny, no three.js); the 3D world is a lazily loaded chunk behind a progress bar.
import { lazy, Suspense } from 'react';
import { LoadingScreen } from './lobby/LoadingScreen.tsx';
import { Lobby } from './lobby/Lobby.tsx';
import { useUiStore } from './stores/useUiStore.ts';

const World = lazy(() => import('./world/World.tsx').then((m) => ({ default: m.World })));

export function App() {
  const entered = useUiStore((s) => s.entered);
  if (!entered) return <Lobby />;
  return (
    <Suspense fallback={<LoadingScreen />}>
      <World />
    </Suspense>
  );
}
