// Image sizes from headers: PNG, JPEG and WebP read right, broken or truncated headers give null.
import { describe, expect, it } from 'vitest';
import { imageSize } from './imageSize.ts';
import { blankPng, webpHeader } from './imageTesting.ts';

// A 2×2 baseline JPEG (JFIF, quantisation table, SOF0 …).
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQqKiokJCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAACAAIDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z',
  'base64',
);

describe('imageSize', () => {
  it('reads PNG IHDR, including a 20000×20000 bomb that is only a few KB', () => {
    expect(imageSize('image/png', blankPng(3, 5))).toEqual({ width: 3, height: 5 });
    const bomb = blankPng(20000, 20000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(imageSize('image/png', bomb)).toEqual({ width: 20000, height: 20000 });
  });

  it('reads the JPEG frame header past the other segments', () => {
    expect(imageSize('image/jpeg', JPEG)).toEqual({ width: 2, height: 2 });
    const wide = Buffer.from(JPEG);
    const sof = wide.indexOf(Buffer.from([0xff, 0xc0]));
    wide.writeUInt16BE(30000, sof + 7);
    expect(imageSize('image/jpeg', wide)).toEqual({ width: 30000, height: 2 });
  });

  it('reads WebP VP8X, VP8L and VP8 headers', () => {
    expect(imageSize('image/webp', webpHeader(8000, 600))).toEqual({ width: 8000, height: 600 });
    const lossless = Buffer.alloc(30);
    lossless.write('RIFF\x16\x00\x00\x00WEBPVP8L', 0, 'latin1');
    lossless[20] = 0x2f;
    lossless.writeUInt32LE((100 - 1) | ((50 - 1) << 14), 21);
    expect(imageSize('image/webp', lossless)).toEqual({ width: 100, height: 50 });
    const lossy = Buffer.alloc(30);
    lossy.write('RIFF\x16\x00\x00\x00WEBPVP8 ', 0, 'latin1');
    lossy.set([0x9d, 0x01, 0x2a], 23);
    lossy.writeUInt16LE(640, 26);
    lossy.writeUInt16LE(480, 28);
    expect(imageSize('image/webp', lossy)).toEqual({ width: 640, height: 480 });
  });

  it('gives null for truncated or malformed headers and zero sizes', () => {
    expect(imageSize('image/png', blankPng(4, 4).subarray(0, 20))).toBeNull();
    expect(imageSize('image/png', blankPng(0, 4))).toBeNull();
    expect(imageSize('image/jpeg', JPEG.subarray(0, 30))).toBeNull();
    expect(imageSize('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    expect(imageSize('image/webp', webpHeader(10, 10).subarray(0, 20))).toBeNull();
    const unknown = webpHeader(10, 10);
    unknown.write('ABCD', 12, 'latin1');
    expect(imageSize('image/webp', unknown)).toBeNull();
  });
});
