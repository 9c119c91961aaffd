// Everything in the 3D view while the visitor is in a session's hall (client only): the hall, the
// avatars (standing on the stage where it is raised), walking and the camera. Residents walk the
// audience floor; hosts, admins and speakers may also go up on the stage (the server checks the same
// rules, shared/session/hallPlan.ts). The camera stays inside the walls; on a portrait screen it
// takes a wider view (PORTRAIT_FOV_DEG) while in the hall, so the whole stage screen fits across.
// When the server seats the visitor, the camera turns to look past them at the screen. While the
// session HUD's side panel (`.session-panel`, desktop) covers the right of the view, the picture is
// shifted left so the avatar and the screen sit in the middle of what stays visible.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { PerspectiveCamera } from 'three';
import { AUDIENCE_FLOOR, HALL, STAGE_FLOOR } from '../../../shared/session/hallPlan.ts';
import { self } from '../../stores/motion.ts';
import { isHost, useSessionViewStore } from '../../stores/useSessionViewStore.ts';
import { AvatarCrowd } from '../avatars/AvatarCrowd.tsx';
import { NameTags } from '../avatars/NameTags.tsx';
import { CameraRig } from '../input/CameraRig.tsx';
import { orbit, walkTarget } from '../input/intent.ts';
import { SelfController } from '../input/SelfController.tsx';
import { HallScene } from './HallScene.tsx';
import { hallGroundY } from './hallGround.ts';

/** The camera looks this high above the floor, so the stage screen stays in view (metres). */
const LOOK_Y_M = 4.5;
/** Vertical field of view in the hall on a portrait screen (the city's is 55°). */
const PORTRAIT_FOV_DEG = 68;

function usePortraitFov(): void {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const portrait = useThree((s) => s.size.height > s.size.width);
  useEffect(() => {
    if (!portrait || !camera.isPerspectiveCamera) return;
    const before = camera.fov;
    camera.fov = PORTRAIT_FOV_DEG;
    camera.updateProjectionMatrix();
    return () => {
      camera.fov = before;
      camera.updateProjectionMatrix();
    };
  }, [camera, portrait]);
}

/** How often the side panel's place is looked up, ms. */
const PANEL_CHECK_MS = 400;

function useClearOfSidePanel(): void {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    let applied = '';
    const check = () => {
      const view = canvas.getBoundingClientRect();
      const panel = document.querySelector('.session-panel')?.getBoundingClientRect();
      const beside = panel && panel.left > view.left + view.width / 2 && panel.height > view.height / 2;
      const shift = beside ? Math.round((view.right - panel.left) / 2) : 0;
      const key = `${shift}|${view.width}|${view.height}`;
      if (key === applied) return;
      applied = key;
      if (shift > 0) camera.setViewOffset(view.width, view.height, shift, 0, view.width, view.height);
      else camera.clearViewOffset();
    };
    check();
    const timer = setInterval(check, PANEL_CHECK_MS);
    return () => {
      clearInterval(timer);
      camera.clearViewOffset();
    };
  }, [camera, canvas]);
}

/** Turns the camera towards the screen each time the server (re)places the visitor. */
function useFaceScreenWhenSeated(): void {
  const placed = useRef(false);
  useFrame(() => {
    if (self.placed && !placed.current)
      orbit.yaw = Math.atan2(self.x - HALL.screen.x, self.z - HALL.screen.z);
    placed.current = self.placed;
  });
}

export function HallPlace() {
  const onStage = useSessionViewStore((s) => isHost(s.you) || s.you?.speaker === true);
  usePortraitFov();
  useFaceScreenWhenSeated();
  useClearOfSidePanel();
  return (
    <>
      <HallScene
        onGroundPoint={(x, z) => {
          walkTarget.point = { x, z };
        }}
      />
      <AvatarCrowd groundY={hallGroundY} />
      <NameTags groundY={hallGroundY} />
      <SelfController walkable={onStage ? STAGE_FLOOR : AUDIENCE_FLOOR} />
      <CameraRig walkable={STAGE_FLOOR} enclosed lookY={LOOK_Y_M} />
    </>
  );
}
