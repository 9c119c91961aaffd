// The 3D world (lazily loaded chunk): joins the city, composes scene, avatars, input and HUD.
import { PerformanceMonitor } from '@react-three/drei';
import { Canvas, type Dpr } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { layoutCity } from '../../shared/layout.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { joinCity, leaveCity } from '../net/cityConnection.ts';
import { startRaporFeed } from '../net/raporFeed.ts';
import { self } from '../stores/motion.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useUiStore } from '../stores/useUiStore.ts';
import { AvatarCrowd } from './avatars/AvatarCrowd.tsx';
import { NameTags } from './avatars/NameTags.tsx';
import { installDiagnostics } from './diagnostics.ts';
import { Hud } from './hud/Hud.tsx';
import { CameraRig } from './input/CameraRig.tsx';
import { orbit, walkTarget } from './input/intent.ts';
import { Joystick } from './input/Joystick.tsx';
import { KeyboardInput } from './input/KeyboardInput.tsx';
import { SelfController } from './input/SelfController.tsx';
import { RenderStats } from './RenderStats.tsx';
import { CityScene } from './scene/CityScene.tsx';
import { startLiveDisplays } from './scene/liveDisplays.ts';
import { PHONE } from './tier.ts';

const layout = layoutCity(REGISTRY);
/** `?view=overview` starts with the camera high above the whole city (benchmarks, kiosk attract). */
const OVERVIEW = { yaw: 0.5, pitch: 0.95, distance: 330 };
/** Device pixel ratio: up to 1.5 on desktop, 1 on the phone tier; 1 everywhere once fps stays low. */
const START_DPR: Dpr = PHONE ? 1 : [1, 1.5];
const isTouch = () => window.matchMedia('(pointer: coarse)').matches || 'ontouchstart' in window;

export function World() {
  const [touch] = useState(isTouch);
  const openBoothPanel = useUiStore((s) => s.openBoothPanel);
  const [dpr, setDpr] = useState<Dpr>(START_DPR);

  useEffect(() => {
    const uninstall = installDiagnostics(layout);
    const stopDisplays = startLiveDisplays();
    const stopRapor = startRaporFeed();
    if (new URLSearchParams(location.search).get('view') === 'overview') Object.assign(orbit, OVERVIEW);
    const { name, color } = useSettingsStore.getState();
    self.placed = false;
    void joinCity(name, color);
    // A closed tab leaves at once instead of being held for reconnection.
    window.addEventListener('pagehide', leaveCity);
    return () => {
      window.removeEventListener('pagehide', leaveCity);
      leaveCity();
      stopDisplays();
      stopRapor();
      uninstall();
    };
  }, []);

  return (
    <div className="world">
      <Canvas
        dpr={dpr}
        camera={{ fov: 55, near: 0.3, far: 1200, position: [0, 12, 0] }}
        gl={{ antialias: !PHONE }}
      >
        <PerformanceMonitor onDecline={() => setDpr(1)} />
        <CityScene
          layout={layout}
          onBoothSelect={openBoothPanel}
          onGroundPoint={(x, z) => {
            walkTarget.point = { x, z };
          }}
        />
        <AvatarCrowd />
        <NameTags />
        <SelfController layout={layout} />
        <CameraRig layout={layout} />
        <RenderStats />
      </Canvas>
      <KeyboardInput />
      {touch && <Joystick />}
      <Hud layout={layout} touch={touch} />
    </div>
  );
}
