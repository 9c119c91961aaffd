// 2D-canvas painting of the plaza's "Pendataan" board (client only): the campaigns under way (OPD,
// title, days left, city coverage) and a bar per kecamatan — the share of its RTs with an accepted
// record, pooled over every campaign. RT counts only; no record or person is ever drawn.
import type { PublicCoverage } from '../../../shared/pendataan/coverage.ts';
import { REGIONS } from '../../../shared/pendataan/wilayah.ts';

export const PENDATAAN_BOARD_W = 1024;
export const PENDATAAN_BOARD_H = 1024;
const FONT = 'system-ui, sans-serif';
const C = {
  bg: '#10243a',
  head: '#a3161c',
  gold: '#d9a93a',
  text: '#ffffff',
  muted: '#a9bdd4',
  bar: '#2e4a66',
  fill: '#4cc38a',
};

export type CoverageBoard = PublicCoverage | 'loading' | 'failed';

const TEXT = {
  id: {
    title: 'PENDATAAN',
    sub: 'Ketua RT/RW mendata wilayahnya — cakupan RT',
    none: 'Belum ada pendataan yang berjalan.',
    loading: 'Memuat…',
    failed: 'Data cakupan belum bisa dimuat.',
    days: (n: number) => `${n} hari lagi`,
    city: 'Kota',
    more: (n: number) => `+${n} kegiatan lain`,
    foot: 'Cakupan = RT dengan data diterima OPD ÷ RT terdaftar',
  },
  en: {
    title: 'DATA COLLECTION',
    sub: 'RT/RW heads survey their areas — RT coverage',
    none: 'No data collection under way.',
    loading: 'Loading…',
    failed: 'Coverage could not be loaded yet.',
    days: (n: number) => `${n} days left`,
    city: 'City',
    more: (n: number) => `+${n} more campaigns`,
    foot: 'Coverage = RTs with data accepted by the OPD ÷ RTs on the roster',
  },
} as const;

const pct = (covered: number, rts: number) => (rts === 0 ? 0 : Math.round((covered / rts) * 100));

function bar(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, share: number) {
  ctx.fillStyle = C.bar;
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = C.fill;
  ctx.fillRect(x, y, Math.max(0, Math.min(1, share)) * w, h);
}

function clip(ctx: CanvasRenderingContext2D, text: string, maxW: number): string {
  if (ctx.measureText(text).width <= maxW) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > maxW) t = t.slice(0, -1);
  return `${t}…`;
}

export function paintPendataanBoard(
  ctx: CanvasRenderingContext2D,
  board: CoverageBoard,
  language: string,
): void {
  const t = language === 'en' ? TEXT.en : TEXT.id;
  const W = PENDATAAN_BOARD_W;
  const H = PENDATAAN_BOARD_H;
  ctx.fillStyle = C.bg;
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = C.head;
  ctx.fillRect(0, 0, W, 120);
  ctx.fillStyle = C.gold;
  ctx.fillRect(0, 120, W, 6);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = C.text;
  ctx.font = `bold 56px ${FONT}`;
  ctx.fillText(t.title, 40, 52);
  ctx.font = `26px ${FONT}`;
  ctx.fillStyle = '#ffe3c2';
  ctx.fillText(t.sub, 40, 98);
  if (typeof board === 'string' || board.campaigns.length === 0) {
    ctx.fillStyle = C.muted;
    ctx.font = `32px ${FONT}`;
    const message = board === 'loading' ? t.loading : board === 'failed' ? t.failed : t.none;
    ctx.fillText(message, 40, 220);
    return;
  }
  let y = 170;
  const shown = board.campaigns.slice(0, 2);
  for (const c of shown) {
    ctx.fillStyle = C.text;
    ctx.font = `bold 30px ${FONT}`;
    ctx.fillText(clip(ctx, c.title, W - 300), 40, y);
    ctx.textAlign = 'right';
    ctx.fillStyle = C.gold;
    ctx.font = `bold 28px ${FONT}`;
    ctx.fillText(t.days(c.daysLeft), W - 40, y);
    ctx.textAlign = 'left';
    ctx.fillStyle = C.muted;
    ctx.font = `24px ${FONT}`;
    ctx.fillText(clip(ctx, c.organisation, W - 300), 40, y + 36);
    bar(ctx, 40, y + 62, W - 260, 26, c.city.rts === 0 ? 0 : c.city.covered / c.city.rts);
    ctx.fillStyle = C.text;
    ctx.font = `bold 28px ${FONT}`;
    ctx.fillText(`${t.city} ${pct(c.city.covered, c.city.rts)}%`, W - 200, y + 76);
    y += 124;
  }
  if (board.campaigns.length > shown.length) {
    ctx.fillStyle = C.muted;
    ctx.font = `22px ${FONT}`;
    ctx.fillText(t.more(board.campaigns.length - shown.length), 40, y - 14);
    y += 14;
  }
  const kecamatan = REGIONS.filter((r) => r.level === 'kecamatan');
  const rowH = Math.min(44, (H - 70 - y) / kecamatan.length);
  ctx.font = `24px ${FONT}`;
  for (const k of kecamatan) {
    const counts = board.byKecamatan[k.code];
    const inScope = !!counts && counts.rts > 0;
    ctx.fillStyle = inScope ? C.text : C.muted;
    ctx.fillText(clip(ctx, k.name, 250), 40, y + rowH / 2);
    if (inScope) {
      bar(ctx, 300, y + rowH / 2 - 10, W - 480, 20, counts.covered / counts.rts);
      ctx.textAlign = 'right';
      ctx.fillText(
        `${pct(counts.covered, counts.rts)}%  ${counts.covered}/${counts.rts}`,
        W - 40,
        y + rowH / 2,
      );
      ctx.textAlign = 'left';
    } else {
      ctx.fillText('—', 300, y + rowH / 2);
    }
    y += rowH;
  }
  ctx.fillStyle = C.muted;
  ctx.font = `20px ${FONT}`;
  ctx.fillText(t.foot, 40, H - 30);
}
