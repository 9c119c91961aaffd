// For admins: every account with its status, and disable / enable / delete (never one's own, which
// the server refuses too). Reloads the list after each change.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRow } from '../../shared/accounts.ts';
import { ApiError, type Session, staffApi } from '../net/staffApi.ts';

export function AccountsAdmin({ session, onChanged }: { session: Session; onChanged(): void }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<AccountRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    staffApi.accounts(session.token).then(
      (r) => setUsers(r.users),
      () => setError(t('accounts.failed')),
    );
  }, [session.token, t]);
  useEffect(reload, [reload]);

  async function act(change: () => Promise<unknown>) {
    setError(null);
    try {
      await change();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 409 ? t('accounts.self') : t('accounts.failed'));
    }
    reload();
    onChanged();
  }

  return (
    <section className="staff-card staff-admin" aria-labelledby="staff-accounts">
      <h2 id="staff-accounts">{t('accounts.heading')}</h2>
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      <table className="staff-table">
        <thead>
          <tr>
            <th>{t('accounts.username')}</th>
            <th>{t('accounts.role')}</th>
            <th>{t('accounts.organisation')}</th>
            <th>{t('accounts.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.username} data-username={u.username}>
              <td>{u.username}</td>
              <td>{u.role}</td>
              <td>{u.organisationId ?? '—'}</td>
              <td>
                {u.disabled ? t('accounts.disabled') : t('accounts.active')}
                {u.mustChangePassword && <span className="staff-muted"> · {t('accounts.oneTime')}</span>}
              </td>
              <td>
                {u.username !== session.user.username && (
                  <div className="staff-row-actions">
                    <button
                      type="button"
                      className="staff-secondary"
                      onClick={() => act(() => staffApi.setDisabled(session.token, u.username, !u.disabled))}
                    >
                      {u.disabled ? t('accounts.enable') : t('accounts.disable')}
                    </button>
                    <button
                      type="button"
                      className="staff-secondary"
                      onClick={() => {
                        if (window.confirm(t('accounts.confirmDelete', { username: u.username })))
                          void act(() => staffApi.deleteAccount(session.token, u.username));
                      }}
                    >
                      {t('accounts.delete')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
