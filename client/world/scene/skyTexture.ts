// The sky as an equirectangular canvas (client only): a zenith-to-horizon gradient, the sun's glow
// in SUN_DIR, cumulus clouds and the faint hills of the interior to the east. Used as
// scene.background, so it costs one draw call and is never clipped by the camera's far plane.
import { CanvasTexture, EquirectangularReflectionMapping, SRGBColorSpace } from 'three';
import { seeded } from '../../../shared/random.ts';
import { HORIZON, SKY_ZENITH, SUN_DIR } from './sunlight.ts';

const W = 1024;
const H = 512;
/** Canvas x of a compass direction (east = W/2, south = 3W/4, north = W/4). */
const u = (x: number, z: number) => (Math.atan2(z, x) / (Math.PI * 2) + 0.5) * W;
/** Canvas y of an elevation in radians (horizon = H/2). */
const v = (elevation: number) => (0.5 - elevation / Math.PI) * H;

/** Extra cloud groups on a fully overcast sky (26 on a fair one). */
const OVERCAST_EXTRA_CLOUDS = 40;

/** `overcast` 0 (the fair afternoon) … 1 (grey, full cloud cover; see weather.ts). */
export function createSkyTexture(overcast = 0): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const sky = ctx.createLinearGradient(0, 0, 0, H / 2);
  sky.addColorStop(0, SKY_ZENITH);
  sky.addColorStop(0.55, '#7fb4e6');
  sky.addColorStop(0.9, '#bcd9ef');
  sky.addColorStop(1, HORIZON);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, W, H / 2);
  ctx.fillStyle = HORIZON;
  ctx.fillRect(0, H / 2, W, H / 2);

  const sx = u(SUN_DIR.x, SUN_DIR.z);
  const sy = v(Math.asin(SUN_DIR.y));
  // Equirectangular rows stretch by 1 / cos(elevation): widen the glow to stay round in the sky.
  const stretch = 1 / Math.cos(Math.asin(SUN_DIR.y));
  for (const shift of [-W, 0, W]) {
    ctx.save();
    ctx.translate(sx + shift, sy);
    ctx.scale(stretch, 1);
    const glow = ctx.createRadialGradient(0, 0, 1, 0, 0, 120);
    glow.addColorStop(0, 'rgba(255,255,248,1)');
    glow.addColorStop(0.07, 'rgba(255,250,228,0.95)');
    glow.addColorStop(0.12, 'rgba(255,244,210,0.5)');
    glow.addColorStop(0.4, 'rgba(255,240,200,0.18)');
    glow.addColorStop(1, 'rgba(255,240,200,0)');
    ctx.fillStyle = glow;
    ctx.fillRect(-120, -120, 240, 240);
    ctx.restore();
  }

  // Overcast: a grey veil over the blue and the sun's glow.
  if (overcast > 0) {
    ctx.fillStyle = `rgba(150,160,170,${0.75 * overcast})`;
    ctx.fillRect(0, 0, W, H / 2);
  }

  const rnd = seeded(9111607);
  const grey = Math.round(255 - 90 * overcast);
  const clouds = 26 + Math.round(OVERCAST_EXTRA_CLOUDS * overcast);
  for (let i = 0; i < clouds; i++) {
    const cx = rnd() * W;
    const cy = H / 2 - 14 - rnd() * rnd() * 120;
    const scale = 0.5 + (H / 2 - cy) / 90;
    for (let k = 0; k < 9; k++) {
      const px = cx + (rnd() - 0.5) * 70 * scale;
      const py = cy - rnd() * 14 * scale;
      const r = (8 + rnd() * 14) * scale;
      for (const shift of [-W, 0, W]) {
        const puff = ctx.createRadialGradient(px + shift, py - r * 0.3, r * 0.2, px + shift, py, r);
        puff.addColorStop(0, `rgba(${grey},${grey},${grey + 5 * overcast},0.95)`);
        puff.addColorStop(0.7, `rgba(${grey - 11},${grey - 8},${grey - 5},0.8)`);
        puff.addColorStop(1, 'rgba(230,238,245,0)');
        ctx.fillStyle = puff;
        ctx.fillRect(px + shift - r, py - r, r * 2, r * 2);
      }
    }
  }

  // Hills of the interior (Bawakaraeng) far to the east, just above the horizon.
  ctx.fillStyle = 'rgba(139,163,184,0.55)';
  ctx.beginPath();
  ctx.moveTo(W * 0.3, H / 2 + 1);
  for (let x = W * 0.3; x <= W * 0.7; x += 8) {
    const t = (x - W * 0.3) / (W * 0.4);
    const ridge = Math.sin(t * Math.PI) * (7 + 5 * Math.sin(t * 23) + 3 * Math.sin(t * 57));
    ctx.lineTo(x, H / 2 - Math.max(0, ridge));
  }
  ctx.lineTo(W * 0.7, H / 2 + 1);
  ctx.fill();

  const texture = new CanvasTexture(canvas);
  texture.mapping = EquirectangularReflectionMapping;
  texture.colorSpace = SRGBColorSpace;
  return texture;
}
