// Residents' reports (open first): what was reported, by whom, why; "Selesai" resolves one.
import { useTranslation } from 'react-i18next';
import { useChatStore } from '../../../../stores/useChatStore.ts';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

export function Reports() {
  const { t } = useTranslation();
  const reports = useSessionViewStore((s) => s.staff?.reports) ?? [];
  const lines = useChatStore((s) => s.lines);
  const open = reports.filter((r) => !r.resolved).length;
  return (
    <section className="session-section">
      <h3>
        {t('session.mod.reports')} <span className="session-count-chip">{open}</span>
      </h3>
      {reports.length === 0 && <p className="muted small">{t('session.mod.reportsNone')}</p>}
      <ul className="session-list">
        {reports.map((r) => {
          const line =
            r.target.kind === 'message'
              ? lines.find((l) => r.target.kind === 'message' && l.id === r.target.messageId)
              : undefined;
          return (
            <li key={r.id} className={`session-stack${r.resolved ? ' resolved' : ''}`}>
              <p>
                <strong>
                  {r.target.kind === 'message'
                    ? t('session.mod.reportMessage', { id: r.target.messageId })
                    : t('session.mod.reportPerson', { handle: r.target.handle })}
                </strong>{' '}
                <span className="muted small">{t('session.mod.reportBy', { name: r.by.name })}</span>
              </p>
              {line && (
                <p className="small session-quote">
                  {line.name}: {line.text}
                </p>
              )}
              {r.reason && <p className="small">{r.reason}</p>}
              {r.resolved ? (
                <span className="session-tag">{t('session.mod.resolved')}</span>
              ) : (
                <div className="session-actions">
                  {r.target.kind === 'message' && line && (
                    <button
                      type="button"
                      className="session-small"
                      onClick={() =>
                        useStageStore
                          .getState()
                          .act({ do: 'deleteMessage', messageId: line.id, reason: r.reason.slice(0, 200) })
                      }
                    >
                      {t('session.chat.delete')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="session-small"
                    onClick={() => useStageStore.getState().act({ do: 'resolveReport', reportId: r.id })}
                  >
                    {t('session.mod.resolve')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
