// The hand queue (staff view), oldest first, with each resident's text: "Beri kesempatan" gives the
// floor (spotlit, their words on the stage), "Tolak" dismisses, "Undang ke panggung" makes a speaker;
// "Akhiri giliran" takes the floor back.
import { useTranslation } from 'react-i18next';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

export function HandQueue() {
  const { t } = useTranslation();
  const hands = useSessionViewStore((s) => s.staff?.hands) ?? [];
  const floor = useStageStore((s) => s.floor);
  return (
    <section className="session-section">
      <h3>
        {t('session.host.hands')} <span className="session-count-chip">{hands.length}</span>
      </h3>
      {floor.handle && (
        <div className="session-row session-spot small">
          <span className="session-grow">{t('session.hand.floorNow', { name: floor.name })}</span>
          <button
            type="button"
            className="session-small"
            onClick={() => useStageStore.getState().act({ do: 'dismiss', handle: floor.handle })}
          >
            {t('session.host.endFloor')}
          </button>
        </div>
      )}
      {hands.length === 0 && <p className="muted small">{t('session.host.handsNone')}</p>}
      <ol className="session-list session-hands">
        {hands.map((h, i) => (
          <li key={h.handle}>
            <span className="session-place">{i + 1}</span>
            <div className="session-grow">
              <strong>{h.name}</strong> <span className="muted small">{h.handle}</span>
              {h.text && <p className="small">{h.text}</p>}
            </div>
            <div className="session-actions">
              <button
                type="button"
                className="primary session-small"
                onClick={() => useStageStore.getState().act({ do: 'floor', handle: h.handle })}
              >
                {t('session.host.floor')}
              </button>
              <button
                type="button"
                className="session-small"
                onClick={() => useStageStore.getState().act({ do: 'dismiss', handle: h.handle })}
              >
                {t('session.host.dismiss')}
              </button>
              <button
                type="button"
                className="session-small"
                onClick={() => useStageStore.getState().act({ do: 'speaker', handle: h.handle, on: true })}
              >
                {t('session.host.invite')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
