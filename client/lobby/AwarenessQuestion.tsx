// "Apakah Anda tahu Makaverse?" in the lobby, below the entry card: three answers, or close it; asked
// once per visitor (useAwarenessStore remembers it on this device, the server counts one per visitor id).
import { useTranslation } from 'react-i18next';
import './awareness.css';
import { AWARENESS_ANSWERS } from '../../shared/awareness.ts';
import { answerAwareness } from '../net/awarenessFeed.ts';
import { useAwarenessStore } from '../stores/useAwarenessStore.ts';

export function AwarenessQuestion() {
  const { t } = useTranslation();
  const answered = useAwarenessStore((s) => s.answered);
  const skip = useAwarenessStore((s) => s.setAnswered);
  if (answered === 'skipped') return null;
  return (
    <section className="lobby-card awareness-question" aria-label={t('awareness.question')}>
      {answered === null ? (
        <>
          <header>
            <p className="awareness-title">{t('awareness.question')}</p>
            <button
              type="button"
              className="icon"
              onClick={() => skip('skipped')}
              aria-label={t('awareness.skip')}
            >
              ×
            </button>
          </header>
          <div className="awareness-answers">
            {AWARENESS_ANSWERS.map((a) => (
              <button key={a} type="button" onClick={() => void answerAwareness(a)}>
                {t(`awareness.answers.${a}`)}
              </button>
            ))}
          </div>
          <p className="lobby-hint">{t('awareness.why')}</p>
        </>
      ) : (
        <p className="awareness-thanks" role="status">
          {t('awareness.thanks')}
        </p>
      )}
    </section>
  );
}
