// Chat rules for the whole session: chat off, slow mode (seconds between lines), mute everyone.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStageStore } from '../../../../stores/useStageStore.ts';

export function ChatRules() {
  const { t } = useTranslation();
  const rules = useStageStore((s) => s.chat);
  const [slow, setSlow] = useState(String(rules.slowS));
  const applySlow = (e: FormEvent) => {
    e.preventDefault();
    const seconds = Math.round(Number(slow));
    if (Number.isFinite(seconds) && seconds >= 0 && seconds <= 300)
      useStageStore.getState().act({ do: 'slowMode', seconds });
  };
  return (
    <section className="session-section">
      <h3>{t('session.mod.chat')}</h3>
      <label className="session-check">
        <input
          type="checkbox"
          checked={rules.off}
          onChange={(e) => useStageStore.getState().act({ do: 'chatOff', on: e.target.checked })}
        />
        {t('session.mod.chatOff')}
      </label>
      <label className="session-check">
        <input
          type="checkbox"
          checked={rules.mutedAll}
          onChange={(e) => useStageStore.getState().act({ do: 'muteAll', on: e.target.checked })}
        />
        {t('session.mod.muteAll')}
      </label>
      <form className="session-row" onSubmit={applySlow}>
        <label className="session-field session-grow">
          {t('session.mod.slow')}
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={300}
            value={slow}
            onChange={(e) => setSlow(e.target.value)}
          />
        </label>
        <button type="submit" className="session-small">
          {t('session.mod.apply')}
        </button>
      </form>
    </section>
  );
}
