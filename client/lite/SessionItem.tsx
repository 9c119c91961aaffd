// One public session in a Lite list: the same heading as the lobby's (title, organiser, WITA time,
// "LANGSUNG"), and a link to attend it in Lite while it is live or upcoming.
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { SessionHeading } from '../lobby/SessionHeading.tsx';
import { LiteLink } from './LiteLink.tsx';

export function SessionItem({ session }: { session: SessionSummary }) {
  const { t } = useTranslation();
  return (
    <li className={session.when === 'live' ? 'listing-item live' : 'listing-item'}>
      <SessionHeading session={session} />
      {session.when !== 'past' && (
        <LiteLink
          to={{ kind: 'session', sessionId: session.id }}
          className="lite-button"
          aria-label={t('lite.sessions.openTitled', { title: session.title })}
        >
          {t('lite.sessions.open')}
        </LiteLink>
      )}
    </li>
  );
}
