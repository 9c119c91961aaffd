// 2D-canvas painting of the hall's decoration atlas (client only): the gold-on-red lettering banner,
// the sulapa' appa' band (the Bugis-Makassar four-sided diamond: the four elements, the whole world)
// and the checked red-and-gold lipa' sabbe (silk sarong) band. Generic font families only.
import type { Rect } from '../scene/displayPainter.ts';
import { HALL_COLORS as C } from './hallColors.ts';

type Ctx = CanvasRenderingContext2D;

/** A sulapa' appa' diamond: an outer rhombus with a nested one and a centre dot. */
export function diamond(
  ctx: Ctx,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  outer: string,
  inner: string,
) {
  const rhombus = (sx: number, sy: number) => {
    ctx.beginPath();
    ctx.moveTo(cx, cy - sy);
    ctx.lineTo(cx + sx, cy);
    ctx.lineTo(cx, cy + sy);
    ctx.lineTo(cx - sx, cy);
    ctx.closePath();
  };
  ctx.fillStyle = outer;
  rhombus(rx, ry);
  ctx.fill();
  ctx.fillStyle = inner;
  rhombus(rx * 0.62, ry * 0.62);
  ctx.fill();
  ctx.fillStyle = outer;
  rhombus(rx * 0.25, ry * 0.25);
  ctx.fill();
}

/** The lettering banner; `title` comes translated (client/i18n/hallStrings.ts). */
export function paintBanner(ctx: Ctx, r: Rect, title: string): void {
  ctx.fillStyle = C.redDeep;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = C.gold;
  ctx.fillRect(r.x, r.y + 4, r.w, 4);
  ctx.fillRect(r.x, r.y + r.h - 8, r.w, 4);
  for (const side of [0, 1]) {
    const cx = side === 0 ? r.x + 40 : r.x + r.w - 40;
    diamond(ctx, cx, r.y + r.h / 2, 26, 30, C.gold, C.red);
  }
  ctx.fillStyle = C.goldPale;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  let px = Math.round(r.h * 0.5);
  ctx.font = `bold ${px}px serif`;
  while (px > 10 && ctx.measureText(title).width > r.w - 150) {
    px--;
    ctx.font = `bold ${px}px serif`;
  }
  ctx.fillText(title, r.x + r.w / 2, r.y + r.h / 2 + 2);
}

/** The diamond band: a row of sulapa' appa' on dark red between gold rules. */
export function paintSulapaAppa(ctx: Ctx, r: Rect): void {
  ctx.fillStyle = C.redDeep;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = C.gold;
  ctx.fillRect(r.x, r.y + 3, r.w, 3);
  ctx.fillRect(r.x, r.y + r.h - 6, r.w, 3);
  const step = r.h * 0.9;
  for (let x = r.x + step / 2; x < r.x + r.w; x += step) {
    diamond(ctx, x, r.y + r.h / 2, step * 0.42, r.h * 0.32, C.gold, C.red);
  }
}

/** Lipa' sabbe: broad red checks crossed by gold and dark threads. */
export function paintSongket(ctx: Ctx, r: Rect): void {
  ctx.fillStyle = C.red;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  const cell = r.h / 2;
  for (let x = r.x; x < r.x + r.w; x += cell) {
    ctx.fillStyle = 'rgba(60,6,10,0.45)';
    ctx.fillRect(x + cell * 0.55, r.y, cell * 0.3, r.h);
    ctx.fillStyle = C.gold;
    ctx.fillRect(x + cell * 0.45, r.y, 2, r.h);
  }
  for (let y = r.y; y < r.y + r.h; y += cell) {
    ctx.fillStyle = 'rgba(60,6,10,0.45)';
    ctx.fillRect(r.x, y + cell * 0.55, r.w, cell * 0.3);
    ctx.fillStyle = C.gold;
    ctx.fillRect(r.x, y + cell * 0.45, r.w, 2);
  }
  ctx.fillStyle = C.goldPale;
  ctx.fillRect(r.x, r.y, r.w, 3);
  ctx.fillRect(r.x, r.y + r.h - 3, r.w, 3);
}
