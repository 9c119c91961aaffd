// Tanya: ask a question (optionally as "Warga"), see one's own questions with their status (pending
// until a moderator approves), and the approved questions sorted by votes with one upvote each
// (disabled once voted) and "sudah dijawab" marks. Hosts mark questions answered here.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_MAX_CHARS } from '../../../../shared/protocol.ts';
import { isHost, useSessionViewStore } from '../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';

export function QuestionsTab() {
  const { t } = useTranslation();
  const questions = useStageStore((s) => s.questions);
  const you = useSessionViewStore((s) => s.you);
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const host = isHost(you);
  const waiting = you?.asked.filter((q) => q.status !== 'approved') ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    useStageStore.getState().act({ do: 'ask', text: text.trim(), anonymous });
    setText('');
  };
  return (
    <div className="session-tab">
      <form className="session-form" onSubmit={submit}>
        <label htmlFor="session-ask">{t('session.ask.label')}</label>
        <textarea
          id="session-ask"
          rows={2}
          value={text}
          maxLength={QUESTION_MAX_CHARS}
          placeholder={t('session.ask.placeholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="session-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t('session.ask.anonymous')}
        </label>
        <button type="submit" className="primary" disabled={!text.trim()}>
          {t('session.ask.send')}
        </button>
      </form>
      {waiting.length > 0 && (
        <>
          <h3>{t('session.ask.mine')}</h3>
          <ul className="session-list">
            {waiting.map((q) => (
              <li key={q.id} className="session-mine">
                <span>{q.text}</span>
                <span className={`session-tag tag-${q.status}`}>
                  {t(`session.ask.${q.status}`, q.status)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('session.ask.list')}</h3>
      {questions.length === 0 && <p className="muted">{t('session.ask.empty')}</p>}
      <ol className="session-list">
        {questions.map((q) => {
          const voted = you?.upvoted.includes(q.id) ?? false;
          return (
            <li key={q.id} className={q.answered ? 'answered' : undefined}>
              <button
                type="button"
                className="session-vote"
                aria-pressed={voted}
                disabled={voted}
                aria-label={t(voted ? 'session.ask.upvoted' : 'session.ask.upvote')}
                onClick={() => useStageStore.getState().act({ do: 'upvote', questionId: q.id })}
              >
                ▲<span>{q.votes}</span>
              </button>
              <div className="session-q">
                <p>{q.text}</p>
                <p className="muted small">
                  {q.author}
                  {q.answered && (
                    <span className="session-tag tag-answered">{t('session.ask.answered')}</span>
                  )}
                </p>
              </div>
              {host && !q.answered && (
                <button
                  type="button"
                  className="session-small"
                  onClick={() => useStageStore.getState().act({ do: 'answered', questionId: q.id })}
                >
                  {t('session.ask.markAnswered')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
