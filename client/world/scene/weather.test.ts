import { describe, expect, it } from 'vitest';
import { mixColor, overcastOf } from './weather.ts';

describe('overcastOf', () => {
  it('keeps the fair sky up to 40 % cloud cover, then greys in quarters to full', () => {
    expect([0, 40, 50, 55, 70, 85, 99, 100, 250].map(overcastOf)).toEqual([
      0, 0, 0.25, 0.25, 0.5, 0.75, 1, 1, 1,
    ]);
    expect(overcastOf(-10)).toBe(0);
  });
});

describe('mixColor', () => {
  it('mixes two #rrggbb colours', () => {
    expect(mixColor('#000000', '#ffffff', 0)).toBe('#000000');
    expect(mixColor('#000000', '#ffffff', 1)).toBe('#ffffff');
    expect(mixColor('#cde3ef', '#a9b3bb', 0.5)).toBe('#bbcbd5');
  });
});
