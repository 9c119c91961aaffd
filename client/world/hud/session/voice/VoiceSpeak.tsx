// The speaker's part of the voice bar: "Bicara" for whoever may speak now (shared/session/voice.ts's
// rule, as the stage shows it), the explanation before the browser's microphone prompt, push to talk
// (phones) or a microphone toggle, clear messages when the microphone is refused or missing, and the
// moderator's mute buttons for the current speakers. Talks to useVoiceStore only.
import { useTranslation } from 'react-i18next';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';
import { useVoiceStore } from '../../../../stores/useVoiceStore.ts';
import { MicIcon } from '../../icons/MicIcon.tsx';

const PROBLEMS = ['denied', 'nomic', 'revoked', 'muted', 'refused', 'error'] as const;

export function VoiceSpeak() {
  const { t } = useTranslation();
  const you = useSessionViewStore((s) => s.you);
  const speak = useVoiceStore((s) => s.speak);
  const ask = useVoiceStore((s) => s.askToSpeak);
  const confirm = useVoiceStore((s) => s.confirmSpeak);
  const stop = useVoiceStore((s) => s.stopSpeaking);
  const may = you !== null && (you.role === 'host' || you.role === 'admin' || you.speaker || you.floor);
  const problem = PROBLEMS.find((p) => p === speak);
  return (
    <>
      {problem && (
        <p className="voice-note" role="alert">
          {t(problem === 'error' ? 'voice.speakError' : `voice.${problem}`)}
        </p>
      )}
      {may && (speak === 'off' || problem) && (
        <button type="button" className="primary voice-speak" onClick={ask}>
          <MicIcon /> {t('voice.speak')}
        </button>
      )}
      {speak === 'explain' && (
        <div className="voice-explain" role="dialog" aria-label={t('voice.explainTitle')}>
          <strong>{t('voice.explainTitle')}</strong>
          <p>{t('voice.explain')}</p>
          <div className="voice-row">
            <button type="button" className="primary" onClick={confirm}>
              {t('voice.explainGo')}
            </button>
            <button type="button" onClick={stop}>
              {t('voice.cancel')}
            </button>
          </div>
        </div>
      )}
      {speak === 'connecting' && <p className="voice-state">{t('voice.connecting')}</p>}
      {speak === 'on' && <OnAir onStop={stop} />}
      {you && you.role !== 'resident' && <MuteButtons />}
    </>
  );
}

function OnAir({ onStop }: { onStop: () => void }) {
  const { t } = useTranslation();
  const ptt = useVoiceStore((s) => s.pushToTalk);
  const open = useVoiceStore((s) => s.micOpen);
  const setOpen = useVoiceStore((s) => s.setMicOpen);
  return (
    <div className="voice-row">
      <span className={open ? 'voice-state voice-on' : 'voice-state'}>
        {open ? (
          <>
            <MicIcon /> {t('voice.onAir')}
          </>
        ) : (
          t('voice.micOff')
        )}
      </span>
      {ptt ? (
        <button
          type="button"
          className="primary voice-ptt"
          aria-pressed={open}
          onPointerDown={() => setOpen(true)}
          onPointerUp={() => setOpen(false)}
          onPointerCancel={() => setOpen(false)}
          onPointerLeave={() => setOpen(false)}
          onContextMenu={(e) => e.preventDefault()}
        >
          {open ? t('voice.holding') : t('voice.hold')}
        </button>
      ) : (
        <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
          {open ? t('voice.toggleOff') : t('voice.toggleOn')}
        </button>
      )}
      <button type="button" onClick={onStop}>
        {t('voice.stopSpeaking')}
      </button>
    </div>
  );
}

/** Staff only: mute the floor holder or a speaker (the server checks the role again). */
function MuteButtons() {
  const { t } = useTranslation();
  const role = useSessionViewStore((s) => s.you?.role);
  const floor = useStageStore((s) => s.floor);
  const speakers = useStageStore((s) => s.speakers);
  const mutedByMe = useVoiceStore((s) => s.mutedByMe);
  const requestMute = useVoiceStore((s) => s.requestMute);
  if (role !== 'moderator' && role !== 'host' && role !== 'admin') return null;
  const people = new Map(Object.entries(speakers));
  if (floor.handle) people.set(floor.handle, floor.name);
  if (people.size === 0) return null;
  return (
    <div className="voice-row">
      {[...people].map(([handle, name]) => {
        const muted = mutedByMe.includes(handle);
        return (
          <button key={handle} type="button" onClick={() => requestMute(handle, !muted)}>
            {muted ? t('voice.unmuteSpeaker', { name }) : t('voice.muteSpeaker', { name })}
          </button>
        );
      })}
    </div>
  );
}
