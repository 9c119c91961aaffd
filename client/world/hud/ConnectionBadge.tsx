import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../../stores/useConnectionStore.ts';
import { usePlayersStore } from '../../stores/usePlayersStore.ts';
import { RetryCountdown } from './RetryCountdown.tsx';

/** The connection state, always visible (with the countdown to the next attempt while reconnecting); announced politely to screen readers. */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const status = useConnectionStore((s) => s.status);
  const count = usePlayersStore((s) => s.shardVisitors ?? Object.keys(s.players).length);
  return (
    <div className={`badge conn-${status}`} role="status" aria-live="polite" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {t(`connection.${status}`)}
      {status === 'reconnecting' && <RetryCountdown />}
      {status === 'connected' && <span className="muted"> · {t('connection.visitors', { count })}</span>}
    </div>
  );
}
