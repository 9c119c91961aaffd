// What bench:voice runs inside Chromium pages (serialised with Function.prototype.toString, so no
// imports and no closures): a speaker that sends a 1 kHz pulse of 100 ms at every even second of the
// shared clock (Date.now) into the AudioBridge, and listeners that watch the Streaming mountpoint —
// one "probe" detecting pulse onsets (latency = onset − the even second before it, so anything under
// 2 s is read unambiguously) and plain listeners that only count received bytes. `JanusSignal` is the page's own client (client/net/janusSignal.ts).

type Signal = {
  connect(url: string): Promise<void>;
  attach(plugin: string, onEvent: (e: unknown) => void): Promise<number>;
  message(
    h: number,
    body: Record<string, unknown>,
    jsep?: { type: string; sdp: string },
  ): Promise<{ data: Record<string, unknown>; jsep?: RTCSessionDescriptionInit }>;
  trickle(h: number, c: RTCIceCandidateInit | null): void;
};
type Win = Window & {
  JanusSignal: new () => Signal;
  latencies: number[];
  pcs: RTCPeerConnection[];
};

export async function speakInPage(t: { url: string; room: number; pin: string; token: string; id: number }) {
  const w = window as unknown as Win;
  const ctx = new AudioContext();
  await ctx.resume();
  const osc = ctx.createOscillator();
  osc.frequency.value = 1000;
  const gain = ctx.createGain();
  gain.gain.value = 0;
  const dest = ctx.createMediaStreamDestination();
  osc.connect(gain).connect(dest);
  osc.start();
  // Pulses at even seconds of Date.now, scheduled on the audio clock (mapped to the wall clock through
  // getOutputTimestamp) a little ahead; each second boundary at most once.
  let last = 0;
  const schedule = () => {
    const ts = ctx.getOutputTimestamp();
    const ctxNow = ts.contextTime ?? ctx.currentTime;
    const wallNow = performance.timeOrigin + (ts.performanceTime ?? performance.now());
    const at = Math.ceil(wallNow / 2000) * 2000;
    if (at === last || at - wallNow < 200) return;
    last = at;
    const when = ctxNow + (at - wallNow) / 1000;
    gain.gain.setValueAtTime(0.8, when);
    gain.gain.setValueAtTime(0, when + 0.1);
  };
  setInterval(schedule, 250);
  const s = new w.JanusSignal();
  await s.connect(t.url);
  const h = await s.attach('janus.plugin.audiobridge', () => {});
  await s.message(h, { request: 'join', room: t.room, pin: t.pin, token: t.token, id: t.id, muted: false });
  const pc = new RTCPeerConnection();
  pc.onicecandidate = (e) => s.trickle(h, e.candidate ? e.candidate.toJSON() : null);
  for (const track of dest.stream.getAudioTracks()) pc.addTrack(track, dest.stream);
  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  const r = await s.message(
    h,
    { request: 'configure', muted: false },
    { type: 'offer', sdp: offer.sdp ?? '' },
  );
  if (r.jsep) await pc.setRemoteDescription(r.jsep);
}

/** Adds `count` listeners to this page; the first one ever added is the latency probe. */
export async function listenInPage(a: { url: string; stream: number; pin: string; count: number }) {
  const w = window as unknown as Win;
  w.pcs ??= [];
  w.latencies ??= [];
  const s = new w.JanusSignal();
  await s.connect(a.url);
  for (let i = 0; i < a.count; i++) {
    const probe = w.pcs.length === 0;
    const h = await s.attach('janus.plugin.streaming', () => {});
    const watched = await s.message(h, { request: 'watch', id: a.stream, pin: a.pin });
    const pc = new RTCPeerConnection();
    w.pcs.push(pc);
    pc.onicecandidate = (e) => s.trickle(h, e.candidate ? e.candidate.toJSON() : null);
    if (probe) {
      pc.ontrack = (e) => {
        const ctx = new AudioContext();
        const stream = e.streams[0] ?? new MediaStream([e.track]);
        // Chrome feeds a remote stream into Web Audio only while a media element plays it.
        const el = new Audio();
        el.srcObject = stream;
        el.muted = true;
        void el.play();
        const an = ctx.createAnalyser();
        an.fftSize = 256;
        ctx.createMediaStreamSource(stream).connect(an);
        const buf = new Float32Array(an.fftSize);
        let loud = false;
        setInterval(() => {
          an.getFloatTimeDomainData(buf);
          let sum = 0;
          for (const x of buf) sum += x * x;
          const rms = Math.sqrt(sum / buf.length);
          if (!loud && rms > 0.05) {
            loud = true;
            w.latencies.push(Date.now() % 2000);
          } else if (loud && rms < 0.01) loud = false;
        }, 2);
      };
    }
    if (!watched.jsep) throw new Error('no offer from the mountpoint');
    await pc.setRemoteDescription(watched.jsep);
    const answer = await pc.createAnswer();
    await pc.setLocalDescription(answer);
    await s.message(h, { request: 'start' }, { type: 'answer', sdp: answer.sdp ?? '' });
  }
}

/** Bytes received by each listener of this page. */
export async function bytesInPage(): Promise<number[]> {
  const w = window as unknown as Win;
  return Promise.all(
    (w.pcs ?? []).map(async (pc) => {
      let bytes = 0;
      (await pc.getStats()).forEach((s: { type: string; bytesReceived?: number }) => {
        if (s.type === 'inbound-rtp') bytes = s.bytesReceived ?? 0;
      });
      return bytes;
    }),
  );
}

/** The probe's latencies so far (ms), emptied. */
export function takeLatencies(): number[] {
  const w = window as unknown as Win;
  return (w.latencies ?? []).splice(0);
}
