// Slide decks of a public session (part of the sessions API, mounted by sessions.ts under /api):
// - POST /sessions/:id/decks (the session's host or an admin): JSON {name, pages: string[]}, each page
//   a base64 data URL of image/png, image/jpeg or image/webp. PDFs are never parsed on the server: the
//   host's browser renders each PDF page to an image with pdf.js and uploads the images. Each page's
//   bytes must start with the magic of its declared type and its header (imageSize.ts) must give a
//   size of at most MAX_PAGE_SIDE_PX a side (a small file can declare a huge image that takes a
//   viewer's browser gigabytes to decode); ≤ MAX_PAGE_BYTES per page, ≤ MAX_PAGES pages,
//   body ≤ 40 MB (this route's own JSON parser). One bad page refuses the whole deck (400, or 413 when
//   too large) with an error naming the page, and nothing is stored. 201 {id, pages}; audited.
// - GET /sessions/:id/decks (host or admin) → DeckSummary[].
// - GET /sessions/:id/decks/:deckId/:page (0-based) → the image, public and immutable (attendees load
//   it; deck ids are random and never reused).
// Runs on the server.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import type { DeckSummary } from '../../shared/session/schedule.ts';
import { cleanText } from '../../shared/text.ts';
import { isSessionHost } from '../sessions/access.ts';
import { isSlideMime, type SessionRow, type SlidePage } from '../store/sessionStore.ts';
import { imageSize } from './imageSize.ts';
import { currentUser, requireUser } from './requireUser.ts';
import type { SessionRouteDeps } from './sessions.ts';

export type DeckRouteDeps = Pick<SessionRouteDeps, 'sessions' | 'users' | 'tokens' | 'audit' | 'now'>;

/** Largest page image, bytes (3 MB). */
export const MAX_PAGE_BYTES = 3 * 1024 * 1024;
/** Largest width or height of a page image, pixels. */
export const MAX_PAGE_SIDE_PX = 4096;
const MAX_PAGES = 100;
const BODY_LIMIT = '40mb';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const DeckUpload = z.strictObject({
  name: z.string().max(1000),
  pages: z.array(z.string()).min(1),
});

const MAGIC: Record<SlidePage['mime'], (b: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    Buffer.from(b.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP',
};

type PageResult =
  | { ok: true; page: SlidePage }
  | { ok: false; status: 400 | 413; error: string; message: string };

const HEADER = /^data:(image\/[a-z]+);base64,/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes and checks one page (`n` is 1-based, for the messages). */
function decodePage(dataUrl: string, n: number): PageResult {
  const fail = (status: 400 | 413, error: string, message: string): PageResult => ({
    ok: false,
    status,
    error,
    message: `Halaman ${n}: ${message}`,
  });
  const header = HEADER.exec(dataUrl.slice(0, 40));
  const mime = header?.[1];
  if (!header || !mime || !isSlideMime(mime))
    return fail(400, 'page-format', 'harus data URL base64 gambar PNG, JPEG atau WebP.');
  const body = dataUrl.slice(header[0].length);
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64.test(body))
    return fail(400, 'page-base64', 'isi base64 rusak.');
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  if ((body.length / 4) * 3 - padding > MAX_PAGE_BYTES)
    return fail(413, 'page-too-large', 'lebih dari 3 MB.');
  const bytes = new Uint8Array(Buffer.from(body, 'base64'));
  if (!MAGIC[mime](bytes))
    return fail(400, 'page-mismatch', `isi berkas bukan ${mime} seperti yang dinyatakan.`);
  const size = imageSize(mime, bytes);
  if (!size) return fail(400, 'page-unreadable', 'ukuran gambar tidak terbaca dari kepala berkas.');
  if (size.width > MAX_PAGE_SIDE_PX || size.height > MAX_PAGE_SIDE_PX)
    return fail(
      413,
      'page-dimensions',
      `gambar ${size.width}×${size.height} piksel; paling besar ${MAX_PAGE_SIDE_PX} piksel per sisi.`,
    );
  return { ok: true, page: { mime, bytes } };
}

export function decksRouter(deps: DeckRouteDeps): Router {
  const router = express.Router();
  const signedIn = requireUser(deps);
  const json = express.json({ limit: BODY_LIMIT });
  const sessionOf = (res: Response) => res.locals.session as SessionRow;

  /** Lets through the session's host or an admin (the session goes in res.locals.session). */
  const sessionHost: RequestHandler = async (req: Request, res, next) => {
    const user = currentUser(res);
    const s = await deps.sessions.get(String(req.params.id));
    if (!s) {
      res.status(404).json({ error: 'not-found', field: 'id' });
      return;
    }
    if (!isSessionHost(user, s)) {
      const actor = `${user.role}:${user.username}`;
      await deps.audit.append(
        { actor, action: 'session.deck-denied', target: s.id, detail: { role: user.role } },
        deps.now(),
      );
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    res.locals.session = s;
    next();
  };

  router.post('/sessions/:id/decks', signedIn, sessionHost, json, async (req, res) => {
    const parsed = DeckUpload.safeParse(req.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.map(String).join('.') || 'body';
      res.status(400).json({ error: 'invalid', field });
      return;
    }
    const { pages } = parsed.data;
    const name = cleanText(parsed.data.name, 120);
    if (name === '') {
      res.status(400).json({ error: 'invalid', field: 'name' });
      return;
    }
    if (pages.length > MAX_PAGES) {
      res
        .status(413)
        .json({ error: 'too-many-pages', field: 'pages', message: `Paling banyak ${MAX_PAGES} halaman.` });
      return;
    }
    const decoded: SlidePage[] = [];
    for (const [i, dataUrl] of pages.entries()) {
      const result = decodePage(dataUrl, i + 1);
      if (!result.ok) {
        const { status, error, message } = result;
        res.status(status).json({ error, field: `pages.${i}`, page: i + 1, message });
        return;
      }
      decoded.push(result.page);
    }
    const s = sessionOf(res);
    const deck = await deps.sessions.addDeck(s.id, name, decoded, deps.now());
    const user = currentUser(res);
    await deps.audit.append(
      {
        actor: `${user.role}:${user.username}`,
        action: 'session.deck',
        target: s.id,
        detail: { deckId: deck.id, name, pages: deck.pages },
      },
      deps.now(),
    );
    res.status(201).json(deck);
  });

  router.get('/sessions/:id/decks', signedIn, sessionHost, async (_req, res) => {
    const decks: DeckSummary[] = await deps.sessions.decks(sessionOf(res).id);
    res.set('Cache-Control', 'no-store').json(decks);
  });

  router.get('/sessions/:id/decks/:deckId/:page', async (req, res) => {
    const pageText = String(req.params.page);
    const page = /^[0-9]{1,3}$/.test(pageText)
      ? await deps.sessions.page(String(req.params.id), String(req.params.deckId), Number(pageText))
      : undefined;
    if (!page) {
      res.status(404).json({ error: 'not-found', field: 'page' });
      return;
    }
    res
      .set('Content-Type', page.mime)
      .set('Cache-Control', IMMUTABLE)
      .set('X-Content-Type-Options', 'nosniff')
      .send(Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength));
  });

  return router;
}
