// The session's stored slide decks (GET /api/sessions/:id/decks) to show on the screen, and the
// upload of a PDF or images (client/net/deckUpload.ts renders PDF pages in the browser), with
// progress and a clear error.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeckSummary } from '../../../../../shared/session/schedule.ts';
import { DeckError, type DeckProgress, fetchDecks, uploadDeck } from '../../../../net/deckUpload.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: DeckProgress }
  | { kind: 'done'; name: string; pages: number }
  | { kind: 'error'; code: string; detail: string };

function statusOf(e: unknown): Status {
  if (e instanceof DeckError) return { kind: 'error', code: e.code, detail: e.detail };
  console.error('slide upload', e);
  return { kind: 'error', code: 'failed', detail: '' };
}

export function DeckPicker() {
  const { t } = useTranslation();
  const sessionId = useStageStore((s) => s.info.id);
  const shownDeck = useStageStore((s) => (s.screen.mode === 'slides' ? s.screen.deckId : ''));
  const [decks, setDecks] = useState<DeckSummary[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const load = useCallback(() => {
    if (!sessionId) return;
    fetchDecks(sessionId).then(setDecks, (e: unknown) => {
      setDecks([]);
      setStatus(statusOf(e));
    });
  }, [sessionId]);
  useEffect(load, [load]);
  const upload = async (files: File[]) => {
    if (files.length === 0 || !sessionId) return;
    try {
      setStatus({ kind: 'busy', progress: { done: 0, total: 0, uploading: false } });
      const deck = await uploadDeck(sessionId, files, (progress) => setStatus({ kind: 'busy', progress }));
      setStatus({ kind: 'done', name: files[0]?.name ?? '', pages: deck.pages });
      useStageStore.getState().act({ do: 'screen', screen: { mode: 'slides', deckId: deck.id } });
      load();
    } catch (e) {
      setStatus(statusOf(e));
    }
  };
  return (
    <div className="session-decks">
      <h4>{t('session.host.decks')}</h4>
      {decks === null && <p className="muted small">{t('session.host.decksLoading')}</p>}
      {decks?.length === 0 && <p className="muted small">{t('session.host.decksNone')}</p>}
      <ul className="session-list">
        {decks?.map((d) => (
          <li key={d.id} className={d.id === shownDeck ? 'on-screen' : undefined}>
            <span className="session-grow">
              {d.name} <span className="muted small">{t('session.host.deckPages', { count: d.pages })}</span>
            </span>
            <button
              type="button"
              className="session-small"
              onClick={() =>
                useStageStore.getState().act({ do: 'screen', screen: { mode: 'slides', deckId: d.id } })
              }
            >
              {t('session.host.show')}
            </button>
          </li>
        ))}
      </ul>
      <label className="session-upload">
        <input
          type="file"
          accept="application/pdf,.pdf,image/png,image/jpeg,image/webp,image/*"
          multiple
          disabled={status.kind === 'busy'}
          onChange={(e) => {
            void upload(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <span>📄 {t('session.host.upload')}</span>
      </label>
      <p className="small" role="status">
        {status.kind === 'busy' &&
          (status.progress.uploading
            ? t('session.host.sending', { count: status.progress.total })
            : t('session.host.uploading', status.progress))}
        {status.kind === 'done' && t('session.host.uploaded', { name: status.name, count: status.pages })}
      </p>
      {status.kind === 'error' && (
        <p className="session-error-text" role="alert">
          {t(`session.deck.${status.code}`, { detail: status.detail })}
        </p>
      )}
    </div>
  );
}
