// Angkat tangan: raise the hand with an optional short text, see one's place in the queue, lower it.
// Given the floor: "Anda dipersilakan berbicara" and a box whose lines go to the stage (act 'say').
// Speakers (and hosts) also get the slide page buttons here.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_MAX_CHARS } from '../../../../shared/limits.ts';
import { useSessionViewStore } from '../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { HandIcon } from '../icons/HandIcon.tsx';
import { PageButtons } from './PageButtons.tsx';

export function HandTab() {
  const { t } = useTranslation();
  const you = useSessionViewStore((s) => s.you);
  const hands = useStageStore((s) => s.hands);
  const floor = useStageStore((s) => s.floor);
  const [text, setText] = useState('');
  const [line, setLine] = useState('');
  const raise = (e: FormEvent) => {
    e.preventDefault();
    const said = text.trim();
    useStageStore.getState().act(said ? { do: 'raiseHand', text: said } : { do: 'raiseHand' });
    setText('');
  };
  const say = (e: FormEvent) => {
    e.preventDefault();
    if (!line.trim()) return;
    useStageStore.getState().act({ do: 'say', text: line.trim() });
    setLine('');
  };
  return (
    <div className="session-tab">
      {you?.speaker && <PageButtons />}
      {you?.floor && (
        <form className="session-form session-floor" onSubmit={say}>
          <p className="session-spot">{t('session.hand.floor')}</p>
          <label htmlFor="session-say">{t('session.hand.sayLabel')}</label>
          <div className="session-row">
            <input
              id="session-say"
              value={line}
              maxLength={CHAT_MAX_CHARS}
              autoComplete="off"
              placeholder={t('session.hand.sayPlaceholder')}
              onChange={(e) => setLine(e.target.value)}
            />
            <button type="submit" className="primary" disabled={!line.trim()}>
              {t('session.hand.say')}
            </button>
          </div>
        </form>
      )}
      {!you?.floor && floor.handle && (
        <p className="muted">{t('session.hand.floorNow', { name: floor.name })}</p>
      )}
      {you?.hand ? (
        <div className="session-form">
          <p className="session-ok">{t('session.hand.place', { place: you.hand })}</p>
          <button
            type="button"
            className="session-secondary"
            onClick={() => useStageStore.getState().act({ do: 'lowerHand' })}
          >
            <HandIcon /> {t('session.hand.lower')}
          </button>
        </div>
      ) : (
        !you?.floor && (
          <form className="session-form" onSubmit={raise}>
            <p className="muted small">{t('session.hand.down')}</p>
            <label htmlFor="session-hand">{t('session.hand.textLabel')}</label>
            <input
              id="session-hand"
              value={text}
              maxLength={CHAT_MAX_CHARS}
              autoComplete="off"
              placeholder={t('session.hand.textPlaceholder')}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="primary">
              <HandIcon /> {t('session.hand.raise')}
            </button>
          </form>
        )
      )}
      {hands > 0 && <p className="muted small">{t('session.hand.queue', { count: hands })}</p>}
    </div>
  );
}
