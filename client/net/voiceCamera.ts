// The host's camera on the big screen (the only module that runs it): while the stage's screen shows
// 'camera', every attendee asks the server for a ticket to watch it (`voice` {want: 'watch'}), retrying
// until the host's camera is in, and hands the received stream to useCameraStore for the hall screen;
// when the host asked for their camera (useCameraStore.startCamera) and the screen shows 'camera', it
// opens the camera, asks for a publisher token (`voice` {want: 'camera'}) and publishes. The server
// decides who may publish; Janus refuses anyone else. client/net/voice.ts binds it and routes the
// server's camera replies here. Diagnostics on `window.makaverseCamera`. Client only.
import type { VoiceRequest } from '../../shared/protocol.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { useCameraStore } from '../stores/useCameraStore.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import { CameraPublisher, CameraViewer, openCamera } from './cameraMedia.ts';

type Send = (request: VoiceRequest) => void;
export type CameraDiagnostics = {
  camera: string;
  watch: string;
  /** Publisher: video bytes sent. */
  outBytes: number;
  /** Viewer: frames decoded and their width (getStats); the width the hall screen shows. */
  frames: number;
  width: number;
  shownWidth: number;
};

/** How long a watcher waits before asking again while the host's camera is not in yet, ms. */
const WATCH_RETRY_MS = 2000;

let send: Send | null = null;
let publisher: CameraPublisher | null = null;
let cam: MediaStream | null = null;
let viewer: CameraViewer | null = null;
let asking = false;
let retry: ReturnType<typeof setTimeout> | undefined;
let statsTimer: ReturnType<typeof setInterval> | undefined;
const unsubscribe: Array<() => void> = [];
const diagnostics: CameraDiagnostics = {
  camera: 'off',
  watch: 'off',
  outBytes: 0,
  frames: 0,
  width: 0,
  shownWidth: 0,
};

const onScreen = () => {
  const s = useStageStore.getState();
  return s.screen.mode === 'camera' && s.info.phase === 'live';
};

/** Called on every (re)join: a request of the previous connection will not be answered. */
export function bindCamera(sender: Send): void {
  send = sender;
  asking = false;
  (window as unknown as { makaverseCamera: CameraDiagnostics }).makaverseCamera = diagnostics;
  if (unsubscribe.length === 0) {
    unsubscribe.push(
      useStageStore.subscribe((s, prev) => {
        if (s.screen.mode !== prev.screen.mode || s.info.phase !== prev.info.phase) follow();
      }),
      useCameraStore.subscribe((s, prev) => {
        if (s.wantCamera && !prev.wantCamera) void beginCamera();
        if (!s.wantCamera && prev.wantCamera) endCamera();
        diagnostics.camera = s.camera;
        diagnostics.watch = s.watch;
        diagnostics.shownWidth = s.shownWidth;
      }),
    );
  }
  statsTimer ??= setInterval(() => void measure(), 500);
  follow();
}

export function stopCameras(): void {
  endWatching();
  endCamera();
  clearInterval(statsTimer);
  statsTimer = undefined;
  for (const u of unsubscribe.splice(0)) u();
  send = null;
  useCameraStore.getState().reset();
}

/** A camera reply of the server; false when `reply` is not about the camera. */
export function receiveCamera(reply: VoiceReply): boolean {
  if (reply.kind === 'watch') {
    asking = false;
    if (!onScreen() || viewer) return true;
    const current = new CameraViewer();
    viewer = current;
    current
      .start(reply, () => lostView(current))
      .then(
        (stream) => viewer === current && useCameraStore.getState().setWatch('on', stream),
        () => lostView(current),
      );
    return true;
  }
  if (reply.kind === 'camera') {
    if (!cam || !useCameraStore.getState().wantCamera) return true;
    const current = new CameraPublisher(cam);
    cam = null;
    publisher = current;
    const end = () => {
      if (publisher !== current) return;
      endCamera();
      useCameraStore.getState().setCamera('off');
    };
    current.start(reply, end).then(
      () => publisher === current && useCameraStore.getState().setCamera('on'),
      () => {
        if (publisher !== current) return;
        endCamera();
        useCameraStore.getState().setCamera('error');
      },
    );
    return true;
  }
  if (reply.kind === 'refused' && reply.want === 'watch') {
    asking = false;
    scheduleWatch();
    return true;
  }
  if (reply.kind === 'refused' && reply.want === 'camera') {
    endCamera();
    useCameraStore.getState().setCamera('refused');
    return true;
  }
  return false;
}

/** Starts or stops watching (and asking to publish) as the screen enters or leaves 'camera'. */
function follow(): void {
  if (!onScreen()) {
    endWatching();
    return;
  }
  if (!viewer && !asking) askWatch();
  if (cam && !publisher) send?.({ want: 'camera' });
}

function askWatch(): void {
  clearTimeout(retry);
  if (!send || !onScreen()) return;
  asking = true;
  useCameraStore.getState().setWatch('waiting', null);
  send({ want: 'watch' });
}

function scheduleWatch(): void {
  clearTimeout(retry);
  retry = setTimeout(askWatch, WATCH_RETRY_MS);
}

function lostView(which: CameraViewer): void {
  if (viewer !== which) return;
  endWatching();
  scheduleWatch();
}

function endWatching(): void {
  clearTimeout(retry);
  viewer?.stop();
  viewer = null;
  asking = false;
  useCameraStore.getState().setWatch('off', null);
}

async function beginCamera(): Promise<void> {
  const opened = await openCamera();
  const store = useCameraStore.getState();
  if (typeof opened === 'string') {
    store.setCamera(opened);
    return;
  }
  if (!store.wantCamera) {
    for (const t of opened.getTracks()) t.stop();
    return;
  }
  cam = opened;
  // Asked once the screen shows 'camera' (the server grants only then): now, or when it does.
  if (onScreen()) send?.({ want: 'camera' });
}

function endCamera(): void {
  publisher?.stop();
  publisher = null;
  for (const t of cam?.getTracks() ?? []) t.stop();
  cam = null;
}

async function measure(): Promise<void> {
  if (publisher) diagnostics.outBytes = await publisher.bytesSent();
  if (viewer) Object.assign(diagnostics, await viewer.stats());
}
