// "Salin tautan": copies location.origin + a session link; says so, or shows the link to copy by hand
// where the clipboard is refused (plain http, old browsers).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyLinkButton({ link }: { link: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const url = `${location.origin}${link}`;
  const copy = () =>
    (navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setState('copied'),
      () => setState('manual'),
    );
  return (
    <span className="staff-copy">
      <button type="button" className="staff-secondary" onClick={copy}>
        {t('sessions.list.copyLink')}
      </button>
      {state === 'copied' && <span className="staff-ok">{t('sessions.list.copied')}</span>}
      {state === 'manual' && (
        <input
          readOnly
          value={url}
          aria-label={t('sessions.list.copyLink')}
          onFocus={(e) => e.target.select()}
        />
      )}
    </span>
  );
}
