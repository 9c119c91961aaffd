// Questions waiting for a moderator (staff view): approve, hide, or merge into an approved question
// (its votes join those of the other).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

export function PendingQuestions() {
  const { t } = useTranslation();
  const staffQuestions = useSessionViewStore((s) => s.staff?.questions);
  const pending = staffQuestions?.filter((q) => q.status === 'pending') ?? [];
  const approved = useStageStore((s) => s.questions);
  const [merging, setMerging] = useState<number | null>(null);
  return (
    <section className="session-section">
      <h3>
        {t('session.mod.pending')} <span className="session-count-chip">{pending.length}</span>
      </h3>
      {pending.length === 0 && <p className="muted small">{t('session.mod.pendingNone')}</p>}
      <ul className="session-list">
        {pending.map((q) => (
          <li key={q.id} className="session-stack">
            <p>{q.text}</p>
            <p className="muted small">
              {q.anonymous ? t('session.mod.anonymousBy', { handle: q.handle }) : `${q.author} · ${q.handle}`}
            </p>
            <div className="session-actions">
              <button
                type="button"
                className="primary session-small"
                onClick={() => useStageStore.getState().act({ do: 'approve', questionId: q.id })}
              >
                {t('session.mod.approve')}
              </button>
              <button
                type="button"
                className="session-small"
                onClick={() => useStageStore.getState().act({ do: 'hide', questionId: q.id })}
              >
                {t('session.mod.hide')}
              </button>
              {approved.length > 0 && (
                <button
                  type="button"
                  className="session-small"
                  onClick={() => setMerging(merging === q.id ? null : q.id)}
                >
                  {t('session.mod.merge')}
                </button>
              )}
            </div>
            {merging === q.id && (
              <label className="session-field">
                {t('session.mod.mergeInto')}
                <select
                  value=""
                  onChange={(e) => {
                    const into = Number(e.target.value);
                    if (into > 0) useStageStore.getState().act({ do: 'merge', questionId: q.id, into });
                    setMerging(null);
                  }}
                >
                  <option value="">—</option>
                  {approved.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.text.slice(0, 80)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
