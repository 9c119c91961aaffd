// Makaverse Lite's pages as plain data (client only, pure): which page a `/lite…` address names, the
// address of a page, and where a visitor without WebGL goes from the 3D client's address (a session
// link `/?session=<id>&invite=<code>` opens that session in Lite). No history or DOM here.

export type LiteRoute =
  | { kind: 'home'; fallback: boolean }
  | { kind: 'opd'; id: string }
  | { kind: 'rapor' }
  | { kind: 'sessions' }
  | { kind: 'session'; sessionId: string; invite?: string }
  | { kind: 'notFound' };

export const LITE_BASE = '/lite';
/** Query flag on the home page when the 3D client sent the visitor here for want of WebGL. */
const FALLBACK_FLAG = 'tanpa-3d';
const OPD_ID = /^[a-z0-9-]{2,40}$/;
/** Same rule as the 3D client's session links (client/stores/usePlaceStore.ts). */
const SESSION_ID = /^[A-Za-z0-9_-]{4,32}$/;
const INVITE = /^[A-Za-z0-9_-]{1,64}$/;

/** The page a `/lite…` path (and its query string) names; anything else is `notFound`. */
export function parseLiteRoute(pathname: string, search = ''): LiteRoute {
  const rest = pathname.startsWith(LITE_BASE) ? pathname.slice(LITE_BASE.length) : null;
  if (rest === null) return { kind: 'notFound' };
  const parts = rest.split('/').filter(Boolean).map(safeDecode);
  const q = new URLSearchParams(search);
  if (parts.length === 0 && (rest === '' || rest === '/'))
    return { kind: 'home', fallback: q.has(FALLBACK_FLAG) };
  const [section, id, extra] = parts;
  if (extra !== undefined) return { kind: 'notFound' };
  if (section === 'opd' && id && OPD_ID.test(id)) return { kind: 'opd', id };
  if (section === 'rapor' && id === undefined) return { kind: 'rapor' };
  if (section === 'sesi' && id === undefined) return { kind: 'sessions' };
  if (section === 'sesi' && id && SESSION_ID.test(id)) {
    const invite = q.get('invite');
    return invite && INVITE.test(invite)
      ? { kind: 'session', sessionId: id, invite }
      : { kind: 'session', sessionId: id };
  }
  return { kind: 'notFound' };
}

/** The address of a Lite page (the inverse of parseLiteRoute). */
export function litePath(route: LiteRoute): string {
  switch (route.kind) {
    case 'home':
      return route.fallback ? `${LITE_BASE}/?${FALLBACK_FLAG}` : `${LITE_BASE}/`;
    case 'opd':
      return `${LITE_BASE}/opd/${encodeURIComponent(route.id)}`;
    case 'rapor':
      return `${LITE_BASE}/rapor`;
    case 'sessions':
      return `${LITE_BASE}/sesi`;
    case 'session': {
      const path = `${LITE_BASE}/sesi/${encodeURIComponent(route.sessionId)}`;
      return route.invite ? `${path}?invite=${encodeURIComponent(route.invite)}` : path;
    }
    case 'notFound':
      return `${LITE_BASE}/`;
  }
}

/**
 * Where the 3D client sends a browser without WebGL: the session its link names (with the invite
 * code), else Lite's home page marked as a fallback (it says why the visitor is here).
 */
export function liteFallbackPath(search: string): string {
  const q = new URLSearchParams(search);
  const sessionId = q.get('session');
  if (sessionId && SESSION_ID.test(sessionId)) {
    const invite = q.get('invite');
    return litePath(
      invite && INVITE.test(invite) ? { kind: 'session', sessionId, invite } : { kind: 'session', sessionId },
    );
  }
  return litePath({ kind: 'home', fallback: true });
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '\u0000'; // matches no page
  }
}
