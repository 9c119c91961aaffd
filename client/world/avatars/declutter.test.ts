import { describe, expect, it } from 'vitest';
import { declutter, type Label } from './declutter.ts';

const label = (x: number, y: number, w = 80, h = 18): Label => ({ x, y, w, h, lift: 0, shown: false });
const top = (l: Label) => l.y - l.lift - l.h;
const overlap = (a: Label, b: Label) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && top(a) < b.y - b.lift && top(b) < a.y - a.lift;

describe('declutter', () => {
  it('leaves tags that do not touch where they are', () => {
    const ls = [label(100, 100), label(300, 100), label(100, 300)];
    declutter(ls, ls.length);
    expect(ls.map((l) => [l.shown, l.lift])).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
  });

  it('lifts a tag over the nearer one it would cover, and hides what cannot fit', () => {
    // Four avatars standing together: the same screen spot.
    const ls = [label(200, 200), label(205, 201), label(198, 199), label(202, 200)];
    declutter(ls, ls.length);
    expect(ls[0]).toMatchObject({ shown: true, lift: 0 });
    expect(ls[1]?.shown).toBe(true);
    expect(ls[1]?.lift).toBeGreaterThanOrEqual(18);
    expect(ls[2]?.shown).toBe(true);
    expect(ls[3]?.shown).toBe(false);
    const shown = ls.filter((l) => l.shown);
    for (const a of shown) for (const b of shown) if (a !== b) expect(overlap(a, b)).toBe(false);
  });

  it('places only the first n labels', () => {
    const ls = [label(0, 0), label(0, 0)];
    ls[1] = { ...label(0, 0), shown: true, lift: 7 };
    declutter(ls, 1);
    expect(ls[1]).toMatchObject({ shown: true, lift: 7 });
  });
});
