// 2D-canvas painting of what the hall's big screen and caption strip show (client only): the title
// card of a session, a large live-data panel of one OPD, a loading or error card, and the floor
// holder's words. Canvases are SCREEN_W × SCREEN_H (16:9, the screen's shape) and CAPTION_W ×
// CAPTION_H. User text (titles, names, words) is drawn as text, never parsed. Generic fonts only.
import type { Figure } from '../../../shared/booth.ts';
import { formatNumber } from '../../../shared/format.ts';
import { kpiLabel, kpiUnit } from '../../../shared/kpiNames.ts';
import { diamond } from './decorPainter.ts';
import { HALL_COLORS as C } from './hallColors.ts';

export const SCREEN_W = 1280;
export const SCREEN_H = 720;
export const CAPTION_W = 1024;
export const CAPTION_H = 112;
type Ctx = CanvasRenderingContext2D;
const WITA = 'Asia/Makassar';

/** Up to `max` lines of `text` no wider than `maxW` in the current font; the last is cut with "…". */
export function wrapLines(ctx: Ctx, text: string, maxW: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= maxW || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.map((l) => cut(ctx, l, maxW));
  const kept = lines.slice(0, max);
  kept[max - 1] = cut(ctx, `${kept[max - 1]} ${lines[max]}`, maxW, true);
  return kept;
}

function cut(ctx: Ctx, text: string, maxW: number, force = false): string {
  if (!force && ctx.measureText(text).width <= maxW) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > maxW) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

function diamondRow(ctx: Ctx, y: number, size: number): void {
  for (let x = size; x < SCREEN_W; x += size * 2.2)
    diamond(ctx, x, y, size * 0.8, size * 0.55, C.gold, C.redDeep);
}

/** "Jumat, 27 November 2026 · 09.00–11.00 WITA" (or the English form). */
export function whenText(startsAt: number, endsAt: number, language: string): string {
  if (!startsAt) return '';
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: WITA,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, { timeZone: WITA, hour: '2-digit', minute: '2-digit' });
  return `${day.format(startsAt)} · ${time.format(startsAt)}–${time.format(endsAt)} WITA`;
}

type TitleCard = {
  hallName: string;
  cityHall: string;
  title: string;
  organiser: string;
  phase: string;
  live: boolean;
  when: string;
};

export function paintTitleCard(ctx: Ctx, card: TitleCard): void {
  const g = ctx.createLinearGradient(0, 0, 0, SCREEN_H);
  g.addColorStop(0, '#8e141b');
  g.addColorStop(1, '#54090d');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, SCREEN_W, SCREEN_H);
  ctx.fillStyle = C.woodDark;
  ctx.fillRect(0, 0, SCREEN_W, 56);
  ctx.fillRect(0, SCREEN_H - 56, SCREEN_W, 56);
  diamondRow(ctx, 28, 22);
  diamondRow(ctx, SCREEN_H - 28, 22);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = C.goldPale;
  ctx.font = 'bold 30px serif';
  ctx.fillText(`${card.hallName} · ${card.cityHall}`, SCREEN_W / 2, 110);
  ctx.fillStyle = '#fff6e4';
  ctx.font = 'bold 68px sans-serif';
  const lines = wrapLines(ctx, card.title, SCREEN_W - 160, 3);
  const top = 290 - ((lines.length - 1) * 80) / 2;
  lines.forEach((l, i) => {
    ctx.fillText(l, SCREEN_W / 2, top + i * 80);
  });
  ctx.fillStyle = C.goldPale;
  ctx.font = '34px sans-serif';
  ctx.fillText(cut(ctx, card.organiser, SCREEN_W - 160), SCREEN_W / 2, 470);
  ctx.fillStyle = '#f3e3c3';
  ctx.font = '28px sans-serif';
  ctx.fillText(card.when, SCREEN_W / 2, 520);
  ctx.font = 'bold 32px sans-serif';
  const w = ctx.measureText(card.phase).width + (card.live ? 90 : 60);
  ctx.fillStyle = card.live ? '#d7263d' : C.gold;
  ctx.beginPath();
  ctx.roundRect(SCREEN_W / 2 - w / 2, 570, w, 58, 29);
  ctx.fill();
  ctx.fillStyle = card.live ? '#ffffff' : '#3a2206';
  if (card.live) {
    ctx.beginPath();
    ctx.arc(SCREEN_W / 2 - w / 2 + 36, 599, 9, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillText(card.phase, SCREEN_W / 2 + (card.live ? 15 : 0), 600);
}

/** A dark card with one line of text (loading, an error). */
export function paintMessage(ctx: Ctx, text: string): void {
  ctx.fillStyle = '#15100c';
  ctx.fillRect(0, 0, SCREEN_W, SCREEN_H);
  ctx.fillStyle = C.gold;
  ctx.fillRect(0, SCREEN_H - 10, SCREEN_W, 10);
  ctx.fillStyle = '#f3e3c3';
  ctx.font = '44px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(cut(ctx, text, SCREEN_W - 120), SCREEN_W / 2, SCREEN_H / 2);
}

type OpdPanel = {
  name: string;
  color: string;
  figures: readonly Figure[];
  live: string;
  simulated: string;
  updated: string;
  language: string;
};

/** One OPD's headline figures, large: the booth display's content at screen size. */
export function paintOpdPanel(ctx: Ctx, p: OpdPanel): void {
  ctx.fillStyle = '#0e1826';
  ctx.fillRect(0, 0, SCREEN_W, SCREEN_H);
  ctx.fillStyle = p.color;
  ctx.fillRect(0, 0, SCREEN_W, 110);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#ffffff';
  ctx.font = 'bold 46px sans-serif';
  ctx.fillText(cut(ctx, p.name, SCREEN_W - 360), 48, 58);
  ctx.font = 'bold 26px sans-serif';
  ctx.textAlign = 'right';
  ctx.fillText(p.live.toUpperCase(), SCREEN_W - 48, 58);
  if (p.figures.some((f) => f.simulated)) {
    ctx.fillStyle = '#ffd23f';
    ctx.fillRect(SCREEN_W - 250, 132, 202, 44);
    ctx.fillStyle = '#3a2a00';
    ctx.textAlign = 'center';
    ctx.fillText(p.simulated, SCREEN_W - 149, 155);
  }
  const shown = p.figures.slice(0, 3);
  const rowH = (SCREEN_H - 200) / Math.max(shown.length, 1);
  shown.forEach((f, i) => {
    const y = 150 + i * rowH;
    if (i > 0) {
      ctx.fillStyle = 'rgba(255,255,255,0.14)';
      ctx.fillRect(48, y, SCREEN_W - 96, 2);
    }
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#a9bdd4';
    ctx.font = '30px sans-serif';
    ctx.fillText(cut(ctx, kpiLabel(f.label, p.language), SCREEN_W - 360), 48, y + 20);
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = '#ffffff';
    ctx.font = 'bold 84px sans-serif';
    const value = formatNumber(f.value, p.language);
    ctx.fillText(value, 48, y + rowH - 24);
    ctx.fillStyle = '#ffd27a';
    ctx.font = 'bold 36px sans-serif';
    const x = 64 + ctx.measureText(value).width * (84 / 36);
    const unit = kpiUnit(f.unit, p.language);
    ctx.fillText(cut(ctx, unit, Math.max(40, SCREEN_W - 48 - x)), x, y + rowH - 28);
  });
  ctx.textAlign = 'right';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#7f93aa';
  ctx.font = '24px sans-serif';
  ctx.fillText(p.updated, SCREEN_W - 48, SCREEN_H - 20);
}

/** The floor holder's name and words on the strip under the screen. */
export function paintCaption(ctx: Ctx, name: string, label: string, text: string): void {
  ctx.clearRect(0, 0, CAPTION_W, CAPTION_H);
  ctx.fillStyle = 'rgba(20,10,6,0.92)';
  ctx.fillRect(0, 0, CAPTION_W, CAPTION_H);
  ctx.fillStyle = C.red;
  ctx.fillRect(0, 0, 14, CAPTION_H);
  ctx.fillStyle = C.gold;
  ctx.fillRect(0, CAPTION_H - 5, CAPTION_W, 5);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = C.goldPale;
  ctx.font = 'bold 30px sans-serif';
  ctx.fillText(cut(ctx, `${label}: ${name}`, CAPTION_W - 60), 32, 10);
  ctx.fillStyle = '#ffffff';
  ctx.font = '28px sans-serif';
  wrapLines(ctx, text, CAPTION_W - 60, 2).forEach((l, i) => {
    ctx.fillText(l, 32, 46 + i * 30);
  });
}
