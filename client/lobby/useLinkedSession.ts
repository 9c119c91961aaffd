// The session a shared link `/?session=<id>[&invite=…]` asks for, checked once when the lobby opens.
// Unknown (or a wrong invite code) and ended sessions send the visitor back to the normal city entry
// (usePlaceStore.goToCity) with a reason to show. A signed-in official in this tab (staff console
// token in sessionStorage) may open invite-only sessions without the code.
import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { fetchSession } from '../net/api.ts';
import { staffApi, storedStaffToken } from '../net/staffApi.ts';
import { usePlaceStore } from '../stores/usePlaceStore.ts';

export type LinkedSession =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'found'; session: SessionSummary }
  | { kind: 'unknown' }
  | { kind: 'ended'; title: string };

async function findSession(id: string, invite: string | undefined, signal: AbortSignal) {
  try {
    return await fetchSession(id, invite, signal);
  } catch (e) {
    const token = storedStaffToken();
    if (!token || signal.aborted) throw e;
    return staffApi.session(token, id);
  }
}

export function useLinkedSession(): LinkedSession {
  const [start] = useState(() => usePlaceStore.getState().place);
  const [status, setStatus] = useState<LinkedSession>(
    start.kind === 'session' ? { kind: 'checking' } : { kind: 'none' },
  );
  useEffect(() => {
    if (start.kind !== 'session') return;
    const abort = new AbortController();
    const toCity = (next: LinkedSession) => {
      if (abort.signal.aborted) return;
      usePlaceStore.getState().goToCity();
      setStatus(next);
    };
    findSession(start.sessionId, start.invite, abort.signal).then(
      (session) => {
        if (session.when === 'past') toCity({ kind: 'ended', title: session.title });
        else if (!abort.signal.aborted) setStatus({ kind: 'found', session });
      },
      () => toCity({ kind: 'unknown' }),
    );
    return () => abort.abort();
  }, [start]);
  return status;
}
