// The last word on every HTTP error (mounted last in server/app.ts and at the end of the routers
// under /api). Contract, in every environment (never NODE_ENV-dependent):
// - /api/* and /matchmake/* answer JSON `{error, field?}`; pages answer a short HTML page
//   (Indonesian, then English) or plain text for clients that do not take HTML. Never a stack, a
//   file path or an echo of the request body.
// - Malformed input is 4xx: bad JSON 400 {error:'invalid', field:'body'}, too large 413, unsupported
//   charset/encoding 415, undecodable URL 400 {error:'invalid', field:'path'}; anything unexpected 500.
// - Each error is logged as ONE short line without the body: 4xx `http-rejected` (warn) with the
//   parser's reason code, 5xx `http-error` (error) with the error's name, message and first frame.
// Runs on the server.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { log } from '../log.ts';

type HttpError = { status: number; error: string; field?: string };

/** Body-parser failure types (err.type) → the answer. */
const BODY_ERRORS: Record<string, HttpError> = {
  'entity.parse.failed': { status: 400, error: 'invalid', field: 'body' },
  'entity.verify.failed': { status: 400, error: 'invalid', field: 'body' },
  'request.aborted': { status: 400, error: 'invalid', field: 'body' },
  'request.size.invalid': { status: 400, error: 'invalid', field: 'body' },
  'entity.too.large': { status: 413, error: 'too-large', field: 'body' },
  'parameters.too.many': { status: 413, error: 'too-large', field: 'body' },
  'charset.unsupported': { status: 415, error: 'unsupported-media-type', field: 'content-type' },
  'encoding.unsupported': { status: 415, error: 'unsupported-media-type', field: 'content-encoding' },
};

const STATUS_ERRORS: Record<number, string> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  408: 'timeout',
  411: 'length-required',
  413: 'too-large',
  414: 'too-large',
  415: 'unsupported-media-type',
  416: 'range-not-satisfiable',
  429: 'too-many-requests',
};

type ErrorLike = { type?: unknown; status?: unknown; statusCode?: unknown; name?: unknown };

/** What to answer for `err`; anything not recognisably the client's fault is a 500. */
export function httpErrorOf(err: unknown): HttpError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  const byType = typeof e.type === 'string' ? BODY_ERRORS[e.type] : undefined;
  if (byType) return byType;
  if (err instanceof URIError) return { status: 400, error: 'invalid', field: 'path' };
  const status = Number(e.status ?? e.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500)
    return { status, error: STATUS_ERRORS[status] ?? 'invalid' };
  return { status: 500, error: 'internal' };
}

/** The request path for logs and routing decisions: no query (it may hold invite codes), bounded. */
function pathOf(req: Request): string {
  return (req.originalUrl || req.url || '/').split('?')[0]?.slice(0, 200) ?? '/';
}

const wantsJson = (req: Request) =>
  /^\/(api|matchmake)(\/|$)/.test(pathOf(req)) || req.accepts(['html', 'json', 'text']) === 'json';

/** One short log line for an error answered with `status`: never the body, the query or the headers. */
export function logHttpError(req: Request, err: unknown, status: number): void {
  const base = { method: req.method, path: pathOf(req), status };
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike & {
    message?: unknown;
    stack?: unknown;
  };
  if (status < 500) {
    const reason = typeof e.type === 'string' ? e.type : typeof e.name === 'string' ? e.name : 'rejected';
    log.warn('http-rejected', { ...base, reason });
    return;
  }
  const at =
    typeof e.stack === 'string'
      ? e.stack
          .split('\n')
          .find((l) => /^\s+at /.test(l))
          ?.trim()
      : undefined;
  log.error('http-error', {
    ...base,
    error: { name: String(e.name ?? 'Error'), message: String(e.message ?? err).slice(0, 300), at },
  });
}

const PAGE_TEXT: Record<number, { id: string; en: string }> = {
  400: { id: 'Alamat atau permintaan tidak valid.', en: 'The address or request is not valid.' },
  404: { id: 'Halaman tidak ditemukan.', en: 'Page not found.' },
  413: { id: 'Permintaan terlalu besar.', en: 'The request is too large.' },
  500: {
    id: 'Terjadi kesalahan pada server. Silakan coba lagi nanti.',
    en: 'Something went wrong on the server. Please try again later.',
  },
};
const OTHER_4XX = { id: 'Permintaan tidak dapat diproses.', en: 'The request could not be processed.' };

/** The short error page: no inline script or style (the CSP allows neither), nothing from the request. */
export function errorPage(status: number): string {
  const text = PAGE_TEXT[status] ?? (status >= 500 ? PAGE_TEXT[500] : OTHER_4XX) ?? OTHER_4XX;
  return [
    '<!doctype html>',
    '<html lang="id"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${status} · Makaverse</title></head><body>`,
    `<h1>${status}</h1><p>${text.id}</p><p lang="en">${text.en}</p>`,
    '<p><a href="/">Kembali ke Makaverse</a> · <a href="/" lang="en">Back to Makaverse</a></p>',
    '</body></html>',
  ].join('\n');
}

function send(req: Request, res: Response, answer: HttpError): void {
  res.status(answer.status).set('Cache-Control', 'no-store');
  if (wantsJson(req)) {
    res.json(answer.field ? { error: answer.error, field: answer.field } : { error: answer.error });
    return;
  }
  if (req.accepts(['html', 'text']) === 'html') res.type('html').send(errorPage(answer.status));
  else {
    const text = PAGE_TEXT[answer.status] ?? OTHER_4XX;
    res.type('text/plain').send(`${answer.status} ${text.id} / ${text.en}\n`);
  }
}

/** The error handler of the app and of each /api router (JSON under /api and /matchmake, else a page). */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const answer = httpErrorOf(err);
  logHttpError(req, err, answer.status);
  // Too late for an answer: end the response rather than let express print the error.
  if (res.headersSent) res.destroy();
  else send(req, res, answer);
};

/** Last of all: nothing matched. */
export const notFound: RequestHandler = (req, res) => {
  send(req, res, { status: 404, error: 'not-found' });
};
