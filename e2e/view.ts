// Looking at and touching the 3D view from tests: which camera drew the last frame, where a world
// point lands on screen, when the follow camera has settled, and touch drags. Runs in Node (vitest
// project 'e2e'); captureCamera runs in the page.
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';

const WAIT_MS = 30_000;
const POLL_MS = 100;

/** What the page-side hook (captureCamera) keeps about the last rendered frame. */
type E2eView = {
  camera: { position: { x: number; y: number; z: number } };
  canvas: HTMLCanvasElement;
  /** Frames rendered so far. */
  frames: number;
};

/**
 * Runs in the page before any script: three.js announces every WebGLRenderer to
 * `__THREE_DEVTOOLS__` ('observe' events); wrapping that renderer's render() remembers the camera
 * and canvas of the last frame and counts frames, so tests can project world points to the screen
 * and know when the view has settled. Test-only; the app is unchanged.
 */
export function captureCamera(): void {
  type Renderer = {
    isWebGLRenderer?: boolean;
    domElement: HTMLCanvasElement;
    render: (scene: unknown, camera: unknown) => void;
  };
  const hooks = new EventTarget();
  Object.defineProperty(window, '__THREE_DEVTOOLS__', { value: hooks, configurable: true });
  hooks.addEventListener('observe', (e) => {
    const renderer = (e as CustomEvent<Renderer>).detail;
    if (!renderer?.isWebGLRenderer) return;
    const render = renderer.render;
    const view = { camera: null as unknown, canvas: renderer.domElement, frames: 0 };
    (window as unknown as { __e2eView: unknown }).__e2eView = view;
    renderer.render = function (this: Renderer, scene, camera) {
      render.call(this, scene, camera);
      view.camera = camera;
      view.frames++;
    };
  });
}

export type ScreenPoint = {
  x: number;
  y: number;
  frame: number;
  camera: { x: number; y: number; z: number };
};

/** Projects a world point (metres) to CSS pixels in the page with the camera of the last frame. */
export async function projectToScreen(
  page: Page,
  p: { x: number; y: number; z: number },
): Promise<ScreenPoint> {
  const s = await page.evaluate((point) => {
    type V3 = { x: number; y: number; z: number; project: (camera: unknown) => V3; clone: () => V3 };
    const view = (window as unknown as { __e2eView?: E2eView & { camera: { position: V3 } | null } })
      .__e2eView;
    if (!view?.camera) return null;
    const { camera, canvas } = view;
    // A Vector3 of the page's own three.js, to use its project().
    const v = camera.position.clone();
    v.x = point.x;
    v.y = point.y;
    v.z = point.z;
    v.project(camera);
    const r = canvas.getBoundingClientRect();
    return {
      x: r.left + ((v.x + 1) / 2) * r.width,
      y: r.top + ((1 - v.y) / 2) * r.height,
      frame: view.frames,
      camera: { x: camera.position.x, y: camera.position.y, z: camera.position.z },
    };
  }, p);
  if (!s) throw new Error('no camera captured: has the world rendered a frame?');
  return s;
}

/**
 * Waits until the follow camera has caught up: between two rendered frames (however far apart in
 * time: software WebGL may draw only a few frames a second) it moved less than 1 cm.
 */
export async function waitForCameraAtRest(page: Page): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  let last = await projectToScreen(page, { x: 0, y: 0, z: 0 });
  for (;;) {
    await delay(POLL_MS);
    const now = await projectToScreen(page, { x: 0, y: 0, z: 0 });
    if (now.frame > last.frame) {
      const c = now.camera;
      const l = last.camera;
      if (Math.hypot(c.x - l.x, c.y - l.y, c.z - l.z) < 0.01) return;
      last = now;
    }
    if (Date.now() > deadline) throw new Error(`camera still moving after ${WAIT_MS} ms`);
  }
}

// ---------------------------------------------------------------------------------------------
// Touch

/**
 * A one-finger touch drag through Chromium's input pipeline (touch events and pointer events with
 * pointerType 'touch'): touch down at `from`, slide to `to`, hold until `holdUntil` resolves, lift.
 */
export async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  holdUntil: () => Promise<unknown>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y, id: 1 }] : [] });
  try {
    await touch('touchStart', from);
    const steps = 6;
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', {
        x: from.x + ((to.x - from.x) * i) / steps,
        y: from.y + ((to.y - from.y) * i) / steps,
      });
    }
    await holdUntil();
  } finally {
    await touch('touchEnd');
    await cdp.detach();
  }
}
