// Slide decks of a session (client only, hosts): the chosen files become slide pages in the browser —
// images as they are (re-encoded as JPEG when wider than IMAGE_MAX_WIDTH_PX, not PNG/JPEG/WebP, or too
// large), each PDF page rendered by pdf.js to a JPEG PDF_WIDTH_PX wide — and are uploaded as data
// URLs: POST /api/sessions/:id/decks {name, pages} with the staff Bearer token (the server checks type,
// magic bytes and sizes again). pdf.js is imported on demand, so only hosts who upload a PDF load it.
// Errors are DeckError with a code the HUD translates (`session.deck.<code>`).
import type { DeckSummary } from '../../shared/session/schedule.ts';
import { apiBase } from './api.ts';
import { storedStaffToken } from './staffApi.ts';

const IMAGE_MAX_WIDTH_PX = 1920;
/** The server refuses pages over 4096 px a side (MAX_PAGE_SIDE_PX, server/http/sessionDecks.ts). */
const PAGE_MAX_SIDE_PX = 4096;
const PDF_WIDTH_PX = 1600;
const JPEG_QUALITY = 0.85;
const JPEG_QUALITY_SMALLER = 0.65;
/** Server limits (server/http/sessionDecks.ts): bytes per page, pages per deck, request body. */
const PAGE_MAX_BYTES = 3 * 1024 * 1024;
const DECK_MAX_PAGES = 100;
const BODY_MAX_BYTES = 40 * 1024 * 1024;
const NAME_MAX_CHARS = 100;
const AS_IS_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export type DeckErrorCode =
  | 'signed-out'
  | 'not-allowed'
  | 'pdf-broken'
  | 'image-broken'
  | 'unsupported'
  | 'too-many'
  | 'too-big'
  | 'rejected'
  | 'failed';

export class DeckError extends Error {
  override name = 'DeckError';
  code: DeckErrorCode;
  /** The file (and page) concerned, or the server's explanation. */
  detail: string;
  constructor(code: DeckErrorCode, detail = '') {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.code = code;
    this.detail = detail;
  }
}

/** Progress as pages prepared so far; `total` is known once every PDF has been opened. */
export type DeckProgress = { done: number; total: number; uploading: boolean };

export async function uploadDeck(
  sessionId: string,
  files: File[],
  onProgress: (p: DeckProgress) => void,
): Promise<{ id: string; pages: number }> {
  const token = storedStaffToken(Date.now());
  if (!token) throw new DeckError('signed-out');
  const pages: string[] = [];
  for (const file of files) {
    if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) {
      await pdfPages(file, pages, onProgress);
    } else if (file.type.startsWith('image/')) {
      pages.push(await imagePage(file));
      onProgress({ done: pages.length, total: pages.length, uploading: false });
    } else {
      throw new DeckError('unsupported', file.name);
    }
    if (pages.length > DECK_MAX_PAGES) throw new DeckError('too-many', String(DECK_MAX_PAGES));
  }
  if (pages.length === 0) throw new DeckError('unsupported');
  if (pages.reduce((n, p) => n + p.length, 0) > BODY_MAX_BYTES) throw new DeckError('too-big');
  onProgress({ done: pages.length, total: pages.length, uploading: true });
  const name = (files[0]?.name ?? 'slides').replace(/\.[^.]+$/, '').slice(0, NAME_MAX_CHARS) || 'slides';
  const res = await fetch(`${apiBase()}/sessions/${encodeURIComponent(sessionId)}/decks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, pages }),
  }).catch(() => null);
  if (!res) throw new DeckError('failed');
  type Answer = { id?: string; pages?: number; error?: string; message?: string };
  const body = (await res.json().catch(() => ({}))) as Answer;
  // The server names the refused page in `message` ("Halaman 3: …").
  const why = body.message ?? body.error ?? String(res.status);
  if (res.status === 401) throw new DeckError('signed-out');
  if (res.status === 403) throw new DeckError('not-allowed');
  if (res.status === 413) throw new DeckError('too-big', why);
  if (!res.ok || typeof body.id !== 'string') throw new DeckError('rejected', why);
  return { id: body.id, pages: body.pages ?? pages.length };
}

/** The session's stored decks (hosts and admins), newest first. */
export async function fetchDecks(sessionId: string): Promise<DeckSummary[]> {
  const token = storedStaffToken(Date.now());
  if (!token) throw new DeckError('signed-out');
  const res = await fetch(`${apiBase()}/sessions/${encodeURIComponent(sessionId)}/decks`, {
    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
  }).catch(() => null);
  if (!res) throw new DeckError('failed');
  if (res.status === 401) throw new DeckError('signed-out');
  if (res.status === 403) throw new DeckError('not-allowed');
  if (!res.ok) throw new DeckError('failed', String(res.status));
  const decks = (await res.json()) as DeckSummary[];
  return [...decks].sort((a, b) => b.at - a.at);
}

async function imagePage(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap) throw new DeckError('image-broken', file.name);
  try {
    if (
      AS_IS_TYPES.includes(file.type) &&
      bitmap.width <= IMAGE_MAX_WIDTH_PX &&
      bitmap.height <= PAGE_MAX_SIDE_PX &&
      file.size <= PAGE_MAX_BYTES
    ) {
      return await readDataUrl(file);
    }
    const scale = Math.min(1, IMAGE_MAX_WIDTH_PX / bitmap.width, PAGE_MAX_SIDE_PX / bitmap.height);
    const canvas = blankCanvas(bitmap.width * scale, bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return jpeg(canvas, file.name);
  } finally {
    bitmap.close();
  }
}

async function pdfPages(file: File, out: string[], onProgress: (p: DeckProgress) => void): Promise<void> {
  const pdfjs = await import('pdfjs-dist');
  if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
  }
  const data = new Uint8Array(await file.arrayBuffer());
  const task = pdfjs.getDocument({ data });
  const doc = await task.promise.catch(() => null);
  if (!doc) throw new DeckError('pdf-broken', file.name);
  try {
    const total = out.length + doc.numPages;
    if (total > DECK_MAX_PAGES) throw new DeckError('too-many', String(DECK_MAX_PAGES));
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const natural = page.getViewport({ scale: 1 });
      const scale = Math.min(PDF_WIDTH_PX / natural.width, PAGE_MAX_SIDE_PX / natural.height);
      const viewport = page.getViewport({ scale });
      const canvas = blankCanvas(viewport.width, viewport.height);
      await page.render({ canvas, viewport }).promise.catch(() => {
        throw new DeckError('pdf-broken', `${file.name} (${n})`);
      });
      out.push(jpeg(canvas, `${file.name} (${n})`));
      page.cleanup();
      onProgress({ done: out.length, total, uploading: false });
    }
  } finally {
    void task.destroy();
  }
}

/** A canvas of the given size, painted white (JPEG has no transparency). */
function blankCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  return canvas;
}

function jpeg(canvas: HTMLCanvasElement, what: string): string {
  let url = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
  if (dataUrlBytes(url) > PAGE_MAX_BYTES) url = canvas.toDataURL('image/jpeg', JPEG_QUALITY_SMALLER);
  if (dataUrlBytes(url) > PAGE_MAX_BYTES) throw new DeckError('too-big', what);
  return url;
}

const dataUrlBytes = (url: string) => Math.floor(((url.length - url.indexOf(',') - 1) * 3) / 4);

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new DeckError('image-broken', file.name));
    reader.readAsDataURL(file);
  });
}
