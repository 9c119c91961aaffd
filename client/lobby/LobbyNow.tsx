// "Now in the city" on the lobby card: how many people are in the city and the public session that is
// live now (the first, if several), with a button that joins it through the lobby's name check.
// The head count is fetched once when the lobby shows, the session comes from the page's one sessions
// list (useSessionsStore); a failed read hides its part.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCityVisitors } from '../net/api.ts';
import { useSessions } from '../stores/useSessionsStore.ts';

export function LobbyNow({ onJoin }: { onJoin: (sessionId: string) => void }) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<number | null>(null);
  const live = useSessions().sessions?.find((s) => s.when === 'live') ?? null;
  useEffect(() => {
    const abort = new AbortController();
    fetchCityVisitors(abort.signal).then(setPeople, () => setPeople(null));
    return () => abort.abort();
  }, []);
  if (people === null && !live) return null;
  return (
    <div className="lobby-now" aria-live="polite">
      {people !== null && (
        <p className="lobby-people">
          <span className="lobby-now-dot" aria-hidden="true" />
          {t('lobbyNow.people', { count: people })}
        </p>
      )}
      {live && (
        <p className="lobby-live">
          <span>
            {t('lobbyNow.live')} <strong>{live.title}</strong>
          </span>
          <button
            type="button"
            className="primary"
            aria-label={t('lobbyNow.joinTitled', { title: live.title })}
            onClick={() => onJoin(live.id)}
          >
            {t('lobbyNow.join')}
          </button>
        </p>
      )}
    </div>
  );
}
