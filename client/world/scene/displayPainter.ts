// 2D-canvas painting of the atlas cells (client only): booth signs, booth displays, district signs
// and landmark name plates. Generic font families only (no web fonts are fetched).
import type { Figure } from '../../../shared/booth.ts';
import { formatNumber } from '../../../shared/format.ts';
import { kpiLabel, kpiUnit } from '../../../shared/kpiNames.ts';

export type Rect = { x: number; y: number; w: number; h: number };
type Ctx = CanvasRenderingContext2D;
const FONT = 'sans-serif';

/** Sets a font no larger than `px` that fits `text` into `maxW` (text width scales with size). */
function fitFont(ctx: Ctx, text: string, px: number, maxW: number, weight = 'bold'): void {
  ctx.font = `${weight} ${px}px ${FONT}`;
  const width = ctx.measureText(text).width;
  if (width > maxW) ctx.font = `${weight} ${Math.max(9, Math.floor((px * maxW) / width))}px ${FONT}`;
}

/** Cuts `text` with an ellipsis so it fits `maxW` in the current font. */
function clip(ctx: Ctx, text: string, maxW: number): string {
  if (ctx.measureText(text).width <= maxW) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > maxW) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

export function paintSign(ctx: Ctx, r: Rect, text: string, color: string): void {
  ctx.fillStyle = color;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = 'rgba(0,0,0,0.18)';
  ctx.fillRect(r.x, r.y + r.h - 5, r.w, 5);
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  fitFont(ctx, text, 30, r.w - 16);
  ctx.fillText(text, r.x + r.w / 2, r.y + r.h / 2);
}

/** The visitor's language and the display's translated "simulated" tag. */
export type DisplayText = { language: string; simulated: string };

export function paintDisplay(
  ctx: Ctx,
  r: Rect,
  title: string,
  color: string,
  figures: readonly Figure[],
  highlight: boolean,
  text: DisplayText,
): void {
  ctx.fillStyle = highlight ? '#173a52' : '#0e1826';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  const head = 24;
  ctx.fillStyle = color;
  ctx.fillRect(r.x, r.y, r.w, head);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#ffffff';
  fitFont(ctx, title, 15, r.w - 90);
  ctx.fillText(title, r.x + 8, r.y + head / 2 + 1);
  if (figures.some((f) => f.simulated)) {
    ctx.fillStyle = '#ffd23f';
    ctx.fillRect(r.x + r.w - 74, r.y + 4, 68, head - 8);
    ctx.fillStyle = '#3a2a00';
    ctx.textAlign = 'center';
    fitFont(ctx, text.simulated, 11, 62);
    ctx.fillText(text.simulated, r.x + r.w - 40, r.y + head / 2 + 1);
  }
  const shown = figures.slice(0, 3);
  const rowH = (r.h - head - 4) / Math.max(shown.length, 1);
  shown.forEach((f, i) => {
    const top = r.y + head + 2 + i * rowH;
    if (i > 0) {
      ctx.fillStyle = 'rgba(255,255,255,0.12)';
      ctx.fillRect(r.x + 8, top, r.w - 16, 1);
    }
    const valuePx = shown.length === 3 ? 22 : shown.length === 2 ? 27 : 34;
    const labelPx = shown.length === 3 ? 12 : 14;
    const block = labelPx + 3 + valuePx * 0.74;
    const labelTop = top + (rowH - block) / 2;
    const baseline = labelTop + block;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#a9bdd4';
    ctx.font = `${labelPx}px ${FONT}`;
    ctx.fillText(clip(ctx, kpiLabel(f.label, text.language), r.w - 16), r.x + 8, labelTop);
    const value = formatNumber(f.value, text.language);
    ctx.textBaseline = 'alphabetic';
    fitFont(ctx, value, valuePx, r.w * 0.55);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(value, r.x + 8, baseline);
    const unitX = r.x + 14 + ctx.measureText(value).width;
    ctx.font = `bold ${shown.length === 3 ? 13 : 15}px ${FONT}`;
    ctx.fillStyle = '#ffd27a';
    ctx.fillText(clip(ctx, kpiUnit(f.unit, text.language), r.x + r.w - 8 - unitX), unitX, baseline - 1);
  });
  if (highlight) {
    ctx.strokeStyle = '#7df9ff';
    ctx.lineWidth = 6;
    ctx.strokeRect(r.x + 3, r.y + 3, r.w - 6, r.h - 6);
  }
}

export function paintDistrict(ctx: Ctx, r: Rect, label: string, color: string): void {
  ctx.fillStyle = '#fbf7ee';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = color;
  ctx.fillRect(r.x, r.y, r.w, 16);
  ctx.fillRect(r.x, r.y + r.h - 6, r.w, 6);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold 11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('KAWASAN OPD', r.x + r.w / 2, r.y + 8.5);
  ctx.fillStyle = '#1d2228';
  const lines = wrap(ctx, label, r.w - 16, 22);
  const lineH = r.h - 22 > 2 * 26 ? 26 : 24;
  const mid = r.y + 16 + (r.h - 22) / 2;
  lines.forEach((line, i) => {
    ctx.fillText(line, r.x + r.w / 2, mid + (i - (lines.length - 1) / 2) * lineH);
  });
}

export function paintLabel(ctx: Ctx, r: Rect, text: string): void {
  ctx.fillStyle = '#f4ecd8';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeStyle = '#9c7a3c';
  ctx.lineWidth = 3;
  ctx.strokeRect(r.x + 3, r.y + 3, r.w - 6, r.h - 6);
  ctx.fillStyle = '#7a1712';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  fitFont(ctx, text, 26, r.w - 22);
  ctx.fillText(text, r.x + r.w / 2, r.y + r.h / 2 + 1);
}

/** Up to two lines of bold text at ≤ px, shrinking until they fit. */
function wrap(ctx: Ctx, text: string, maxW: number, px: number): string[] {
  for (let size = px; size >= 12; size--) {
    ctx.font = `bold ${size}px ${FONT}`;
    if (ctx.measureText(text).width <= maxW) return [text];
    const words = text.split(' ');
    for (let cut = words.length - 1; cut > 0; cut--) {
      const a = words.slice(0, cut).join(' ');
      const b = words.slice(cut).join(' ');
      if (ctx.measureText(a).width <= maxW && ctx.measureText(b).width <= maxW) return [a, b];
    }
  }
  return [clip(ctx, text, maxW)];
}
