// The sync bar: "3 terkirim, 2 menunggu", what the connection is doing, and a send button.
import { useTranslation } from 'react-i18next';
import { countStates } from './records.ts';
import { useFieldStore } from './useFieldStore.ts';

export function SyncBar() {
  const { t } = useTranslation();
  const records = useFieldStore((s) => s.records);
  const sync = useFieldStore((s) => s.sync);
  const counts = countStates(records.filter((r) => !r.practice || r.state !== 'draft'));
  const note = { offline: 'sync.offline', error: 'sync.error', 'signed-out': 'sync.signedOut' }[
    sync as string
  ];
  return (
    <section className="pd-sync" aria-live="polite" data-sync={sync}>
      <strong data-testid="sync-status">
        {t('sync.status', { sent: counts.sent, waiting: counts.outbox })}
      </strong>
      {note && <p>{t(note)}</p>}
      <button
        type="button"
        disabled={sync === 'sending' || counts.outbox === 0}
        onClick={() => void useFieldStore.getState().syncNow()}
      >
        {sync === 'sending' ? t('sync.sending') : t('sync.send')}
      </button>
    </section>
  );
}
