// The sign-in form. Shows one generic message for wrong credentials, that the account is disabled
// (only after the right password), and how long to wait after too many attempts from this address.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../net/staffApi.ts';
import { useSessionStore } from './useSessionStore.ts';

export function SignIn() {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim().toLowerCase(), password);
    } catch (err) {
      const wait = err instanceof ApiError ? (err.retryAfterS ?? 60) : 0;
      if (err instanceof ApiError && err.status === 401) setError(t('signIn.invalid'));
      else if (err instanceof ApiError && err.status === 403) setError(t('signIn.disabled'));
      else if (err instanceof ApiError && err.status === 429)
        setError(t('signIn.limited', { seconds: wait }));
      else setError(t('signIn.failed'));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="staff-card staff-signin" onSubmit={submit}>
      <h2>{t('signIn.heading')}</h2>
      <label>
        {t('signIn.username')}
        <input
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        {t('signIn.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="staff-primary" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
