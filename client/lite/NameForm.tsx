// The name a Lite attendee is shown by in a session (the lobby's rule: shared/text.ts cleanName), kept
// in the same settings as the 3D lobby so both know the resident. Saving it joins the session.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_CHARS } from '../../shared/limits.ts';
import { cleanName } from '../../shared/text.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';

export function NameForm() {
  const { t } = useTranslation();
  const setName = useSettingsStore((s) => s.setName);
  const [draft, setDraft] = useState(useSettingsStore.getState().name);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = cleanName(draft);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setName(result.name);
  };
  return (
    <form className="lite-card lite-form" onSubmit={submit} noValidate>
      <h2>{t('lite.session.nameTitle')}</h2>
      <label htmlFor={`${id}-name`}>{t('lobby.name')}</label>
      <input
        id={`${id}-name`}
        name="name"
        value={draft}
        maxLength={NAME_MAX_CHARS}
        autoComplete="nickname"
        placeholder={t('lobby.namePlaceholder')}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
      />
      <p id={`${id}-hint`} className="muted small">
        {t('lite.session.nameHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="lite-error" role="alert">
          {t(`lobby.errors.${error}`)}
        </p>
      )}
      <button type="submit" className="primary">
        {t('lite.session.join')}
      </button>
    </form>
  );
}
