// "Sisa waktu 1:05": time left until an epoch-ms moment, refreshed every second.
import { useTranslation } from 'react-i18next';
import { useNow } from '../booth/useNow.ts';

export function Countdown({ until }: { until: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const s = Math.max(0, Math.ceil((until - now) / 1000));
  const time = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return <span className="session-timer">{t('session.poll.timeLeft', { time })}</span>;
}
