// The performance tier of this device (client only), chosen once when the 3D chunk loads (never per
// frame, never through React state).
// Rule: `?tier=phone|desktop` forces it (tests, benchmarks); otherwise 'phone' when the screen is
// small (shorter side ≤ PHONE_SCREEN_MAX_PX CSS px) AND either the primary pointer is coarse or
// navigator.hardwareConcurrency ≤ 4; else 'desktop'. Phone tier: thinner background city and
// vegetation, device pixel ratio capped at 1, no antialiasing (see README "Benchmarks"). The low
// render tier (./renderTier.ts: forced or chosen mid-visit) builds the same light scene:
// useLightScene.ts.

export type Tier = 'desktop' | 'phone';

/** Shorter screen side in CSS pixels up to which a device counts as phone-sized. */
const PHONE_SCREEN_MAX_PX = 600;

function chooseTier(): Tier {
  if (typeof window === 'undefined') return 'desktop';
  const forced = new URLSearchParams(window.location.search).get('tier');
  if (forced === 'phone' || forced === 'desktop') return forced;
  const small = Math.min(window.screen.width, window.screen.height) <= PHONE_SCREEN_MAX_PX;
  const coarse = window.matchMedia('(pointer: coarse)').matches;
  const fewCores = (navigator.hardwareConcurrency || 8) <= 4;
  return small && (coarse || fewCores) ? 'phone' : 'desktop';
}

export const TIER: Tier = chooseTier();
