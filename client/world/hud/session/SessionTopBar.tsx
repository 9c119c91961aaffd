// The hall's top bar: session title and organiser, phase badge, attendance across shards, connection
// state, and "Keluar dari aula" (leave → back to the city).
import { useTranslation } from 'react-i18next';
import { findOrganisation, REGISTRY } from '../../../../shared/registry.ts';
import { ShareLink } from '../../../kiosk/ShareLink.tsx';
import { leavePlace } from '../../../stores/placeActions.ts';
import { useConnectionStore } from '../../../stores/useConnectionStore.ts';
import { usePlaceStore } from '../../../stores/usePlaceStore.ts';
import { useSessionViewStore } from '../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { ConnectionBadge } from '../ConnectionBadge.tsx';

export function SessionTopBar() {
  const { t } = useTranslation();
  const info = useStageStore((s) => s.info);
  const attendance = useStageStore((s) => s.attendance);
  const peak = useStageStore((s) => s.peak);
  const role = useSessionViewStore((s) => s.you?.role);
  // The count is of connected attendees; while this one is reconnecting it is not current.
  const connected = useConnectionStore((s) => s.status === 'connected');
  const organiser = findOrganisation(REGISTRY, info.organiser);
  const leave = () => {
    leavePlace();
    usePlaceStore.getState().goToCity();
  };
  return (
    <header className="session-top">
      <div className="session-title">
        <h1>{info.title || '…'}</h1>
        <p>
          {organiser && (
            <span title={`${t('session.organiser')}: ${organiser.name}`}>{organiser.abbreviation}</span>
          )}
          {role && role !== 'resident' && (
            <span className="session-role">{t(`session.you.role.${role}`)}</span>
          )}
        </p>
      </div>
      <div className="session-status">
        {info.id && (
          <span className={`session-phase phase-${info.phase}`} data-phase={info.phase}>
            {t(`session.phase.${info.phase}`)}
          </span>
        )}
        {info.phase === 'live' && connected && (
          <span className="session-count" title={t('session.peak', { count: peak })}>
            {t('session.attendance', { count: attendance })}
          </span>
        )}
        <ConnectionBadge />
        {info.id && <ShareLink target={{ kind: 'session', id: info.id }} inline={false} />}
      </div>
      <button type="button" className="session-leave" onClick={leave} aria-label={t('session.leave')}>
        <span className="long">{t('session.leave')}</span>
        <span className="short" aria-hidden="true">
          {t('session.leaveShort')}
        </span>
      </button>
    </header>
  );
}
