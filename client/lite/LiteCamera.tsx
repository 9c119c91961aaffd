// The host's camera for Lite, while the screen shows 'camera': a muted <video> of the stream
// client/net/voiceCamera.ts receives (the host's voice comes through "Dengarkan"), or a waiting line.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameraStore } from '../stores/useCameraStore.ts';

export function LiteCamera() {
  const { t } = useTranslation();
  const stream = useCameraStore((s) => s.stream);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = video.current;
    if (!el) return;
    el.srcObject = stream;
    if (stream) void el.play().catch(() => {});
  }, [stream]);
  if (!stream) return <p className="muted">{t('lite.session.cameraWaiting')}</p>;
  return (
    <video
      ref={video}
      className="lite-video"
      muted
      autoPlay
      playsInline
      aria-label={t('lite.session.screenCamera')}
    />
  );
}
