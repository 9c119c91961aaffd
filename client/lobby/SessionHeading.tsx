// One session's heading in a list: "LANGSUNG" badge, title, organiser and time in WITA. Used by the
// lobby list and the city's sessions panel.
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { formatWitaSpan } from './witaTime.ts';

export function SessionHeading({ session }: { session: SessionSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="listing-heading">
      <p className="listing-title">
        {session.when === 'live' && <span className="live-badge">{t('sessions.live')}</span>}
        <strong>{session.title}</strong>
      </p>
      <p className="listing-meta">
        <span>{session.organiserName}</span>
        <span>
          <time dateTime={new Date(session.startsAt).toISOString()}>
            {formatWitaSpan(session.startsAt, session.endsAt, i18n.language)}
          </time>
        </span>
        {session.when === 'live' && session.attendance > 0 && (
          <span>{t('sessions.attendance', { count: session.attendance })}</span>
        )}
      </p>
    </div>
  );
}
