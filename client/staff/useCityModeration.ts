// The data of the city moderation view (open reports, recent plaza chat, sanctions in force), loaded
// together and refreshed every REFRESH_MS while shown, and `run` for an action: it calls the API,
// says what happened and reloads. A 401 signs out. Client only.
import { useCallback, useEffect, useState } from 'react';
import type { CityReportView, CitySanctionView } from '../../shared/cityModeration.ts';
import type { ChatLine } from '../../shared/protocol.ts';
import { cityModerationApi as api } from '../net/cityModerationApi.ts';
import { ApiError } from '../net/staffApi.ts';
import { useSessionStore } from './useSessionStore.ts';

const REFRESH_MS = 15_000;

export type ModerationData = { reports: CityReportView[]; lines: ChatLine[]; sanctions: CitySanctionView[] };
export type ModerationLoad = { kind: 'loading' } | { kind: 'failed' } | ({ kind: 'ready' } & ModerationData);
/** The outcome of the last action, as a staff string key with its values. */
export type ActionStatus = { ok: boolean; key: string; values?: Record<string, string> } | null;

export function useCityModeration(token: string) {
  const signOut = useSessionStore((s) => s.signOut);
  const [load, setLoad] = useState<ModerationLoad>({ kind: 'loading' });
  const [status, setStatus] = useState<ActionStatus>(null);

  const reload = useCallback(async () => {
    try {
      const [r, c, s] = await Promise.all([api.reports(token), api.chat(token), api.sanctions(token)]);
      setLoad({ kind: 'ready', reports: r.reports, lines: [...c.lines].reverse(), sanctions: s.sanctions });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) signOut();
      else setLoad({ kind: 'failed' });
    }
  }, [token, signOut]);

  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const run = useCallback(
    async (call: (token: string) => Promise<unknown>, done: string, values?: Record<string, string>) => {
      try {
        await call(token);
        setStatus({ ok: true, key: `cityModeration.done.${done}`, ...(values ? { values } : {}) });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return signOut();
        const gone = e instanceof ApiError && e.status === 404;
        setStatus({ ok: false, key: gone ? 'cityModeration.gone' : 'cityModeration.actionFailed' });
      }
      await reload();
    },
    [token, signOut, reload],
  );

  return { load, status, reload, run };
}
