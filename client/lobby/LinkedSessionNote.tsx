// The top of the lobby when it was opened from a session link: "Anda akan bergabung ke: <title>",
// or why the visitor goes to the city instead (unknown session, wrong invite code, session over).
import { useTranslation } from 'react-i18next';
import { SessionHeading } from './SessionHeading.tsx';
import type { LinkedSession } from './useLinkedSession.ts';

export function LinkedSessionNote({ linked }: { linked: LinkedSession }) {
  const { t } = useTranslation();
  switch (linked.kind) {
    case 'none':
      return null;
    case 'checking':
      return <p className="linked-session muted">{t('lobby.checking')}</p>;
    case 'found':
      return (
        <div className="linked-session found">
          <p className="small">{t('lobby.joining')}</p>
          <SessionHeading session={linked.session} />
        </div>
      );
    case 'unknown':
      return (
        <p className="linked-session gone" role="alert">
          {t('lobby.linkUnknown')}
        </p>
      );
    case 'ended':
      return (
        <p className="linked-session gone" role="alert">
          {t('lobby.linkEnded', { title: linked.title })}
        </p>
      );
  }
}
