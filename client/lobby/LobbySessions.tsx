// Live and upcoming public sessions under the lobby form (the page's one sessions list,
// useSessionsStore). No list yet, a failed first read or an empty list hides the section. Joining a
// live one goes through the lobby's own name check (onJoin).
import { useTranslation } from 'react-i18next';
import { useSessions } from '../stores/useSessionsStore.ts';
import { SessionHeading } from './SessionHeading.tsx';

/** Sessions shown at most; the city's sessions panel has the full list. */
const LOBBY_SESSIONS_MAX = 6;

export function LobbySessions({ onJoin }: { onJoin: (sessionId: string) => void }) {
  const { t } = useTranslation();
  const sessions = (useSessions().sessions ?? [])
    .filter((s) => s.when !== 'past')
    .slice(0, LOBBY_SESSIONS_MAX);
  if (sessions.length === 0) return null;
  return (
    <section className="lobby-card lobby-sessions" aria-labelledby="lobby-sessions-title">
      <h2 id="lobby-sessions-title">{t('sessions.title')}</h2>
      <ul className="listings">
        {sessions.map((s) => (
          <li key={s.id} className={s.when === 'live' ? 'listing-item live' : 'listing-item'}>
            <SessionHeading session={s} />
            {s.when === 'live' && (
              <button
                type="button"
                className="primary listing-join"
                aria-label={t('sessions.enterTitled', { title: s.title })}
                onClick={() => onJoin(s.id)}
              >
                {t('sessions.enter')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
