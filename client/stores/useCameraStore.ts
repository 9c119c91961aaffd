// The host's camera on the big screen, as the page knows it: the host's wish to publish and how that
// goes (asking the browser, on air, refused), and — for everyone in the hall while the screen shows
// 'camera' — the watched camera stream and the size the screen shows it at. Written by
// client/net/voiceCamera.ts (and the hall screen's camera source for `shownWidth`); the HUD calls
// `startCamera` / `stopCamera`, which client/net/voiceCamera.ts carries out. Client only.
import { create } from 'zustand';

/** 'denied' / 'nocam': the browser refused the camera or has none; 'refused': the server said no. */
export type CameraState = 'off' | 'connecting' | 'on' | 'denied' | 'nocam' | 'refused' | 'error';
export type WatchState = 'off' | 'waiting' | 'on';

type CameraStore = {
  /** The host asked to publish their camera. */
  wantCamera: boolean;
  camera: CameraState;
  watch: WatchState;
  /** The host's camera as received here (null until it arrives). Not rendered through React. */
  stream: MediaStream | null;
  /** Width in pixels of the camera picture the hall screen shows now (0: none yet). */
  shownWidth: number;
  startCamera(): void;
  stopCamera(): void;
  setCamera(s: CameraState): void;
  setWatch(s: WatchState, stream: MediaStream | null): void;
  setShownWidth(w: number): void;
  reset(): void;
};

const initial = {
  wantCamera: false,
  camera: 'off' as CameraState,
  watch: 'off' as WatchState,
  stream: null as MediaStream | null,
  shownWidth: 0,
};

export const useCameraStore = create<CameraStore>()((set) => ({
  ...initial,
  startCamera: () => set({ wantCamera: true, camera: 'connecting' }),
  stopCamera: () => set({ wantCamera: false, camera: 'off' }),
  setCamera: (camera) =>
    set(camera === 'on' || camera === 'connecting' ? { camera } : { camera, wantCamera: false }),
  setWatch: (watch, stream) => set({ watch, stream }),
  setShownWidth: (shownWidth) => set((s) => (s.shownWidth === shownWidth ? s : { shownWidth })),
  reset: () => set({ ...initial }),
}));
