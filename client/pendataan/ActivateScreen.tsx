// Activation: the one-time code from the roster sheet (pre-filled from the QR link's #kode=…).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldStore } from './useFieldStore.ts';

const codeFromLink = () => new URLSearchParams(location.hash.slice(1)).get('kode') ?? '';

export function ActivateScreen() {
  const { t } = useTranslation();
  const [code, setCode] = useState(codeFromLink);
  const [busy, setBusy] = useState(false);
  const error = useFieldStore((s) => s.activateError);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    await useFieldStore.getState().activate(code);
    setBusy(false);
    if (useFieldStore.getState().token) history.replaceState(null, '', location.pathname);
  };
  return (
    <form className="pd-card" onSubmit={onSubmit}>
      <h2>{t('activate.heading')}</h2>
      <p>{t('activate.intro')}</p>
      <label>
        {t('activate.code')}
        <input
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          placeholder="ABCD-EFGH"
          required
        />
      </label>
      {error && (
        <p className="pd-error" role="alert">
          {t(`activate.${error}`)}
        </p>
      )}
      <button type="submit" className="pd-primary" disabled={busy}>
        {t('activate.submit')}
      </button>
    </form>
  );
}
