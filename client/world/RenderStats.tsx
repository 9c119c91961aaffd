// Copies renderer counters into diagnostics each frame. Renders nothing.
import { useFrame } from '@react-three/fiber';
import { renderStats } from './diagnostics.ts';

let windowStart = 0;
let windowFrames = 0;

export function RenderStats() {
  useFrame(({ gl }) => {
    // gl.info holds the previous frame's totals here (it resets when the next render starts).
    renderStats.calls = gl.info.render.calls;
    renderStats.triangles = gl.info.render.triangles;
    renderStats.frames++;
    const now = performance.now();
    windowFrames++;
    if (now - windowStart >= 1000) {
      renderStats.fps = Math.round((windowFrames * 1000) / (now - windowStart));
      windowStart = now;
      windowFrames = 0;
    }
  });
  return null;
}
