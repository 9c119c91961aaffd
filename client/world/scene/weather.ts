// How the weather from the server looks (client only): cloud cover → how overcast the sky is, in a
// few steps so the sky texture is redrawn only when the look really changes. Pure.

/** Up to this cloud cover (percent) the fair-weather sky stands; full grey at 100 %. */
const FAIR_CLOUD_COVER = 40;
const STEPS = 4;

/** 0 (fair) … 1 (overcast), in quarters. */
export function overcastOf(cloudCover: number): number {
  const t = Math.min(1, Math.max(0, (cloudCover - FAIR_CLOUD_COVER) / (100 - FAIR_CLOUD_COVER)));
  return Math.round(t * STEPS) / STEPS;
}

/** '#rrggbb' between two colours, t in 0..1. */
export function mixColor(a: string, b: string, t: number): string {
  const channel = (c: string, i: number) => Number.parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  const hex = [0, 1, 2].map((i) =>
    Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${hex.join('')}`;
}
