// Per-frame data, deliberately outside React: the network writes samples here, the scene reads them
// in useFrame. Nothing in this module triggers a render.
import type { AnimName } from '../../shared/protocol.ts';

/** Remote avatars are drawn this far in the past, between two received samples. */
export const INTERPOLATION_DELAY_MS = 120;
const MAX_SAMPLES = 12;
const HOLD_GAP_MS = 250;
const TYPICAL_GAP_MS = 100;

export type Sample = { t: number; x: number; z: number; heading: number; anim: number };
export type RemoteMotion = { samples: Sample[] };

export const remotes = new Map<string, RemoteMotion>();

/**
 * The local visitor, moved by input each frame; the sender reads it at 10 Hz. (sentX, sentZ) is
 * where the server last heard the visitor stands: the last pose sent, or a correction received.
 */
export const self = {
  x: 0,
  z: 0,
  heading: 0,
  anim: 'idle' as AnimName,
  placed: false,
  corrections: 0,
  sentX: 0,
  sentZ: 0,
};

/** Puts the local visitor where the server says it stands (first state, correction, travel). */
export function placeSelf(x: number, z: number): void {
  self.x = x;
  self.z = z;
  self.sentX = x;
  self.sentZ = z;
}

export function pushSample(id: string, s: Sample): void {
  let m = remotes.get(id);
  if (!m) {
    m = { samples: [] };
    remotes.set(id, m);
  }
  const last = m.samples[m.samples.length - 1];
  // After a pause, hold the old pose until just before the new sample instead of gliding for seconds.
  if (last && s.t - last.t > HOLD_GAP_MS) m.samples.push({ ...last, t: s.t - TYPICAL_GAP_MS });
  m.samples.push(s);
  if (m.samples.length > MAX_SAMPLES) m.samples.shift();
}

/** Interpolated pose of a remote avatar at render time `t` (ms, performance.now clock). */
export function sampleAt(m: RemoteMotion, t: number, out: Sample): Sample {
  const s = m.samples;
  const last = s[s.length - 1];
  if (!last) return out;
  if (t >= last.t || s.length === 1) return Object.assign(out, last);
  for (let i = s.length - 2; i >= 0; i--) {
    const a = s[i] as Sample;
    if (a.t <= t) {
      const b = s[i + 1] as Sample;
      const k = (t - a.t) / Math.max(1, b.t - a.t);
      out.t = t;
      out.x = a.x + (b.x - a.x) * k;
      out.z = a.z + (b.z - a.z) * k;
      out.heading = lerpAngle(a.heading, b.heading, k);
      out.anim = b.anim;
      return out;
    }
  }
  return Object.assign(out, s[0]);
}

export function lerpAngle(a: number, b: number, k: number): number {
  let d = (b - a) % (Math.PI * 2);
  if (d > Math.PI) d -= Math.PI * 2;
  if (d < -Math.PI) d += Math.PI * 2;
  return a + d * k;
}
