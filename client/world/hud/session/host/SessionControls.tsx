// Open the session (scheduled → live) or end it (live → ended, after a confirmation).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStageStore } from '../../../../stores/useStageStore.ts';

export function SessionControls() {
  const { t } = useTranslation();
  const phase = useStageStore((s) => s.info.phase);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="session-section">
      <h3>{t('session.host.session')}</h3>
      {phase === 'scheduled' && (
        <button
          type="button"
          className="primary"
          onClick={() => useStageStore.getState().act({ do: 'open' })}
        >
          {t('session.host.open')}
        </button>
      )}
      {phase === 'live' && !confirming && (
        <button type="button" className="session-danger" onClick={() => setConfirming(true)}>
          {t('session.host.end')}
        </button>
      )}
      {phase === 'live' && confirming && (
        <div className="session-confirm" role="alertdialog" aria-label={t('session.host.end')}>
          <p>{t('session.host.endConfirm')}</p>
          <div className="session-row">
            <button
              type="button"
              className="session-danger"
              onClick={() => {
                useStageStore.getState().act({ do: 'end' });
                setConfirming(false);
              }}
            >
              {t('session.host.confirm')}
            </button>
            <button type="button" className="session-secondary" onClick={() => setConfirming(false)}>
              {t('session.host.cancel')}
            </button>
          </div>
        </div>
      )}
      {phase === 'ended' && <p className="muted">{t('session.host.ended')}</p>}
    </section>
  );
}
