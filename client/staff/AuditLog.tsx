// For admins: the newest audit-log entries (who did what to what, when), reloaded on demand or when
// `version` changes (after an account change).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../shared/accounts.ts';
import { type Session, staffApi } from '../net/staffApi.ts';

const SHOWN = 50;

export function AuditLog({ session, version }: { session: Session; version: number }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<AuditRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    setFailed(false);
    staffApi.auditLog(session.token, SHOWN).then(
      (r) => setEntries(r.entries),
      () => setFailed(true),
    );
  }, [session.token]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version only triggers a reload
  useEffect(reload, [reload, version]);
  const time = (ms: number) =>
    new Date(ms).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { timeZone: 'Asia/Makassar' });

  return (
    <section className="staff-card staff-admin" aria-labelledby="staff-audit">
      <div className="staff-card-head">
        <h2 id="staff-audit">{t('audit.heading')}</h2>
        <button type="button" className="staff-secondary" onClick={reload}>
          {t('audit.refresh')}
        </button>
      </div>
      {failed && (
        <p className="staff-error" role="alert">
          {t('audit.failed')}
        </p>
      )}
      {entries?.length === 0 && <p className="staff-muted">{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="staff-table">
          <thead>
            <tr>
              <th>{t('audit.at')}</th>
              <th>{t('audit.actor')}</th>
              <th>{t('audit.action')}</th>
              <th>{t('audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{time(e.at)}</td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
