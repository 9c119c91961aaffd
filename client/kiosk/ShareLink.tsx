// "Continue on your phone" / "Bagikan" for a booth or a session: on a kiosk the QR code is shown at
// once (there is nothing else to share with); elsewhere a "Bagikan" button opens it with the link.
// Links: `/?booth=<organisation id>` (the city, at that booth, its panel open) and
// `/?session=<id>` (straight into the session's hall).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from './QrCode.tsx';
import './share.css';
import { useIsKiosk } from './useKioskStore.ts';

export type ShareTarget = { kind: 'booth'; id: string } | { kind: 'session'; id: string };

/** The absolute URL that opens the target on another device. */
export function shareUrl(target: ShareTarget, origin: string = location.origin): string {
  const key = target.kind === 'booth' ? 'booth' : 'session';
  return `${origin}/?${key}=${encodeURIComponent(target.id)}`;
}

function ShareBody({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <div className="share-body">
      <QrCode url={url} label={t('share.qrLabel', { url })} sizePx={168} />
      <p className="share-hint">{t('share.scan')}</p>
    </div>
  );
}

/** `inline`: on a kiosk, show the QR code in place (a booth panel); else behind a button (a top bar). */
export function ShareLink({ target, inline = true }: { target: ShareTarget; inline?: boolean }) {
  const { t } = useTranslation();
  const kiosk = useIsKiosk();
  const [open, setOpen] = useState(false);
  const url = shareUrl(target);
  if (kiosk && inline)
    return (
      <section className="share share-kiosk" aria-label={t('share.boothTitle')}>
        <h3>{t('share.boothTitle')}</h3>
        <ShareBody url={url} />
      </section>
    );
  return (
    <div className="share">
      <button type="button" className="share-open" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(kiosk ? 'share.boothTitle' : 'share.open')}
      </button>
      {open && (
        <section className="share-pop" aria-label={t('share.title')}>
          <ShareBody url={url} />
          <label className="share-url">
            <span>{t('share.link')}</span>
            <input readOnly value={url} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => setOpen(false)}>
            {t('share.close')}
          </button>
        </section>
      )}
    </div>
  );
}
