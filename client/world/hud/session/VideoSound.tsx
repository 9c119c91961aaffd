// "Ketuk untuk suara": the hall's video screen starts muted (browsers only autoplay muted video); one
// tap unmutes it (the hall scene subscribes to useStageStore.videoMuted, within this same gesture).
import { useTranslation } from 'react-i18next';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { SpeakerIcon } from '../icons/SpeakerIcon.tsx';

export function VideoSound() {
  const { t } = useTranslation();
  const video = useStageStore((s) => s.screen.mode === 'video');
  const muted = useStageStore((s) => s.videoMuted);
  const unmute = useStageStore((s) => s.unmuteVideo);
  if (!video || !muted) return null;
  return (
    <button type="button" className="session-unmute" onClick={unmute}>
      <SpeakerIcon /> {t('session.video.unmute')}
    </button>
  );
}
