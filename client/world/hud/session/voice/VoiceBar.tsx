// Live voice in the hall (DOM overlay): "Dengarkan" (one tap, as autoplay rules require), then volume,
// local mute (remembered across reloads), the caption of whom Janus hears talking (its voice-activity
// detection, pushed by the server) and a "Direkam" mark while the host consents to recording; for
// whoever may speak now
// (host, admin, invited speaker, resident holding the floor) "Bicara" with the Indonesian explanation
// before the browser's microphone prompt, push to talk on phones; for moderators, mute buttons for
// the current speakers. Talks to useVoiceStore only (client/net/voice.ts carries it out).
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';
import { useVoiceStore } from '../../../../stores/useVoiceStore.ts';
import { SpeakerIcon } from '../../icons/SpeakerIcon.tsx';
import { VoiceSpeak } from './VoiceSpeak.tsx';

export function VoiceBar() {
  const { t } = useTranslation();
  const live = useStageStore((s) => s.info.phase === 'live');
  const availability = useVoiceStore((s) => s.availability);
  const listen = useVoiceStore((s) => s.listen);
  const role = useSessionViewStore((s) => s.you?.role);
  if (!live) return null;
  if (availability === 'unavailable') {
    // Only officials need to know; residents simply see no voice controls.
    return role && role !== 'resident' ? (
      <p className="voice-bar voice-note">{t('voice.unavailable')}</p>
    ) : null;
  }
  if (availability !== 'ready') return null;
  return (
    <section className="voice-bar" aria-label={t('voice.listen')}>
      {listen === 'off' || listen === 'error' ? (
        <ListenButton failed={listen === 'error'} />
      ) : (
        <ListenControls />
      )}
      <VoiceSpeak />
      <Caption />
      <RecordingMark />
    </section>
  );
}

function ListenButton({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  const start = useVoiceStore((s) => s.startListening);
  return (
    <>
      {failed && <p className="voice-note">{t('voice.listenError')}</p>}
      <button type="button" className="primary voice-listen" onClick={start}>
        <SpeakerIcon /> {t('voice.listen')}
      </button>
    </>
  );
}

function ListenControls() {
  const { t } = useTranslation();
  const listen = useVoiceStore((s) => s.listen);
  const volume = useVoiceStore((s) => s.volume);
  const silenced = useVoiceStore((s) => s.silenced);
  const setVolume = useVoiceStore((s) => s.setVolume);
  const toggle = useVoiceStore((s) => s.toggleSilenced);
  const stop = useVoiceStore((s) => s.stopListening);
  return (
    <div className="voice-row">
      <span className="voice-state">
        {listen === 'on' ? (
          <>
            <SpeakerIcon /> {t('voice.listening')}
          </>
        ) : (
          t('voice.connecting')
        )}
      </span>
      <button type="button" onClick={toggle} aria-pressed={silenced}>
        {silenced ? t('voice.unsilence') : t('voice.silence')}
      </button>
      <label className="voice-volume">
        <span className="sr-only">{t('voice.volume')}</span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={volume}
          aria-label={t('voice.volume')}
          onChange={(e) => setVolume(Number(e.currentTarget.value))}
        />
      </label>
      <button type="button" onClick={stop}>
        {t('voice.stop')}
      </button>
    </div>
  );
}

/** Whom Janus hears talking now, for everyone in the hall (listening or not: a caption). */
function Caption() {
  const { t } = useTranslation();
  const names = useVoiceStore(useShallow((s) => s.talking));
  if (names.length === 0) return null;
  return (
    <p className="voice-caption" aria-live="polite">
      {t('voice.speaking', { names: names.join(', ') })}
    </p>
  );
}

function RecordingMark() {
  const { t } = useTranslation();
  const recording = useVoiceStore((s) => s.recording);
  if (!recording) return null;
  return (
    <p className="voice-note voice-recording" role="status">
      ● {t('voice.recording')}
    </p>
  );
}
