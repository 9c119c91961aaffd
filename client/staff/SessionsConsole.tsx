// The "Sesi publik" section of the console (not shown to staff): hosts and admins schedule sessions;
// hosts, moderators and admins see the list (with the token, so invite-only sessions they serve are in
// it too).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Session, staffApi } from '../net/staffApi.ts';
import { ScheduleForm } from './ScheduleForm.tsx';
import { SessionsList, type SessionsLoad } from './SessionsList.tsx';
import { useSessionStore } from './useSessionStore.ts';

export function SessionsConsole({ session }: { session: Session }) {
  const { t } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const [load, setLoad] = useState<SessionsLoad>({ kind: 'loading' });
  const { token } = session;
  const reload = useCallback(() => {
    setLoad({ kind: 'loading' });
    staffApi.sessions(token).then(
      (list) => setLoad({ kind: 'ready', list }),
      (e) => (e instanceof ApiError && e.status === 401 ? signOut() : setLoad({ kind: 'failed' })),
    );
  }, [token, signOut]);
  useEffect(reload, [reload]);

  const role = session.user.role;
  const schedules = role === 'host' || role === 'admin';
  return (
    <section className="staff-sessions-section" aria-labelledby="staff-sessions-heading">
      <div className="staff-card staff-org">
        <h2 id="staff-sessions-heading">{t('sessions.heading')}</h2>
        <p className="staff-muted">{t(schedules ? 'sessions.intro' : 'sessions.introModerator')}</p>
      </div>
      {schedules && <ScheduleForm session={session} onScheduled={reload} />}
      <SessionsList session={session} load={load} onReload={reload} />
    </section>
  );
}
