// The staff console: a header, then the sign-in form; or, while a one-time password is unchanged,
// only the password change; or, for the signed-in user, the organisation console (staff, admin), the
// public sessions (host, moderator, admin), the rapor desk (admin, staff), the city moderation
// (moderator, admin) and the accounts
// with the audit log (admin).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../net/staffApi.ts';
import { AccountsAdmin } from './AccountsAdmin.tsx';
import { AuditLog } from './AuditLog.tsx';
import { ChangePassword } from './ChangePassword.tsx';
import { CityModeration } from './CityModeration.tsx';
import { CityVisits } from './CityVisits.tsx';
import { Console } from './Console.tsx';
import { Header } from './Header.tsx';
import { KiosksConsole } from './KiosksConsole.tsx';
import { RaporDesk } from './RaporDesk.tsx';
import { SessionsConsole } from './SessionsConsole.tsx';
import { SignIn } from './SignIn.tsx';
import { useSessionStore } from './useSessionStore.ts';

const KEEP_ALIVE_EVERY_MS = 30_000;

/** Refreshes the token while the page is in use; signs out once it has expired. */
function useKeepAlive(): void {
  useEffect(() => {
    let lastActivity = Date.now();
    const touch = () => {
      lastActivity = Date.now();
    };
    window.addEventListener('pointerdown', touch);
    window.addEventListener('keydown', touch);
    const timer = setInterval(() => {
      void useSessionStore.getState().keepAlive(Date.now(), lastActivity);
    }, KEEP_ALIVE_EVERY_MS);
    return () => {
      window.removeEventListener('pointerdown', touch);
      window.removeEventListener('keydown', touch);
      clearInterval(timer);
    };
  }, []);
}

/** Accounts, the audit log and the city's visits; an account change reloads the log. */
function AdminConsole({ session }: { session: Session }) {
  const [version, setVersion] = useState(0);
  return (
    <>
      <AccountsAdmin session={session} onChanged={() => setVersion((v) => v + 1)} />
      <AuditLog session={session} version={version} />
      <CityVisits session={session} />
    </>
  );
}

export function StaffApp() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  useKeepAlive();
  useEffect(() => {
    document.title = `${t('title')} — Makaverse`;
  }, [t]);
  return (
    <div className="staff">
      <Header />
      <main className="staff-main">
        {!session ? (
          <SignIn />
        ) : session.passwordChangeRequired ? (
          <ChangePassword />
        ) : (
          <>
            <Console session={session} />
            {(session.user.role === 'admin' || session.user.role === 'staff') && (
              <RaporDesk session={session} />
            )}
            {session.user.role !== 'staff' && <SessionsConsole session={session} />}
            {(session.user.role === 'admin' || session.user.role === 'moderator') && (
              <CityModeration session={session} />
            )}
            {session.user.role === 'admin' && <KiosksConsole session={session} />}
            {session.user.role === 'admin' && <AdminConsole session={session} />}
          </>
        )}
      </main>
    </div>
  );
}
