// Keeping name tags apart on screen (client only, pure): tags are placed nearest avatar first; a tag
// that would overlap one already placed is lifted to sit just above it, up to MAX_LIFTS times, and
// hidden if it still overlaps. Screen pixels; each tag is anchored at its bottom centre (x, y).
// Allocation-free: callers keep their Label objects and reuse them every frame.

export type Label = {
  /** Anchor (bottom centre) and size, CSS pixels; set by the caller. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Set by declutter: how far to lift the tag (pixels, ≥ 0) and whether to show it. */
  lift: number;
  shown: boolean;
};

const MAX_LIFTS = 2;
/** Breathing room between two tags, pixels. */
const GAP_PX = 2;

function clash(a: Label, b: Label): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.w + b.w + GAP_PX * 2 &&
    a.y - a.lift - a.h - GAP_PX < b.y - b.lift &&
    b.y - b.lift - b.h - GAP_PX < a.y - a.lift
  );
}

/** Places the first `n` labels, which must be in priority order (the nearest avatar first). */
export function declutter(labels: readonly Label[], n: number): void {
  for (let i = 0; i < n; i++) {
    const l = labels[i] as Label;
    l.lift = 0;
    l.shown = false;
    for (let tries = 0; tries <= MAX_LIFTS; tries++) {
      let hit: Label | null = null;
      for (let j = 0; j < i && !hit; j++) {
        const o = labels[j] as Label;
        if (o.shown && clash(l, o)) hit = o;
      }
      if (!hit) {
        l.shown = true;
        break;
      }
      // Sit just above the tag it hit.
      l.lift = Math.max(l.lift, l.y - (hit.y - hit.lift - hit.h - GAP_PX));
    }
  }
}
