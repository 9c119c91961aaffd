// What moderators decided about this visitor, in words: muted until a time (the banner goes when the
// mute ends), removed from the plaza (with "join again"), or barred until a time. An alert, so
// screen readers announce it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryPlace } from '../../stores/placeActions.ts';
import { useModerationStore } from '../../stores/useModerationStore.ts';

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ModerationBanner() {
  const { t } = useTranslation();
  const standing = useModerationStore((s) => s.standing);
  const [, setTick] = useState(0);
  const mutedUntil = standing?.kind === 'muted' ? standing.until : 0;
  useEffect(() => {
    if (!mutedUntil) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(0, mutedUntil - Date.now()) + 100);
    return () => clearTimeout(timer);
  }, [mutedUntil]);

  if (!standing || (standing.kind === 'muted' && standing.until <= Date.now())) return null;
  return (
    <div className={`moderation-banner ${standing.kind}`} role="alert">
      {standing.kind === 'muted' && (
        <p className="moderation-text">{t('moderation.muted', { time: clock.format(standing.until) })}</p>
      )}
      {standing.kind === 'banned' && (
        <p className="moderation-text">
          {standing.until > 0
            ? t('moderation.banned', { time: dayAndClock.format(standing.until) })
            : t('moderation.bannedNoTime')}
        </p>
      )}
      {standing.kind === 'removed' && (
        <>
          <p className="moderation-text">{t('moderation.removed')}</p>
          <button type="button" className="moderation-rejoin" onClick={retryPlace}>
            {t('moderation.rejoin')}
          </button>
        </>
      )}
    </div>
  );
}
