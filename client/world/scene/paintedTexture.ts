// A texture painted on a 2D canvas (client only): boards, signs and screens draw on `ctx`, then set
// `texture.needsUpdate`. sRGB colours; `anisotropy` keeps text sharp on boards seen at an angle.
import { CanvasTexture, SRGBColorSpace } from 'three';

export type PaintedTexture = { ctx: CanvasRenderingContext2D; texture: CanvasTexture };

export function paintedTexture(width: number, height: number, anisotropy = 1): PaintedTexture {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = anisotropy;
  return { ctx, texture };
}
