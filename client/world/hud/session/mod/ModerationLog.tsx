// The latest moderation actions (staff view, newest last): when, who, what, on whom, why.
import { useTranslation } from 'react-i18next';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';

const SHOWN = 10;
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function ModerationLog() {
  const { t } = useTranslation();
  const entries = useSessionViewStore((s) => s.staff?.moderation) ?? [];
  if (entries.length === 0) return null;
  return (
    <section className="session-section">
      <h3>{t('session.mod.log')}</h3>
      <ol className="session-list small">
        {entries
          .slice(-SHOWN)
          .reverse()
          .map((m) => (
            <li key={`${m.at}-${m.action}-${m.target}`} className="session-stack">
              <span>
                <time dateTime={new Date(m.at).toISOString()}>{clock.format(m.at)}</time> · {m.by.name} ·{' '}
                <strong>{m.action}</strong>
                {m.target && ` · ${m.target}`}
              </span>
              {m.reason && <span className="muted">{m.reason}</span>}
            </li>
          ))}
      </ol>
    </section>
  );
}
