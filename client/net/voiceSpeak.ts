// Speaking into a session's Janus AudioBridge room with the one-person token our server issued: the
// microphone (asked for only after the Indonesian explanation), Opus at a low bitrate, push to talk by
// enabling the track only while held. Janus answers a kick (the floor taken back, a moderator's mute)
// with an event naming our participant id: `onEnded` then. Client only; used by client/net/voice.ts.
import { JanusSignal } from './janusSignal.ts';

export type SpeakTicket = {
  url: string;
  room: number;
  pin: string;
  token: string;
  id: number;
  display: string;
};
/** Why the microphone could not be used. */
export type MicProblem = 'denied' | 'nomic';

/** Opus bitrate of the speaker's uplink, bits/s (a phone on a slow link). */
const UPLINK_BITRATE = 24_000;

/** Asks the browser for the microphone; resolves with a problem instead of throwing. */
export async function openMicrophone(): Promise<MediaStream | MicProblem> {
  if (!navigator.mediaDevices?.getUserMedia) return 'nomic';
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      video: false,
    });
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'nomic';
  }
}

export class Speaker {
  readonly audio: HTMLAudioElement;
  private signal: JanusSignal | null = null;
  private pc: RTCPeerConnection | null = null;
  private readonly mic: MediaStream;

  constructor(mic: MediaStream) {
    this.mic = mic;
    // The room's mix without our own voice (the other speakers), played while we are on air.
    this.audio = document.createElement('audio');
    this.audio.autoplay = true;
  }

  async start(t: SpeakTicket, onEnded: (why: 'kicked' | 'lost') => void): Promise<void> {
    const signal = new JanusSignal();
    this.signal = signal;
    await signal.connect(t.url);
    signal.onClose = () => onEnded('lost');
    const handle = await signal.attach(
      'janus.plugin.audiobridge',
      (e) => {
        if (e.data.kicked === t.id) onEnded('kicked');
      },
      () => onEnded('lost'),
    );
    await signal.message(handle, {
      request: 'join',
      room: t.room,
      pin: t.pin,
      token: t.token,
      id: t.id,
      display: t.display.slice(0, 60),
      muted: false,
    });
    const pc = new RTCPeerConnection();
    this.pc = pc;
    pc.onicecandidate = (e) => signal.trickle(handle, e.candidate ? e.candidate.toJSON() : null);
    pc.ontrack = (e) => {
      this.audio.srcObject = e.streams[0] ?? new MediaStream([e.track]);
      void this.audio.play().catch(() => {});
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') onEnded('lost');
    };
    for (const track of this.mic.getAudioTracks()) {
      const sender = pc.addTrack(track, this.mic);
      const params = sender.getParameters();
      params.encodings = [{ ...(params.encodings?.[0] ?? {}), maxBitrate: UPLINK_BITRATE }];
      await sender.setParameters(params).catch(() => {});
    }
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    const answered = await signal.message(
      handle,
      { request: 'configure', muted: false },
      {
        type: 'offer',
        sdp: offer.sdp ?? '',
      },
    );
    if (answered.jsep) await pc.setRemoteDescription(answered.jsep);
  }

  /** Push to talk: the microphone's track sends sound only while open. */
  setMicOpen(open: boolean): void {
    for (const track of this.mic.getAudioTracks()) track.enabled = open;
  }

  async bytesSent(): Promise<number> {
    let bytes = 0;
    (await this.pc?.getStats())?.forEach((s: { type: string; kind?: string; bytesSent?: number }) => {
      if (s.type === 'outbound-rtp' && s.kind === 'audio') bytes = s.bytesSent ?? 0;
    });
    return bytes;
  }

  stop(): void {
    this.pc?.close();
    this.pc = null;
    this.signal?.close();
    this.signal = null;
    for (const track of this.mic.getTracks()) track.stop();
    this.audio.srcObject = null;
  }
}
