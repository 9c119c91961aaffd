// A blocky stroke font for the Losari letters (client only): each glyph is a width and polylines
// of stroke centre lines, flat [u0, v0, u1, v1, …] in cap heights (v up). Only the letters of
// "CITY OF MAKASSAR" are defined; anything else is a space.

type Glyph = { width: number; strokes: number[][] };

/** Stroke width; L/B/T are the centre-line extents (left, bottom, top), C the corner chamfer. */
export const STROKE = 0.25;
const L = STROKE / 2;
const B = STROKE / 2;
const T = 1 - STROKE / 2;
const M = 0.5;
const C = 0.16;

function glyph(width: number, make: (r: number, mid: number) => number[][]): Glyph {
  return { width, strokes: make(width - STROKE / 2, width / 2) };
}

/** A's crossbar meets its left diagonal at height v. */
const aLeft = (m: number, v: number) => L + ((m - L) * (v - B)) / (T - B);

export const GLYPHS: Record<string, Glyph> = {
  C: glyph(0.62, (R) => [[R, T, L + C, T, L, T - C, L, B + C, L + C, B, R, B]]),
  I: glyph(STROKE, (_, m) => [[m, B, m, T]]),
  T: glyph(0.64, (R, m) => [
    [L, T, R, T],
    [m, T, m, B],
  ]),
  Y: glyph(0.66, (R, m) => [
    [L, T, m, M - 0.04],
    [R, T, m, M - 0.04],
    [m, M - 0.04, m, B],
  ]),
  O: glyph(0.66, (R) => [
    [L + C, T, R - C, T, R, T - C, R, B + C, R - C, B, L + C, B, L, B + C, L, T - C, L + C, T],
  ]),
  F: glyph(0.56, (R) => [
    [L, B, L, T, R, T],
    [L, M, R - 0.06, M],
  ]),
  M: glyph(0.8, (R, m) => [[L, B, L, T, m, M - 0.08, R, T, R, B]]),
  A: glyph(0.68, (R, m) => [
    [L, B, m, T, R, B],
    [aLeft(m, 0.36), 0.36, 2 * m - aLeft(m, 0.36), 0.36],
  ]),
  K: glyph(0.62, (R) => [
    [L, B, L, T],
    [R, T, L + 0.04, M, R, B],
  ]),
  S: glyph(0.62, (R) => [
    [
      R,
      T,
      L + C,
      T,
      L,
      T - C,
      L,
      M + C * 0.6,
      L + C * 0.6,
      M,
      R - C * 0.6,
      M,
      R,
      M - C * 0.6,
      R,
      B + C,
      R - C,
      B,
      L,
      B,
    ],
  ]),
  R: glyph(0.62, (R) => [
    [L, B, L, T, R - C, T, R, T - C, R, M + C, R - C, M, L, M],
    [L + 0.2, M, R, B],
  ]),
};
