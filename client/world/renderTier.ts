// The render tier (client only): 'high' draws the city as designed; 'low' is for GPU-less kiosks and
// old phones (software WebGL): a lower device pixel ratio, no antialiasing, no rain, the background
// city thinned and minor props drawn nearer only (see README "Render tiers"). The tier never changes
// what the city *is* — every landmark, booth and sign stays.
// Rule (pure, tested): `?tier=low|high` forces the tier. Otherwise the city starts high, and the
// frame times of the first seconds decide: once FRAME_SAMPLES frames after FRAME_WARMUP frames have
// been measured — or, on a very slow machine, at least MIN_SAMPLES frames spanning PROBE_MAX_MS — a
// median above LOW_TIER_FRAME_MS (below 25 fps) switches to low for the rest of the visit; never back
// up (no flapping between tiers).

export type RenderTier = 'high' | 'low';

/** Frames ignored after the city mounts (shader compilation, texture uploads, the camera easing in). */
export const FRAME_WARMUP = 10;
/** Frames measured after the warm-up before deciding. */
export const FRAME_SAMPLES = 40;
/** At 1–3 fps 40 frames take too long: this many, spanning PROBE_MAX_MS, decide too. */
export const MIN_SAMPLES = 6;
export const PROBE_MAX_MS = 4000;
/** A median frame time above this (milliseconds) chooses the low tier: below 25 fps. */
export const LOW_TIER_FRAME_MS = 40;

/** The tier forced by the page address (`?tier=low` / `?tier=high`), or null to measure. */
export function forcedTier(search: string): RenderTier | null {
  const t = new URLSearchParams(search).get('tier');
  return t === 'low' || t === 'high' ? t : null;
}

/**
 * The tier chosen from the frame times measured so far (milliseconds, in order, warm-up included),
 * or null while too few frames were measured. Non-finite or negative times are ignored.
 */
export function tierFromFrameTimes(frameTimesMs: readonly number[]): RenderTier | null {
  const measured = frameTimesMs
    .slice(FRAME_WARMUP)
    .filter((t) => Number.isFinite(t) && t >= 0)
    .slice(0, FRAME_SAMPLES);
  const spanMs = measured.reduce((sum, t) => sum + t, 0);
  if (measured.length < FRAME_SAMPLES && (measured.length < MIN_SAMPLES || spanMs < PROBE_MAX_MS))
    return null;
  const sorted = [...measured].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = ((sorted[Math.floor(mid - 0.5)] as number) + (sorted[Math.ceil(mid - 0.5)] as number)) / 2;
  return median > LOW_TIER_FRAME_MS ? 'low' : 'high';
}
