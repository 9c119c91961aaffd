// 2D-canvas painting of the Rapor Kinerja wall and the awareness board (the March 2022 poll beside
// today's trend) (client only). Text
// comes translated through `t`, numbers and times formatted in the visitor's language (shared/format.ts);
// generic font families only.
import type { Rapor, RaporEntry } from '../../../shared/apiTypes.ts';
import {
  AWARENESS_ANSWERS,
  AWARENESS_BASELINE_2022,
  type AwarenessTrend,
} from '../../../shared/awareness.ts';
import { formatClock, formatFixed, formatShortDate } from '../../../shared/format.ts';
import type { Rect } from './displayPainter.ts';

type Ctx = CanvasRenderingContext2D;
type T = (key: string, options?: Record<string, unknown>) => string;
const FONT = 'sans-serif';
const RED = '#b3121f';
/** Rows per column: the top and the bottom of the ranking. */
const WALL_ROWS = 10;
const GRADE_COLORS: Record<string, string> = {
  A: '#1f8a3b',
  B: '#6aa72a',
  C: '#d9a400',
  D: '#e06a10',
  E: '#c0231b',
};

/** Bar colours of the three answers (Tahu, Ingin tahu, Belum penting); the 2022 bars are paler. */
const ANSWER_COLORS = { know: '#1f8a3b', want: RED, notYet: '#8c8178' } as const;
const BASELINE_COLOR = '#cfc4b2';

function clip(ctx: Ctx, text: string, maxW: number): string {
  if (ctx.measureText(text).width <= maxW) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > maxW) s = s.slice(0, -1);
  return `${s}…`;
}

function row(ctx: Ctx, r: Rect, e: RaporEntry, t: T, language: string): void {
  ctx.fillStyle = e.best ? '#ffe9a8' : e.worst ? '#f9d3cf' : '#ffffff';
  ctx.fillRect(r.x, r.y + 2, r.w, r.h - 4);
  const mid = r.y + r.h / 2;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillStyle = '#5b524a';
  ctx.font = `bold 22px ${FONT}`;
  ctx.fillText(String(e.rank ?? '–'), r.x + 44, mid);
  ctx.textAlign = 'left';
  ctx.fillStyle = e.hidden ? '#8c8178' : '#1d1b19';
  ctx.font = e.hidden ? `italic 19px ${FONT}` : `bold 23px ${FONT}`;
  const mark = e.best ? '★ ' : e.worst ? '▼ ' : '';
  const simW = e.simulatedShare > 0 ? 92 : 0;
  const who = e.hidden ? t('rapor.wallHidden') : e.abbreviation;
  ctx.fillText(clip(ctx, `${mark}${who}`, r.w - 190 - simW), r.x + 56, mid);
  if (simW) {
    ctx.fillStyle = '#ffd23f';
    ctx.fillRect(r.x + r.w - 142 - simW, mid - 12, simW - 8, 24);
    ctx.fillStyle = '#3a2a00';
    ctx.font = `bold 14px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(t('rapor.simShort'), r.x + r.w - 146 - simW / 2, mid + 1);
  }
  ctx.textAlign = 'right';
  ctx.fillStyle = '#1d1b19';
  ctx.font = `22px ${FONT}`;
  ctx.fillText(e.score === null ? '–' : formatFixed(e.score, 1, language), r.x + r.w - 58, mid);
  ctx.fillStyle = GRADE_COLORS[e.grade] ?? '#8c8178';
  ctx.fillRect(r.x + r.w - 48, r.y + 5, 44, r.h - 10);
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.font = `bold 26px ${FONT}`;
  ctx.fillText(e.grade, r.x + r.w - 26, mid + 1);
}

/** The ranking: the top WALL_ROWS on the left, the bottom WALL_ROWS on the right. */
export function paintRaporWall(ctx: Ctx, r: Rect, rapor: Rapor | null, t: T, language: string): void {
  ctx.fillStyle = '#f6efe2';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = RED;
  ctx.fillRect(r.x, r.y, r.w, 70);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = `bold 40px ${FONT}`;
  ctx.fillText(t('rapor.wallTitle'), r.x + 24, r.y + 36);
  ctx.textAlign = 'right';
  ctx.font = `bold 26px ${FONT}`;
  if (rapor) {
    // The period's first day in WITA (UTC+8).
    const month = new Date(rapor.from + 8 * 3_600_000).toLocaleDateString(language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    ctx.fillText(month, r.x + r.w - 24, r.y + 36);
    ctx.font = `17px ${FONT}`;
    const time = formatClock(rapor.generatedAt, language, 'Asia/Makassar');
    const date = rapor.releasedAt ? formatShortDate(rapor.releasedAt, language) : '';
    ctx.fillText(
      rapor.released ? t('rapor.releasedOn', { date }) : t('rapor.wallUpdated', { time }),
      r.x + r.w - 24,
      r.y + 92,
    );
  }
  ctx.textAlign = 'left';
  ctx.fillStyle = rapor && rapor.released === false ? RED : '#5b524a';
  ctx.font = `19px ${FONT}`;
  const legend = rapor && rapor.released === false ? t('rapor.wallNotReleased') : t('rapor.legend');
  ctx.fillText(clip(ctx, legend, r.w - 48 - (rapor ? 260 : 0)), r.x + 24, r.y + 92);
  const ranked = rapor?.organisations.filter((o) => o.rank !== null) ?? [];
  if (ranked.length === 0) {
    ctx.textAlign = 'center';
    ctx.font = `bold 28px ${FONT}`;
    ctx.fillText(t(rapor ? 'rapor.empty' : 'rapor.loading'), r.x + r.w / 2, r.y + r.h / 2);
    return;
  }
  const colW = (r.w - 72) / 2;
  const top = ranked.slice(0, WALL_ROWS);
  const bottom = ranked.slice(Math.max(WALL_ROWS, ranked.length - WALL_ROWS));
  const columns: Array<[string, RaporEntry[]]> = [
    ['rapor.top', top],
    ['rapor.bottom', bottom],
  ];
  columns.forEach(([title, entries], c) => {
    const x = r.x + 24 + c * (colW + 24);
    ctx.textAlign = 'left';
    ctx.fillStyle = '#1d1b19';
    ctx.font = `bold 21px ${FONT}`;
    ctx.fillText(t(title), x, r.y + 124);
    entries.forEach((e, i) => {
      row(ctx, { x, y: r.y + 140 + i * 38, w: colW, h: 38 }, e, t, language);
    });
  });
  ctx.textAlign = 'center';
  ctx.fillStyle = '#5b524a';
  ctx.font = `18px ${FONT}`;
  ctx.fillText(t('rapor.wallFooter', { count: ranked.length }), r.x + r.w / 2, r.y + r.h - 18);
}

/**
 * The awareness board: per answer the March 2022 poll (pale bar, historical) above today's trend
 * (the last 30 days of visitors' answers, `trend` from GET /api/awareness; no bar before any answer).
 */
export function paintPollBoard(
  ctx: Ctx,
  r: Rect,
  t: T,
  trend: AwarenessTrend | null,
  language: string,
): void {
  ctx.fillStyle = '#fbf7ee';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = '#2b2520';
  ctx.fillRect(r.x, r.y, r.w, 54);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = `bold 28px ${FONT}`;
  ctx.fillText(clip(ctx, t('poll.trendTitle'), r.w - 36), r.x + 18, r.y + 28);
  ctx.fillStyle = '#1d1b19';
  ctx.font = `bold 21px ${FONT}`;
  ctx.fillText(clip(ctx, t('awareness.question'), r.w - 36), r.x + 18, r.y + 76);
  const now = trend && trend.overall.total > 0 ? trend.overall : null;
  const barX = r.x + 150;
  const barW = r.w - 150 - 92;
  AWARENESS_ANSWERS.forEach((a, i) => {
    const y = r.y + 98 + i * 66;
    ctx.textAlign = 'left';
    ctx.fillStyle = '#1d1b19';
    ctx.font = `19px ${FONT}`;
    ctx.fillText(clip(ctx, t(`poll.${a}`), 130), r.x + 18, y + 30);
    const then = AWARENESS_BASELINE_2022[a];
    ctx.fillStyle = '#eee6d8';
    ctx.fillRect(barX, y + 6, barW, 18);
    ctx.fillStyle = BASELINE_COLOR;
    ctx.fillRect(barX, y + 6, (barW * then) / 100, 18);
    ctx.fillStyle = '#5b524a';
    ctx.font = `15px ${FONT}`;
    ctx.fillText(`${t('poll.baselineYear')} ${formatFixed(then, 0, language)}%`, barX + barW + 8, y + 15);
    ctx.fillStyle = '#e8dfcf';
    ctx.fillRect(barX, y + 28, barW, 28);
    if (now) {
      ctx.fillStyle = ANSWER_COLORS[a];
      ctx.fillRect(barX, y + 28, (barW * now.shares[a]) / 100, 28);
      ctx.fillStyle = '#1d1b19';
      ctx.font = `bold 20px ${FONT}`;
      ctx.fillText(`${formatFixed(now.shares[a], 0, language)}%`, barX + barW + 8, y + 43);
    }
  });
  ctx.fillStyle = '#1d1b19';
  ctx.font = `bold 16px ${FONT}`;
  ctx.textAlign = 'left';
  const count = now ? t('poll.nowCount', { count: now.total }) : t('poll.nowNone');
  ctx.fillText(clip(ctx, count, r.w - 36), r.x + 18, r.y + r.h - 46);
  ctx.fillStyle = '#5b524a';
  ctx.font = `14px ${FONT}`;
  ctx.fillText(clip(ctx, t('poll.source'), r.w - 36), r.x + 18, r.y + r.h - 20);
}
