// The password change that a one-time password requires before anything else: current password,
// the new one twice. Checks length and repetition here; the server decides the rest.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../shared/accounts.ts';
import { ApiError } from '../net/staffApi.ts';
import { useSessionStore } from './useSessionStore.ts';

export function ChangePassword() {
  const { t } = useTranslation();
  const changePassword = useSessionStore((s) => s.changePassword);
  const signOut = useSessionStore((s) => s.signOut);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const min = MIN_PASSWORD_LENGTH;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (next.length < min) return setError(t('password.tooShort', { min }));
    if (next !== repeat) return setError(t('password.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      if (status === 401) signOut();
      else if (status === 400) setError(t('password.weak'));
      else if (status === 403) setError(t('password.wrongCurrent'));
      else if (status === 429)
        setError(t('signIn.limited', { seconds: (err as ApiError).retryAfterS ?? 60 }));
      else setError(t('password.failed'));
    } finally {
      setBusy(false);
    }
  }

  const field = (label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <label>
      {label}
      <input
        type="password"
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );

  return (
    <form className="staff-card staff-signin" onSubmit={submit}>
      <h2>{t('password.heading')}</h2>
      <p className="staff-muted">{t('password.intro', { min })}</p>
      {field(t('password.current'), current, setCurrent, 'current-password')}
      {field(t('password.next'), next, setNext, 'new-password')}
      {field(t('password.repeat'), repeat, setRepeat, 'new-password')}
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="staff-primary" disabled={busy}>
        {busy ? t('password.busy') : t('password.submit')}
      </button>
    </form>
  );
}
