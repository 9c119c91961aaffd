// Listening to a session's mix: watch its Janus Streaming mountpoint (receive-only WebRTC, Opus),
// play it through one <audio> element made here (volume and local mute from useVoiceStore), and
// measure what arrives (getStats bytes and level, a Web Audio analyser for "someone is speaking").
// Client only; only client/net/voice.ts uses it.
import { type JanusJsep, JanusSignal } from './janusSignal.ts';

export type ListenTicket = { url: string; stream: number; pin: string };
export type ListenStats = { bytes: number; level: number; speaking: number };

export class Listener {
  readonly audio: HTMLAudioElement;
  private signal: JanusSignal | null = null;
  private pc: RTCPeerConnection | null = null;
  private analyser: AnalyserNode | null = null;
  private context: AudioContext | null = null;
  private readonly samples = new Float32Array(1024);

  /** Made inside the attendee's tap, so the browser lets it play with sound. */
  constructor() {
    this.audio = document.createElement('audio');
    this.audio.autoplay = true;
    void this.audio.play().catch(() => {});
    this.context = new AudioContext();
    void this.context.resume().catch(() => {});
  }

  /** Connects and resolves once the mix plays; `onLost` is called if the connection drops later. */
  async start(ticket: ListenTicket, onLost: () => void): Promise<void> {
    const signal = new JanusSignal();
    this.signal = signal;
    await signal.connect(ticket.url);
    signal.onClose = onLost;
    const handle = await signal.attach('janus.plugin.streaming', () => {}, onLost);
    const watched = await signal.message(handle, { request: 'watch', id: ticket.stream, pin: ticket.pin });
    if (!watched.jsep) throw new Error('janus-no-offer');
    const pc = new RTCPeerConnection();
    this.pc = pc;
    pc.onicecandidate = (e) => signal.trickle(handle, e.candidate ? e.candidate.toJSON() : null);
    pc.ontrack = (e) => {
      const stream = e.streams[0] ?? new MediaStream([e.track]);
      this.audio.srcObject = stream;
      void this.audio.play().catch(() => {});
      if (this.context) {
        const analyser = this.context.createAnalyser();
        analyser.fftSize = this.samples.length;
        this.context.createMediaStreamSource(stream).connect(analyser);
        this.analyser = analyser;
      }
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') onLost();
    };
    await pc.setRemoteDescription(watched.jsep);
    const answer = await pc.createAnswer();
    await pc.setLocalDescription(answer);
    await signal.message(handle, { request: 'start' }, {
      type: 'answer',
      sdp: answer.sdp ?? '',
    } as JanusJsep);
  }

  setOutput(volume: number, muted: boolean): void {
    this.audio.volume = volume;
    this.audio.muted = muted;
  }

  /** Bytes received, the receiver's audio level (0..1) and the analyser's RMS level (0..1). */
  async stats(): Promise<ListenStats> {
    let bytes = 0;
    let level = 0;
    const report = await this.pc?.getStats();
    report?.forEach((s: { type: string; kind?: string; bytesReceived?: number; audioLevel?: number }) => {
      if (s.type === 'inbound-rtp' && s.kind === 'audio') {
        bytes = s.bytesReceived ?? 0;
        level = s.audioLevel ?? 0;
      }
    });
    let speaking = 0;
    if (this.analyser) {
      this.analyser.getFloatTimeDomainData(this.samples);
      let sum = 0;
      for (const x of this.samples) sum += x * x;
      speaking = Math.sqrt(sum / this.samples.length);
    }
    return { bytes, level, speaking };
  }

  stop(): void {
    this.pc?.close();
    this.pc = null;
    this.signal?.close();
    this.signal = null;
    this.audio.srcObject = null;
    void this.context?.close().catch(() => {});
    this.context = null;
    this.analyser = null;
  }
}
