// Every public session: live, upcoming and past, each live or upcoming one with a link to attend it
// in Lite. Refreshed every minute.
import { useTranslation } from 'react-i18next';
import type { SessionWhen } from '../../shared/session/schedule.ts';
import { useSessions } from '../stores/useSessionsStore.ts';
import { PageHeading } from './PageHeading.tsx';
import { SessionItem } from './SessionItem.tsx';

const GROUPS: readonly SessionWhen[] = ['live', 'upcoming', 'past'];

export function SessionsPage() {
  const { t } = useTranslation();
  const { sessions: value, failed } = useSessions();
  const title = t('lite.sessions.pageTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {value === null && <p role="status">{t(failed ? 'sessions.failed' : 'sessions.loading')}</p>}
      {value?.length === 0 && <p>{t('sessions.none')}</p>}
      {GROUPS.map((when) => {
        const list = value?.filter((s) => s.when === when) ?? [];
        if (list.length === 0) return null;
        return (
          <section key={when} className="lite-card" aria-labelledby={`lite-sessions-${when}`}>
            <h2 id={`lite-sessions-${when}`}>{t(`sessions.headings.${when}`)}</h2>
            <ul className="lite-list">
              {list.map((s) => (
                <SessionItem key={s.id} session={s} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
