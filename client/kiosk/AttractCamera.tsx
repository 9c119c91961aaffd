// The attract loop's camera (inside the Canvas, after CameraRig so it has the last word): while
// attractFocus is active, circles the current stop slowly from above; under prefers-reduced-motion it
// stands still at each stop (a still sequence). While the attract loop shows, the scene is drawn at
// most ATTRACT_FPS times a second (once a second under reduced motion): a kiosk waits for visitors
// for hours, and a slow camera needs no more. Renders nothing.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { attractFocus } from './attractTour.ts';
import { useKioskStore } from './useKioskStore.ts';

/** Turning speed around a stop, radians per second. */
const TURN_RAD_PER_S = 0.07;
const ATTRACT_FPS = 15;
const wanted = new Vector3();
const look = new Vector3();
/** Where the tour's camera is (CameraRig moves the real camera first each frame; this overrides it). */
const at = new Vector3();
const state = { angle: 0.6, started: false };

export function AttractCamera() {
  const attracting = useKioskStore((s) => s.config !== null && s.phase === 'attract');
  const setFrameloop = useThree((s) => s.setFrameloop);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!attracting) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    setFrameloop('demand');
    const timer = setInterval(() => invalidate(), still ? 1000 : 1000 / ATTRACT_FPS);
    return () => {
      clearInterval(timer);
      setFrameloop('always');
    };
  }, [attracting, setFrameloop, invalidate]);

  useFrame(({ camera }, delta) => {
    const f = attractFocus;
    if (!f.active) {
      state.started = false;
      return;
    }
    if (!f.reducedMotion) state.angle += TURN_RAD_PER_S * delta;
    wanted.set(f.x + Math.sin(state.angle) * f.radius, f.height, f.z + Math.cos(state.angle) * f.radius);
    // Under reduced motion every stop is a cut (a still picture); otherwise the camera glides on.
    if (f.reducedMotion || !state.started) at.copy(wanted);
    else at.lerp(wanted, 1 - Math.exp(-1.2 * delta));
    state.started = true;
    camera.position.copy(at);
    look.set(f.x, 2, f.z);
    camera.lookAt(look);
  });
  return null;
}
