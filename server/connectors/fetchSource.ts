// Fetches a connector's source defensively: http(s) only, a whole-request deadline (connect, headers
// and body: a slow drip is cut off too), a byte cap enforced while streaming, and a content type that
// must fit the expected format. Errors are short reasons for the connector's last_error, never bodies.
// Runs on the server.

export type SourceFormat = 'json' | 'csv';

export type FetchLimits = { timeoutMs: number; maxBytes: number };

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 1_000_000 };

/** Content types accepted per format; a missing content type is accepted (many CSV hosts send none). */
const ACCEPTED_TYPES: Record<SourceFormat, RegExp> = {
  json: /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain)$/,
  csv: /^(text\/csv|application\/csv|text\/plain|application\/octet-stream)$/,
};

export class SourceError extends Error {
  override name = 'SourceError';
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SourceError(`body over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

function describe(e: unknown): string {
  if (e instanceof SourceError) return e.message;
  if (e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError')) return 'timeout';
  if (e instanceof TypeError && e.message === 'The encoded data was not valid for encoding utf-8') {
    return 'body is not UTF-8';
  }
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  const code = (cause as { code?: unknown }).code;
  return `network error${typeof code === 'string' ? ` ${code}` : ''}`;
}

/** The body text of `url`, or a SourceError with a short reason; `cancel` aborts it (shutdown). */
export async function fetchSource(
  url: string,
  format: SourceFormat,
  limits: FetchLimits,
  cancel?: AbortSignal,
): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError('invalid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new SourceError('URL must be http(s)');
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
  try {
    const res = await fetch(parsed, {
      signal,
      redirect: 'follow',
      headers: { accept: format === 'json' ? 'application/json' : 'text/csv', 'user-agent': 'Makaverse' },
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new SourceError(`HTTP ${res.status}`);
    }
    const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type !== '' && !ACCEPTED_TYPES[format].test(type)) {
      await res.body?.cancel().catch(() => undefined);
      throw new SourceError(`unexpected content type ${type.slice(0, 60)}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new SourceError(`body over ${limits.maxBytes} bytes`);
    }
    return res.body ? await readCapped(res.body, limits.maxBytes) : '';
  } catch (e) {
    throw new SourceError(describe(e));
  }
}
