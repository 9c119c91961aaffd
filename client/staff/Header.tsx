// Title bar: console name, language switch, and the signed-in user with a sign-out button.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useSessionStore } from './useSessionStore.ts';

export function Header() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const session = useSessionStore((s) => s.session);
  const signOut = useSessionStore((s) => s.signOut);
  return (
    <header className="staff-header">
      <div className="staff-brand">
        <span className="staff-logo" aria-hidden="true">
          M
        </span>
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
      </div>
      <div className="staff-tools">
        <fieldset className="staff-lang" aria-label={t('language')}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" aria-pressed={language === l} onClick={() => setLanguage(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
        {session && (
          <div className="staff-user">
            <span>{t('signedInAs', { username: session.user.username, role: session.user.role })}</span>
            <button type="button" className="staff-link" onClick={signOut}>
              {t('signOut')}
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
