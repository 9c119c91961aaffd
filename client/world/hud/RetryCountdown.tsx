import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../../stores/useConnectionStore.ts';
import { useNow } from './booth/useNow.ts';

/** "next attempt in 8 s" while a reconnection attempt is planned; nothing otherwise. */
export function RetryCountdown() {
  const { t } = useTranslation();
  const retryAt = useConnectionStore((s) => s.retryAt);
  const now = useNow(500);
  if (retryAt === null) return null;
  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
  return (
    <span className="muted retry-in" data-retry-in={seconds} aria-hidden="true">
      {' '}
      · {seconds > 0 ? t('reconnect.in', { count: seconds }) : t('reconnect.trying')}
    </span>
  );
}
