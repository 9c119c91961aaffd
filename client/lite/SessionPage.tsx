// A public session in Lite: what it is (title, organiser, time, agenda), then, once the attendee has
// a name, the same session room as the 3D hall (client/net/connectPlace.ts: same identity, same
// rules, one vote per attendee): the screen (slides as images with alt text), who has the floor, the
// poll, questions, raised hand, reactions and chat, each a section reachable from the contents list.
// Stage changes are announced politely (LiveAnnouncer). Leaving the page leaves the room. Loaded
// lazily; csp.ts comes first because the room's protocol module brings zod.
import '../csp.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { cleanName } from '../../shared/text.ts';
import { SessionHeading } from '../lobby/SessionHeading.tsx';
import { fetchSession } from '../net/api.ts';
import { enterPlace, leavePlace, retryPlace } from '../stores/placeActions.ts';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import { ConnectionBadge } from '../world/hud/ConnectionBadge.tsx';
import { LiteLink } from './LiteLink.tsx';
import { LiveAnnouncer } from './LiveAnnouncer.tsx';
import { NameForm } from './NameForm.tsx';
import { PageHeading } from './PageHeading.tsx';
import { SessionSections } from './SessionSections.tsx';

type Props = { sessionId: string; invite: string | undefined };

export function SessionPage({ sessionId, invite }: Props) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<SessionSummary | null | 'missing'>(null);
  const name = useSettingsStore((s) => s.name);
  const named = cleanName(name).ok;
  const stageTitle = useStageStore((s) => s.info.title);
  useEffect(() => {
    const abort = new AbortController();
    fetchSession(sessionId, invite, abort.signal).then(setSummary, () => {
      if (!abort.signal.aborted) setSummary('missing');
    });
    return () => abort.abort();
  }, [sessionId, invite]);
  const title =
    (summary && summary !== 'missing' ? summary.title : stageTitle) ||
    (summary === 'missing' ? t('session.join.title') : '…');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {summary === 'missing' && <p role="alert">{t('session.join.no-session')}</p>}
      {summary && summary !== 'missing' && <About summary={summary} />}
      {summary !== 'missing' && (named ? <Attending sessionId={sessionId} invite={invite} /> : <NameForm />)}
      <p>
        <LiteLink to={{ kind: 'sessions' }}>{t('lite.session.back')}</LiteLink>
      </p>
    </>
  );
}

function About({ summary }: { summary: SessionSummary }) {
  const { t } = useTranslation();
  return (
    <div className="lite-card">
      <SessionHeading session={summary} />
      {summary.description && <p>{summary.description}</p>}
      {summary.agenda.length > 0 && (
        <>
          <h2>{t('lite.session.agenda')}</h2>
          <ol>
            {summary.agenda.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function Attending({ sessionId, invite }: Props) {
  const { t } = useTranslation();
  const name = useSettingsStore((s) => s.name);
  const error = useConnectionStore((s) => (s.status === 'error' ? s.error : null));
  const ended = useStageStore((s) => s.info.phase === 'ended');
  useEffect(() => {
    enterPlace(invite ? { kind: 'session', sessionId, invite } : { kind: 'session', sessionId });
    return leavePlace;
  }, [sessionId, invite]);
  if (error) {
    const key = error.startsWith('session.join.') ? error : 'session.join.failed';
    return (
      <section className="lite-card" role="alert" aria-labelledby="lite-join-error">
        <h2 id="lite-join-error">{t('session.join.title')}</h2>
        <p>{t(key)}</p>
        {(key === 'session.join.failed' || key === 'session.join.auth') && (
          <button type="button" onClick={retryPlace}>
            {t('session.join.retry')}
          </button>
        )}
      </section>
    );
  }
  return (
    <>
      <div className="lite-status">
        <ConnectionBadge />
        <p>{t('lite.session.attendingAs', { name })}</p>
      </div>
      {ended && <p className="lite-note">{t('session.endedNote')}</p>}
      <LiveAnnouncer />
      <SessionSections sessionId={sessionId} />
    </>
  );
}
