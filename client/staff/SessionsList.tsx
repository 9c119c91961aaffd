// The sessions this official can see (public ones and the invite-only ones they may host or
// moderate): phase, time in WITA, a link that opens the hall in this same tab (so the signed-in token
// in sessionStorage goes along), "Salin tautan", and for ended sessions the minutes as downloads
// (session hosts and admins).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../shared/accounts.ts';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { formatWitaSpan } from '../lobby/witaTime.ts';
import { ApiError, type Session, staffApi } from '../net/staffApi.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { useSessionStore } from './useSessionStore.ts';

type RecordFormat = 'md' | 'json';

/** Mirrors the server's rule (server/sessions/access.ts) closely enough to choose labels and buttons. */
function hostsIt(user: AccountView, s: SessionSummary): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'host' && (s.organiser === user.organisationId || s.createdBy === user.username);
}

function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The hall link for staff: straight into the hall under the sign-in (client/lobby/useStaffEntry.ts). */
function staffHallLink(link: string): string {
  return `${link}${link.includes('?') ? '&' : '?'}as=staff`;
}

function SessionRow({ session, item }: { session: Session; item: SessionSummary }) {
  const { t, i18n } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const [recordError, setRecordError] = useState<string | null>(null);
  const host = hostsIt(session.user, item);
  const openLabel = host ? 'openAsHost' : session.user.role === 'moderator' ? 'openAsModerator' : 'openHall';

  async function record(format: RecordFormat) {
    setRecordError(null);
    try {
      saveFile(await staffApi.record(session.token, item.id, format), `notulen-${item.id}.${format}`);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      if (status === 401) return signOut();
      const key =
        status === 409 || status === 404
          ? 'recordMissing'
          : status === 403
            ? 'recordForbidden'
            : 'recordFailed';
      setRecordError(t(`sessions.list.${key}`));
    }
  }

  return (
    <li className={`staff-session phase-${item.phase}`}>
      <div className="staff-session-head">
        <span className="staff-phase">{t(`sessions.list.phase.${item.phase}`)}</span>
        {item.visibility === 'invite' && <span className="staff-badge">{t('sessions.list.invite')}</span>}
        <strong>{item.title}</strong>
      </div>
      <p className="staff-muted">
        {item.organiserName} · {formatWitaSpan(item.startsAt, item.endsAt, i18n.language)}
        {item.phase === 'live' && ` · ${t('sessions.list.attendance', { count: item.attendance })}`}
      </p>
      <div className="staff-actions">
        {item.when !== 'past' && (
          <a className="staff-primary" href={staffHallLink(item.link)}>
            {t(`sessions.list.${openLabel}`)}
          </a>
        )}
        {item.when !== 'past' && (
          <CopyLinkButton
            link={item.inviteCode ? `${item.link}&invite=${encodeURIComponent(item.inviteCode)}` : item.link}
          />
        )}
        {host && (item.phase === 'ended' || item.records.length > 0) && (
          <>
            <button type="button" className="staff-secondary" onClick={() => record('md')}>
              {t('sessions.list.recordMd')}
            </button>
            <button type="button" className="staff-secondary" onClick={() => record('json')}>
              {t('sessions.list.recordJson')}
            </button>
          </>
        )}
        {recordError && (
          <span className="staff-error" role="alert">
            {recordError}
          </span>
        )}
      </div>
      {item.visibility === 'invite' && !item.inviteCode && item.when !== 'past' && (
        <p className="staff-muted small">{t('sessions.list.inviteNote')}</p>
      )}
    </li>
  );
}

export type SessionsLoad =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; list: SessionSummary[] };

export function SessionsList({
  session,
  load,
  onReload,
}: {
  session: Session;
  load: SessionsLoad;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="staff-card" aria-labelledby="staff-sessions-list">
      <div className="staff-card-head">
        <h3 id="staff-sessions-list">{t('sessions.list.heading')}</h3>
        <button type="button" className="staff-secondary" onClick={onReload}>
          {t('sessions.list.refresh')}
        </button>
      </div>
      {load.kind === 'loading' && <p className="staff-muted">{t('sessions.list.loading')}</p>}
      {load.kind === 'failed' && (
        <p className="staff-error" role="alert">
          {t('sessions.list.failed')}
        </p>
      )}
      {load.kind === 'ready' && load.list.length === 0 && (
        <p className="staff-muted">{t('sessions.list.empty')}</p>
      )}
      {load.kind === 'ready' && load.list.length > 0 && (
        <ul className="staff-sessions">
          {load.list.map((item) => (
            <SessionRow key={item.id} session={session} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
