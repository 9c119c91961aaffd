// The field app's calls (client only): activate a phone with a code, read the home view, sync a batch
// of records. Same origin as the page (`/api`). A network failure rejects with `offline`, an HTTP
// error with its status; the sync answer's per-record results are returned as they are (403 too).
import type { FieldHome, SyncItem, SyncResult } from '../../shared/pendataan/api.ts';

export class FieldApiError extends Error {
  override name = 'FieldApiError';
  readonly status: number | 'offline';
  readonly code: string | undefined;
  constructor(status: number | 'offline', code: string | undefined) {
    super(`pendataan API: ${status} ${code ?? ''}`);
    this.status = status;
    this.code = code;
  }
}

async function call<T>(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  okStatuses = [200],
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/pendataan${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new FieldApiError('offline', undefined);
  }
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  if (!okStatuses.includes(res.status)) throw new FieldApiError(res.status, json.error);
  return json as T;
}

export const pendataanApi = {
  activate: (code: string) => call<{ token: string; home: FieldHome }>('POST', '/activate', null, { code }),
  home: (token: string) => call<FieldHome>('GET', '/me', token),
  /** 403 still carries results: every record refused as not the surveyor's. */
  sync: (token: string, submissions: SyncItem[]) =>
    call<{ results: SyncResult[] }>('POST', '/sync', token, { submissions }, [200, 403]),
};
