// The public sessions from the city (HUD button, plaza board, hall door): live ones to join, upcoming
// ones with description, agenda and a shareable link, the most recent past ones. The page's one
// sessions list (useSessionsStore), read again when the panel opens; closes with ✕ or Escape.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary, SessionWhen } from '../../../shared/session/schedule.ts';
import { SessionHeading } from '../../lobby/SessionHeading.tsx';
import { usePlaceStore } from '../../stores/usePlaceStore.ts';
import { useSessions, useSessionsStore } from '../../stores/useSessionsStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';

/** Past sessions listed at most, newest first. */
const PAST_SHOWN = 10;
const GROUPS: SessionWhen[] = ['live', 'upcoming', 'past'];

/** Copies the session's absolute link; where the clipboard is refused, shows it to copy by hand. */
function CopyLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const url = `${location.origin}${link}`;
  const copy = () =>
    (navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setState('copied'),
      () => setState('manual'),
    );
  return (
    <>
      <button type="button" className="listing-copy" onClick={copy}>
        {t('sessions.copyLink')}
      </button>
      {state === 'copied' && (
        <span className="small" role="status">
          {t('sessions.copied')}
        </span>
      )}
      {state === 'manual' && (
        <label className="small">
          {t('sessions.copyManual')}
          <input className="listing-copy-manual" readOnly value={url} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </>
  );
}

function SessionCard({ session, onJoin }: { session: SessionSummary; onJoin: (id: string) => void }) {
  const { t } = useTranslation();
  const past = session.when === 'past';
  return (
    <li className={session.when === 'live' ? 'listing-item live' : 'listing-item'}>
      <SessionHeading session={session} />
      {!past && (session.description || session.agenda.length > 0) && (
        <div className="listing-more">
          {session.description && <p>{session.description}</p>}
          {session.agenda.length > 0 && (
            <>
              <strong>{t('sessions.agenda')}</strong>
              <ol>
                {session.agenda.map((item, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: agenda lines are fixed and may repeat
                  <li key={i}>{item}</li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      {!past && (
        <div className="listing-actions">
          {session.when === 'live' && (
            <button
              type="button"
              className="primary listing-join"
              aria-label={t('sessions.enterTitled', { title: session.title })}
              onClick={() => onJoin(session.id)}
            >
              {t('sessions.enter')}
            </button>
          )}
          <CopyLink link={session.link} />
        </div>
      )}
    </li>
  );
}

export function SessionsPanel() {
  const { t } = useTranslation();
  const setOpen = useUiStore((s) => s.setSessionsOpen);
  const { sessions: list, failed } = useSessions();
  const reload = useSessionsStore((s) => s.refresh);
  useEffect(() => reload(), [reload]);
  const load = failed ? 'failed' : list === null ? 'loading' : 'ready';
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);

  const join = (id: string) => {
    setOpen(false);
    usePlaceStore.getState().goToSession(id);
  };
  const sessions = load === 'ready' ? (list ?? []) : [];
  const groups = GROUPS.map((when) => {
    const list = sessions.filter((s) => s.when === when);
    return { when, list: when === 'past' ? list.slice(0, PAST_SHOWN) : list };
  }).filter((g) => g.list.length > 0);

  return (
    <section
      className="panel directory sessions-panel"
      role="dialog"
      aria-modal="false"
      aria-label={t('sessions.title')}
    >
      <header>
        <h2>{t('sessions.title')}</h2>
        <button
          type="button"
          className="icon"
          onClick={() => setOpen(false)}
          aria-label={t('sessions.close')}
        >
          ×
        </button>
      </header>
      {load === 'loading' && <p className="muted">{t('sessions.loading')}</p>}
      {load === 'failed' && (
        <p role="alert">
          {t('sessions.failed')}{' '}
          <button type="button" className="listing-copy" onClick={() => reload()}>
            {t('sessions.retry')}
          </button>
        </p>
      )}
      {load === 'ready' && groups.length === 0 && <p className="muted">{t('sessions.none')}</p>}
      {groups.map((g) => (
        <section key={g.when} aria-labelledby={`sessions-${g.when}`}>
          <h3 id={`sessions-${g.when}`}>{t(`sessions.headings.${g.when}`)}</h3>
          <ul className="listings">
            {g.list.map((s) => (
              <SessionCard key={s.id} session={s} onJoin={join} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
