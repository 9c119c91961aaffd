// The host's camera on the big screen: one button shows it (the screen switches to 'camera' and the
// page asks the browser for the camera, explained beforehand), one turns it off (the screen goes
// blank). The server grants the camera to the host only; its answer shows as a state line.
import { useTranslation } from 'react-i18next';
import { useCameraStore } from '../../../../stores/useCameraStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

const STATE_TEXT = {
  connecting: 'voice.cameraConnecting',
  on: 'voice.cameraOn',
  denied: 'voice.cameraDenied',
  nocam: 'voice.cameraNone',
  refused: 'voice.cameraRefused',
  error: 'voice.cameraError',
} as const;

export function CameraControl() {
  const { t } = useTranslation();
  const camera = useCameraStore((s) => s.camera);
  const want = useCameraStore((s) => s.wantCamera);
  const start = useCameraStore((s) => s.startCamera);
  const stop = useCameraStore((s) => s.stopCamera);
  return (
    <div className="session-form">
      {!want ? (
        <>
          <p className="voice-note">{t('voice.cameraExplain')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              useStageStore.getState().act({ do: 'screen', screen: { mode: 'camera' } });
              start();
            }}
          >
            {t('voice.cameraStart')}
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            stop();
            useStageStore.getState().act({ do: 'screen', screen: { mode: 'blank' } });
          }}
        >
          {t('voice.cameraStop')}
        </button>
      )}
      {camera !== 'off' && (
        <p className="voice-note" role="status">
          {t(STATE_TEXT[camera])}
        </p>
      )}
    </div>
  );
}
