// 2D-canvas painting of the plaza's public-session board (client only): live sessions first (a red
// LANGSUNG tag and how many attend), then upcoming ones with their day and time in WITA, organiser
// names from the registry list (SessionSummary.organiserName). Titles are drawn as text, never parsed.
import type { SessionSummary } from '../../../shared/session/schedule.ts';
import type { HallText } from '../../i18n/hallStrings.ts';
import { diamond } from './decorPainter.ts';
import { HALL_COLORS as C } from './hallColors.ts';
import { wrapLines } from './screenPainters.ts';

export const BOARD_W = 1024;
export const BOARD_H = 640;
const ROWS = 3;
const HEAD_H = 110;
const FOOT_H = 56;

/** 'Sab, 28 Nov · 09.00 WITA' (or the English form). */
function shortWhen(at: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const f = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Makassar',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${f.format(at)} WITA`;
}

/** What the board lists: sessions not over, live ones first, then the soonest; at most `rows`. */
export function boardSessions(list: readonly SessionSummary[], rows: number): SessionSummary[] {
  return list
    .filter((s) => s.when !== 'past')
    .sort((a, b) => (a.when === b.when ? a.startsAt - b.startsAt : a.when === 'live' ? -1 : 1))
    .slice(0, rows);
}

/** The board's list, or why there is none yet. */
export type BoardList = readonly SessionSummary[] | 'loading' | 'failed';

/** Shows at most ROWS sessions that are not over, live ones first, then the soonest. */
export function paintSessionBoard(
  ctx: CanvasRenderingContext2D,
  list: BoardList,
  t: HallText,
  language: string,
): void {
  ctx.fillStyle = '#fbf5e8';
  ctx.fillRect(0, 0, BOARD_W, BOARD_H);
  ctx.fillStyle = C.redDeep;
  ctx.fillRect(0, 0, BOARD_W, HEAD_H);
  for (let x = 40; x < BOARD_W; x += 100) diamond(ctx, x, HEAD_H - 10, 14, 8, C.gold, C.red);
  ctx.fillStyle = C.goldPale;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 50px sans-serif';
  ctx.fillText(t.boardTitle, 32, 48);
  ctx.textAlign = 'right';
  ctx.font = 'bold 28px serif';
  ctx.fillText(t.hallName, BOARD_W - 32, 48);
  const shown = boardSessions(typeof list === 'string' ? [] : list, ROWS);
  ctx.textAlign = 'center';
  if (shown.length === 0) {
    ctx.fillStyle = '#5a4a3a';
    ctx.font = '38px sans-serif';
    const why = list === 'loading' ? t.loading : list === 'failed' ? t.boardFailed : t.boardEmpty;
    ctx.fillText(why, BOARD_W / 2, (HEAD_H + BOARD_H - FOOT_H) / 2);
  }
  const rowH = (BOARD_H - HEAD_H - FOOT_H) / ROWS;
  shown.forEach((s, i) => {
    const y = HEAD_H + i * rowH;
    if (i > 0) {
      ctx.fillStyle = '#e2d5bb';
      ctx.fillRect(32, y, BOARD_W - 64, 2);
    }
    const live = s.when === 'live';
    ctx.textAlign = 'left';
    ctx.font = 'bold 28px sans-serif';
    const tag = live ? `● ${t.boardLive}` : t.boardUpcoming;
    const tagW = ctx.measureText(tag).width + 28;
    ctx.fillStyle = live ? '#d7263d' : C.gold;
    ctx.beginPath();
    ctx.roundRect(32, y + 16, tagW, 38, 19);
    ctx.fill();
    ctx.fillStyle = live ? '#ffffff' : '#3a2206';
    ctx.fillText(tag, 46, y + 36);
    ctx.fillStyle = '#5a4a3a';
    ctx.font = '28px sans-serif';
    const detail = live ? `${s.attendance} ${t.attending}` : shortWhen(s.startsAt, language);
    ctx.fillText(detail, 48 + tagW, y + 36);
    ctx.fillStyle = '#1d1a16';
    ctx.font = 'bold 44px sans-serif';
    ctx.fillText(wrapLines(ctx, s.title, BOARD_W - 64, 1)[0] ?? '', 32, y + 92);
    ctx.fillStyle = '#7a1712';
    ctx.font = '30px sans-serif';
    ctx.fillText(wrapLines(ctx, s.organiserName, BOARD_W - 64, 1)[0] ?? '', 32, y + 136);
  });
  ctx.fillStyle = C.woodDark;
  ctx.fillRect(0, BOARD_H - FOOT_H, BOARD_W, FOOT_H);
  ctx.fillStyle = '#f3e3c3';
  ctx.textAlign = 'center';
  ctx.font = '26px sans-serif';
  ctx.fillText(t.boardHint, BOARD_W / 2, BOARD_H - FOOT_H / 2);
}
