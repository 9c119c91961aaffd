// The big screen's 'camera' mode (client only): a waiting card until useCameraStore holds the host's
// camera stream (client/net/voiceCamera.ts receives it), then that stream as a video texture, back to
// the card when it stops. Records the width shown (useCameraStore.shownWidth, diagnostics). Same
// contract as the sources of screenSources.ts: returns the function that stops it and frees textures.
import { SRGBColorSpace, VideoTexture } from 'three';
import { hallText } from '../../i18n/hallStrings.ts';
import { useCameraStore } from '../../stores/useCameraStore.ts';
import { paintMessage } from './screenPainters.ts';
import { card, type Shown, screenShown, WIDE } from './screenSources.ts';

export function cameraSource(show: (shown: Shown) => void): () => void {
  const c = card();
  const video = document.createElement('video');
  video.muted = true; // The host's voice comes through the voice bar's listener.
  video.playsInline = true;
  video.autoplay = true;
  let texture: VideoTexture | null = null;
  let frame = 0;
  let lastTime = -1;
  const waiting = () => {
    cancelAnimationFrame(frame);
    paintMessage(c.ctx, hallText().cameraWaiting);
    c.texture.needsUpdate = true;
    show({ texture: c.texture, aspect: WIDE });
    screenShown.state = 'loading';
    useCameraStore.getState().setShownWidth(0);
  };
  // As for HLS video: mark the texture for upload whenever the picture moved on.
  const pump = () => {
    if (texture && video.readyState >= 2 && video.currentTime !== lastTime) {
      lastTime = video.currentTime;
      texture.needsUpdate = true;
    }
    frame = requestAnimationFrame(pump);
  };
  const shown = () => {
    texture ??= new VideoTexture(video);
    texture.colorSpace = SRGBColorSpace;
    cancelAnimationFrame(frame);
    pump();
    show({ texture, aspect: video.videoWidth / Math.max(1, video.videoHeight) || WIDE });
    screenShown.state = 'shown';
    useCameraStore.getState().setShownWidth(video.videoWidth);
  };
  video.addEventListener('loadeddata', shown);
  video.addEventListener('resize', () => video.readyState >= 2 && shown());
  const play = (stream: MediaStream | null) => {
    if (video.srcObject === stream) return;
    video.srcObject = stream;
    if (stream) void video.play().catch(() => {});
    else waiting();
  };
  waiting();
  play(useCameraStore.getState().stream);
  const unsubscribe = useCameraStore.subscribe((s) => play(s.stream));
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    video.pause();
    video.srcObject = null;
    texture?.dispose();
    c.texture.dispose();
    useCameraStore.getState().setShownWidth(0);
  };
}
