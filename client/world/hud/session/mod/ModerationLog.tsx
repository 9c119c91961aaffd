// The latest moderation actions (staff view, newest last): when, who, what (in words, not action
// codes), on whom (by name), why. Times are 24-hour in the visitor's language.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../../../shared/format.ts';
import type { ModerationEntry } from '../../../../../shared/session/model.ts';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';

const SHOWN = 10;

/** The i18n key of an entry: on/off actions have one sentence each ('mute_on', 'mute_off'). */
function actionKey(m: ModerationEntry): string {
  const onOff = m.detail === 'on' || m.detail === 'off' ? `_${m.detail}` : '';
  return `session.mod.actions.${m.action}${onOff}`;
}

export function ModerationLog() {
  const { t, i18n } = useTranslation();
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
                <time dateTime={new Date(m.at).toISOString()}>{formatClock(m.at, i18n.language)}</time> ·{' '}
                {m.by.name} ·{' '}
                <strong>
                  {t(actionKey(m), {
                    target: m.targetName ?? m.target,
                    detail: m.detail ?? '',
                    defaultValue: t('session.mod.actions.other', { action: m.action }),
                  })}
                </strong>
              </span>
              {m.reason && <span className="muted">{m.reason}</span>}
            </li>
          ))}
      </ol>
    </section>
  );
}
