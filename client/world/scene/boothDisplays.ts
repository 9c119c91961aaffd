// The sign atlas (client only): one canvas texture holds every booth's sign and display, every
// district sign and the landmark name plates, so all of them render in a single draw call.
// drawBoothDisplay() repaints one booth's display cell when live data arrives; the texture is
// uploaded once on the next frame however many cells changed (texture.needsUpdate). Figures drawn
// before the scene exists are remembered and used when the atlas is created. A highlighted display
// has a bright frame (a change just arrived); the caller repaints it plainly a moment later. Labels,
// units, numbers and the "simulated" tag follow the visitor's language (setDisplayText repaints all).
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Figure } from '../../../shared/booth.ts';
import {
  type DisplayText,
  paintDisplay,
  paintDistrict,
  paintLabel,
  paintSign,
  type Rect,
} from './displayPainter.ts';

const CELL_W = 256;
const COLUMNS = 8;
const SIGN_H = 48;
const DISPLAY_H = 144;
const DISTRICT_H = 96;
const LABEL_H = 48;

export type Uv = { u0: number; v0: number; u1: number; v1: number };
type BoothEntry = { id: string; title: string; color: string; figures: readonly Figure[] };
type AtlasRequest = {
  booths: readonly BoothEntry[];
  districts: ReadonlyArray<{ label: string; color: string }>;
  labels: readonly string[];
};
export type SignAtlas = {
  texture: CanvasTexture;
  booths: Map<string, { sign: Uv; display: Uv }>;
  districts: Uv[];
  labels: Uv[];
  /** Repaints one booth's display; false when the booth has no cell. */
  redraw: (id: string, figures: readonly Figure[], highlight: boolean) => boolean;
  /** Repaints every booth display plainly with its latest figures (after a language change). */
  redrawAll: () => void;
};

/** The atlas on screen (set by the Boards component while mounted) and the latest live figures. */
let active: SignAtlas | null = null;
const latest = new Map<string, readonly Figure[]>();
/** What each display in the active atlas shows now and when it was painted, epoch ms (diagnostics). */
type Painted = { figures: readonly Figure[]; highlight: boolean; at: number };
const painted = new Map<string, Painted>();
let displayText: DisplayText = { language: 'id', simulated: 'SIMULASI' };

/** Sets the displays' language and tag text and repaints the atlas on screen with it. */
export function setDisplayText(text: DisplayText): void {
  if (text.language === displayText.language && text.simulated === displayText.simulated) return;
  displayText = text;
  active?.redrawAll();
}

export function setActiveSignAtlas(atlas: SignAtlas | null): void {
  active = atlas;
  if (!atlas) painted.clear();
}

/** The figures painted on booth `id`'s display in the atlas on screen, or null. */
export function paintedDisplay(id: string): Painted | null {
  return painted.get(id) ?? null;
}

/** Packs and paints a new atlas; booth displays show the latest drawn figures, else `figures`. */
export function createSignAtlas(req: AtlasRequest): SignAtlas {
  const heights = Array<number>(COLUMNS).fill(0);
  const place = (h: number): Rect => {
    const col = heights.indexOf(Math.min(...heights));
    const rect = { x: col * CELL_W, y: heights[col] ?? 0, w: CELL_W, h };
    heights[col] = rect.y + h;
    return rect;
  };
  const boothRects = req.booths.map(() => place(SIGN_H + DISPLAY_H));
  const districtRects = req.districts.map(() => place(DISTRICT_H));
  const labelRects = req.labels.map(() => place(LABEL_H));
  const canvas = document.createElement('canvas');
  canvas.width = CELL_W * COLUMNS;
  canvas.height = Math.max(4, Math.ceil(Math.max(...heights) / 4) * 4);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const uv = (r: Rect): Uv => ({
    u0: (r.x + 1) / canvas.width,
    u1: (r.x + r.w - 1) / canvas.width,
    v0: 1 - (r.y + r.h - 1) / canvas.height,
    v1: 1 - (r.y + 1) / canvas.height,
  });

  const cells = new Map<string, { display: Rect; title: string; color: string }>();
  const booths = new Map<string, { sign: Uv; display: Uv }>();
  req.booths.forEach((b, i) => {
    const r = boothRects[i] as Rect;
    const sign = { ...r, h: SIGN_H };
    const display = { ...r, y: r.y + SIGN_H, h: DISPLAY_H };
    paintSign(ctx, sign, b.title, b.color);
    const figures = latest.get(b.id) ?? b.figures;
    paintDisplay(ctx, display, b.title, b.color, figures, false, displayText);
    painted.set(b.id, { figures, highlight: false, at: Date.now() });
    cells.set(b.id, { display, title: b.title, color: b.color });
    booths.set(b.id, { sign: uv(sign), display: uv(display) });
  });
  req.districts.forEach((d, i) => {
    paintDistrict(ctx, districtRects[i] as Rect, d.label, d.color);
  });
  req.labels.forEach((text, i) => {
    paintLabel(ctx, labelRects[i] as Rect, text);
  });

  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  const redraw = (id: string, figures: readonly Figure[], highlight: boolean): boolean => {
    const cell = cells.get(id);
    if (!cell) return false;
    paintDisplay(ctx, cell.display, cell.title, cell.color, figures, highlight, displayText);
    if (active?.texture === texture) painted.set(id, { figures, highlight, at: Date.now() });
    texture.needsUpdate = true;
    return true;
  };
  const redrawAll = () => {
    for (const b of req.booths) redraw(b.id, latest.get(b.id) ?? b.figures, false);
  };
  return {
    texture,
    booths,
    districts: districtRects.map(uv),
    labels: labelRects.map(uv),
    redraw,
    redrawAll,
  };
}

/**
 * Shows `figures` (up to three: label, value, unit; a SIMULASI tag when any is simulated) on the
 * display of booth `id`, framed brightly when `highlight`. Cheap: repaints one cell. Returns true
 * when it was drawn now, false when no scene is mounted or the booth is unknown (the figures are
 * still kept for the next atlas).
 */
export function drawBoothDisplay(id: string, figures: readonly Figure[], highlight = false): boolean {
  latest.set(id, figures);
  return active?.redraw(id, figures, highlight) ?? false;
}
