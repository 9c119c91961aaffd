// The host's camera through Janus's VideoRoom: `CameraPublisher` sends the camera (video only; the
// host's voice goes through the AudioBridge) with the one-person token our server issued;
// `CameraViewer` receives it (a subscriber with the room's pin; receiving publishes nothing). Janus's
// kick or the publisher leaving ends them through `onEnded`. Client only; used by voiceCamera.ts.
import { type JanusJsep, JanusSignal, type PluginEvent } from './janusSignal.ts';

export type CameraTicket = { url: string; room: number; pin: string; token: string; id: number };
export type WatchTicket = { url: string; room: number; pin: string; feed: number };
export type CamProblem = 'denied' | 'nocam';

/** The camera's uplink cap, bits/s (phones watch it over slow links). */
const CAMERA_UPLINK_BITRATE = 384_000;

/** Asks the browser for the camera (640×360 is plenty for the hall screen); a problem instead of throwing. */
export async function openCamera(): Promise<MediaStream | CamProblem> {
  if (!navigator.mediaDevices?.getUserMedia) return 'nocam';
  try {
    return await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 20 } },
      audio: false,
    });
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'nocam';
  }
}

const ended = (e: PluginEvent, id: number) =>
  e.data.leaving === 'ok' || e.data.kicked === id || e.data.unpublished === 'ok' || e.data.unpublished === id;

export class CameraPublisher {
  private signal: JanusSignal | null = null;
  private pc: RTCPeerConnection | null = null;
  private readonly cam: MediaStream;

  constructor(cam: MediaStream) {
    this.cam = cam;
  }

  async start(t: CameraTicket, onEnded: () => void): Promise<void> {
    const signal = new JanusSignal();
    this.signal = signal;
    await signal.connect(t.url);
    signal.onClose = onEnded;
    const handle = await signal.attach(
      'janus.plugin.videoroom',
      (e) => {
        if (ended(e, t.id)) onEnded();
      },
      onEnded,
    );
    await signal.message(handle, {
      request: 'join',
      ptype: 'publisher',
      room: t.room,
      pin: t.pin,
      token: t.token,
      id: t.id,
    });
    const pc = new RTCPeerConnection();
    this.pc = pc;
    pc.onicecandidate = (e) => signal.trickle(handle, e.candidate ? e.candidate.toJSON() : null);
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') onEnded();
    };
    for (const track of this.cam.getVideoTracks()) {
      const sender = pc.addTransceiver(track, { direction: 'sendonly', streams: [this.cam] }).sender;
      const params = sender.getParameters();
      params.encodings = [{ ...(params.encodings?.[0] ?? {}), maxBitrate: CAMERA_UPLINK_BITRATE }];
      await sender.setParameters(params).catch(() => {});
    }
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    const answered = await signal.message(
      handle,
      { request: 'publish' },
      { type: 'offer', sdp: offer.sdp ?? '' },
    );
    if (!answered.jsep) throw new Error('janus-no-answer');
    await pc.setRemoteDescription(answered.jsep);
  }

  async bytesSent(): Promise<number> {
    let bytes = 0;
    (await this.pc?.getStats())?.forEach((s: { type: string; kind?: string; bytesSent?: number }) => {
      if (s.type === 'outbound-rtp' && s.kind === 'video') bytes = s.bytesSent ?? 0;
    });
    return bytes;
  }

  stop(): void {
    this.pc?.close();
    this.pc = null;
    this.signal?.close();
    this.signal = null;
    for (const track of this.cam.getTracks()) track.stop();
  }
}

export class CameraViewer {
  private signal: JanusSignal | null = null;
  private pc: RTCPeerConnection | null = null;

  /** Resolves with the camera's stream once its track arrives; `onEnded` if it stops later. */
  async start(t: WatchTicket, onEnded: () => void): Promise<MediaStream> {
    const signal = new JanusSignal();
    this.signal = signal;
    await signal.connect(t.url);
    signal.onClose = onEnded;
    const handle = await signal.attach(
      'janus.plugin.videoroom',
      (e) => {
        if (ended(e, t.feed)) onEnded();
      },
      onEnded,
    );
    const attached = await signal.message(handle, {
      request: 'join',
      ptype: 'subscriber',
      room: t.room,
      pin: t.pin,
      streams: [{ feed: t.feed }],
    });
    if (!attached.jsep) throw new Error('janus-no-offer');
    const pc = new RTCPeerConnection();
    this.pc = pc;
    pc.onicecandidate = (e) => signal.trickle(handle, e.candidate ? e.candidate.toJSON() : null);
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') onEnded();
    };
    const track = new Promise<MediaStream>((resolve) => {
      pc.ontrack = (e) => resolve(e.streams[0] ?? new MediaStream([e.track]));
    });
    await pc.setRemoteDescription(attached.jsep);
    const answer = await pc.createAnswer();
    await pc.setLocalDescription(answer);
    await signal.message(handle, { request: 'start' }, {
      type: 'answer',
      sdp: answer.sdp ?? '',
    } as JanusJsep);
    return track;
  }

  /** Frames decoded and the decoded width (getStats), for diagnostics. */
  async stats(): Promise<{ frames: number; width: number }> {
    let frames = 0;
    let width = 0;
    (await this.pc?.getStats())?.forEach(
      (s: { type: string; kind?: string; framesDecoded?: number; frameWidth?: number }) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') {
          frames = s.framesDecoded ?? 0;
          width = s.frameWidth ?? 0;
        }
      },
    );
    return { frames, width };
  }

  stop(): void {
    this.pc?.close();
    this.pc = null;
    this.signal?.close();
    this.signal = null;
  }
}
