// The 3D world (lazily loaded chunk): shows the visitor's place (usePlaceStore) — the city, or the
// hall of one public session — joining that place's room while it is shown and leaving it when the
// place changes, and composes that place's scene, avatars, input and HUD. The low render tier gives one
// scene however it was chosen (renderTier.ts): `?tier=low` at the start, or the probe mid-visit — the
// scene's geometry then follows the store (useLightScene.ts), and since antialiasing is fixed at the
// WebGL context's creation, the Canvas is created once more behind the loading screen.
import { PerformanceMonitor } from '@react-three/drei';
import { Canvas, type Dpr } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { layoutCity } from '../../shared/layout.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { AttractCamera } from '../kiosk/AttractCamera.tsx';
import { LoadingScreen } from '../lobby/LoadingScreen.tsx';
import { startAwarenessFeed } from '../net/awarenessFeed.ts';
import { startRaporFeed } from '../net/raporFeed.ts';
import { self } from '../stores/motion.ts';
import { enterPlace, leavePlace } from '../stores/placeActions.ts';
import { useModerationStore } from '../stores/useModerationStore.ts';
import { type Place, usePlaceStore } from '../stores/usePlaceStore.ts';
import { useRenderTierStore } from '../stores/useRenderTierStore.ts';
import { useUiStore } from '../stores/useUiStore.ts';
import { AvatarCrowd } from './avatars/AvatarCrowd.tsx';
import { NameTags } from './avatars/NameTags.tsx';
import { installDiagnostics, renderStats } from './diagnostics.ts';
import { FramesDrawn } from './FramesDrawn.tsx';
import { HallPlace } from './hall/HallPlace.tsx';
import { Hud } from './hud/Hud.tsx';
import { SessionHud } from './hud/session/SessionHud.tsx';
import { CameraRig } from './input/CameraRig.tsx';
import { clearWalkTarget, orbit, walkTarget } from './input/intent.ts';
import { Joystick } from './input/Joystick.tsx';
import { KeyboardInput } from './input/KeyboardInput.tsx';
import { overviewOrbit } from './input/overview.ts';
import { SelfController } from './input/SelfController.tsx';
import { RenderStats } from './RenderStats.tsx';
import { CityScene } from './scene/CityScene.tsx';
import { startLiveDisplays } from './scene/liveDisplays.ts';
import { setPerVertexLighting } from './scene/vertexLighting.ts';
import { TierProbe } from './TierProbe.tsx';
import { TIER } from './tier.ts';
import { useLightScene } from './useLightScene.ts';

const layout = layoutCity(REGISTRY);
/** A click on another visitor's name tag opens the report dialog about them. */
const reportPerson = (sessionId: string, name: string) =>
  useModerationStore.getState().openReport({ kind: 'person', sessionId, name });
/** Where the camera starts in a place: behind the visitor, looking ahead. */
const START_ORBIT = { yaw: 0, pitch: 0.32, distance: 13 };
/** The camera's vertical field of view, degrees. */
const CAMERA_FOV_DEG = 55;
/** In the hall on a portrait screen the camera stands farther back, so the 16 m screen fits across. */
const PORTRAIT_HALL_DISTANCE_M = 17;
/** Device pixel ratio: up to 1.5 on desktop, 1 on the phone tier; 1 everywhere once fps stays low. */
const START_DPR: Dpr = TIER === 'phone' ? 1 : [1, 1.5];
/** Device pixel ratio of the low render tier (./renderTier.ts): software WebGL pays per pixel. */
const LOW_TIER_DPR = 0.5;
/** A Canvas created mid-visit stays behind the loading screen for this many frames (camera settled). */
const REBUILD_FRAMES = 10;
const isTouch = () => window.matchMedia('(pointer: coarse)').matches || 'ontouchstart' in window;

/** Joins the city's room while the city is shown; returns the function that leaves it. */
function enterCity(): () => void {
  const stopDisplays = startLiveDisplays();
  const stopRapor = startRaporFeed();
  const stopAwareness = startAwarenessFeed();
  // `?view=overview` starts with the camera high above the whole city (benchmarks, kiosk attract),
  // fitted to the screen's shape.
  if (new URLSearchParams(location.search).get('view') === 'overview') {
    Object.assign(orbit, overviewOrbit(layout, innerWidth / innerHeight, CAMERA_FOV_DEG, layout.spawn));
  }
  enterPlace({ kind: 'city' });
  // A closed tab leaves at once instead of being held for reconnection.
  window.addEventListener('pagehide', leavePlace);
  return () => {
    window.removeEventListener('pagehide', leavePlace);
    leavePlace();
    stopDisplays();
    stopRapor();
    stopAwareness();
  };
}

/** Joins a session's hall; returns the function that leaves it. */
function enterHall(sessionId: string, invite: string | undefined): () => void {
  Object.assign(orbit, START_ORBIT);
  if (window.innerHeight > window.innerWidth) orbit.distance = PORTRAIT_HALL_DISTANCE_M;
  useUiStore.getState().closeBoothPanel();
  useUiStore.getState().setSessionsOpen(false);
  enterPlace(invite ? { kind: 'session', sessionId, invite } : { kind: 'session', sessionId });
  window.addEventListener('pagehide', leavePlace);
  return () => {
    window.removeEventListener('pagehide', leavePlace);
    leavePlace();
    Object.assign(orbit, START_ORBIT);
  };
}

/** Identity of a place: a new value means leaving the old room and joining the new one. */
const placeKey = (p: Place) => (p.kind === 'city' ? 'city' : `session:${p.sessionId}:${p.invite ?? ''}`);

export function World() {
  const [touch] = useState(isTouch);
  const openBoothPanel = useUiStore((s) => s.openBoothPanel);
  const place = usePlaceStore((s) => s.place);
  const key = placeKey(place);
  const [dpr, setDpr] = useState<Dpr>(START_DPR);
  const low = useRenderTierStore((s) => s.tier === 'low');
  const antialias = !useLightScene();
  const context = antialias ? 'antialiased' : 'plain';
  /** The context that has drawn its first frames; another one is being built behind the loading screen. */
  const [drawn, setDrawn] = useState(context);

  useEffect(() => installDiagnostics(layout), []);
  useEffect(() => setPerVertexLighting(low), [low]);
  useEffect(() => {
    void key;
    const p = usePlaceStore.getState().place;
    self.placed = false;
    clearWalkTarget();
    useUiStore.getState().setNearBooth(null);
    return p.kind === 'city' ? enterCity() : enterHall(p.sessionId, p.invite);
  }, [key]);

  return (
    <div className="world">
      {/* Keyed by the context's antialiasing: the probe choosing the low tier mid-visit creates it
          once more, behind the loading screen (a bare remount blanked the city for seconds and
          showed the camera flying back); the place's room stays joined throughout. */}
      <Canvas
        key={context}
        dpr={low ? LOW_TIER_DPR : dpr}
        camera={{ fov: CAMERA_FOV_DEG, near: 0.3, far: 1200, position: [0, 12, 0] }}
        gl={{ antialias }}
      >
        <PerformanceMonitor onDecline={() => setDpr(1)} />
        <FramesDrawn
          frames={REBUILD_FRAMES}
          onDrawn={() => {
            renderStats.drawnLight = !antialias;
            setDrawn(context);
          }}
        />
        <TierProbe />
        {place.kind === 'city' ? (
          <>
            <CityScene
              layout={layout}
              low={low}
              onBoothSelect={openBoothPanel}
              onGroundPoint={(x, z) => {
                walkTarget.point = { x, z };
              }}
            />
            <AvatarCrowd />
            <NameTags onPick={reportPerson} />
            <SelfController walkable={layout} booths={layout.booths} />
            <CameraRig walkable={layout} />
            <AttractCamera />
          </>
        ) : (
          <HallPlace key={key} />
        )}
        <RenderStats />
      </Canvas>
      {drawn !== context && (
        <div className="world-rebuilding">
          <LoadingScreen />
        </div>
      )}
      <KeyboardInput />
      {touch && <Joystick />}
      {place.kind === 'city' ? <Hud layout={layout} touch={touch} /> : <SessionHud key={key} />}
    </div>
  );
}
