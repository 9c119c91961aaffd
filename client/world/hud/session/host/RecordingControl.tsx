// The host's consent to record the session's audio: a toggle that sends `recording` {on}; the server
// records while it is on (server/voice/voiceRecorder.ts) and links the file from the minutes.
import { useTranslation } from 'react-i18next';
import { useStageStore } from '../../../../stores/useStageStore.ts';
import { useVoiceStore } from '../../../../stores/useVoiceStore.ts';

export function RecordingControl() {
  const { t } = useTranslation();
  const ready = useVoiceStore((s) => s.availability === 'ready');
  const recording = useVoiceStore((s) => s.recording);
  if (!ready) return null;
  return (
    <section className="session-section">
      <label className="session-field session-check">
        <input
          type="checkbox"
          checked={recording}
          onChange={(e) => useStageStore.getState().act({ do: 'recording', on: e.currentTarget.checked })}
        />
        {t('voice.record')}
      </label>
      <p className="voice-note">{t('voice.recordHint')}</p>
    </section>
  );
}
