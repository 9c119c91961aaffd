// Third-person camera: follows the local avatar, orbited by dragging (mouse or touch) on the canvas.
// Pitch is clamped so the camera always stays above the ground. Renders nothing.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { self } from '../../stores/motion.ts';
import { orbit } from './intent.ts';

const MIN_PITCH = 0.12;
const MAX_PITCH = 1.35;
const DRAG_RAD_PER_PX = 0.006;
const target = new Vector3();
const wanted = new Vector3();

export function CameraRig() {
  const { camera, gl } = useThree();

  useEffect(() => {
    const el = gl.domElement;
    const drags = new Map<number, { x: number; y: number }>();
    const down = (e: PointerEvent) => drags.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const move = (e: PointerEvent) => {
      const last = drags.get(e.pointerId);
      if (!last) return;
      orbit.yaw -= (e.clientX - last.x) * DRAG_RAD_PER_PX;
      orbit.pitch = Math.min(
        MAX_PITCH,
        Math.max(MIN_PITCH, orbit.pitch + (e.clientY - last.y) * DRAG_RAD_PER_PX),
      );
      drags.set(e.pointerId, { x: e.clientX, y: e.clientY });
    };
    const up = (e: PointerEvent) => drags.delete(e.pointerId);
    const wheel = (e: WheelEvent) => {
      orbit.distance = Math.min(30, Math.max(5, orbit.distance * (1 + Math.sign(e.deltaY) * 0.1)));
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    el.addEventListener('wheel', wheel, { passive: true });
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
    };
  }, [gl]);

  useFrame((_, delta) => {
    const d = orbit.distance;
    // Look a little above the head so the view opens up towards the horizon.
    target.set(self.x, 2.6, self.z);
    wanted.set(
      self.x + Math.sin(orbit.yaw) * Math.cos(orbit.pitch) * d,
      Math.max(1, 1.5 + Math.sin(orbit.pitch) * d),
      self.z + Math.cos(orbit.yaw) * Math.cos(orbit.pitch) * d,
    );
    camera.position.lerp(wanted, 1 - Math.exp(-12 * delta));
    camera.lookAt(target);
  });
  return null;
}
