// The rapor desk in the staff console. The mayor's office (admin) reviews the month's draft — every
// organisation with its grade, readiness and per-KPI explanation — writes an optional note per
// organisation and releases the month; an organisation's staff read their own entry (why the grade,
// what to do for readiness). Client only.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rapor } from '../../shared/apiTypes.ts';
import { formatClock, formatFixed, formatShare, formatShortDate } from '../../shared/format.ts';
import { currentRaporKey, parseRaporKey, raporKey } from '../../shared/raporPeriod.ts';
import { raporStaffApi } from '../net/raporStaffApi.ts';
import type { Session } from '../net/staffApi.ts';
import { RaporExplain } from '../rapor/RaporExplain.tsx';
import { RaporNote } from './RaporNote.tsx';
import './raporDeskStrings.ts';

/** Months offered: the current one and the eleven before it. */
const MONTHS_SHOWN = 12;

function recentMonths(nowMs: number): string[] {
  const keys: string[] = [];
  let key = currentRaporKey('month', nowMs);
  for (let i = 0; i < MONTHS_SHOWN; i++) {
    keys.push(key);
    const from = parseRaporKey(key)?.fromMs ?? 0;
    key = raporKey('month', from - 1);
  }
  return keys;
}

export function RaporDesk({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const isAdmin = session.user.role === 'admin';
  const [months] = useState(() => recentMonths(Date.now()));
  const [month, setMonth] = useState(months[0] ?? '');
  const [rapor, setRapor] = useState<Rapor | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(() => {
    setError(null);
    raporStaffApi.draft(session.token, month).then(setRapor, (e: Error) => setError(e.message));
  }, [session.token, month]);
  useEffect(load, [load]);

  const release = () => {
    setConfirming(false);
    raporStaffApi.release(session.token, month).then(setRapor, (e: Error) => setError(e.message));
  };
  const own = isAdmin ? undefined : rapor?.organisations.find((o) => !o.hidden);

  return (
    <section className="staff-card rapor-desk" aria-labelledby="rapor-desk-heading">
      <div className="staff-card-head">
        <h2 id="rapor-desk-heading">{t('rd.heading')}</h2>
        <label>
          {t('rd.month')}{' '}
          <select value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="staff-secondary" onClick={load}>
          {t('rd.reload')}
        </button>
      </div>
      {error && (
        <p className="staff-error" role="alert">
          {t('rd.failed', { error })}
        </p>
      )}
      {!rapor && !error && <p className="staff-muted">{t('rd.loading')}</p>}
      {rapor && (
        <p className={rapor.released ? 'staff-ok' : 'staff-muted'} data-testid="rapor-desk-status">
          {rapor.released
            ? t('rd.released', { date: formatShortDate(rapor.releasedAt ?? 0, lang) })
            : t('rd.draft', { time: formatClock(rapor.generatedAt, lang, 'Asia/Makassar') })}
        </p>
      )}
      {isAdmin && rapor && !rapor.released && (
        <div className="rapor-release">
          {confirming ? (
            <>
              <p role="alert">{t('rd.releaseConfirm', { month })}</p>
              <button type="button" className="staff-primary" onClick={release}>
                {t('rd.releaseYes')}
              </button>{' '}
              <button type="button" className="staff-secondary" onClick={() => setConfirming(false)}>
                {t('rd.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="staff-primary" onClick={() => setConfirming(true)}>
              {t('rd.release', { month })}
            </button>
          )}
        </div>
      )}
      {own && rapor && (
        <>
          <h3>
            {t('rd.own', {
              abbreviation: own.abbreviation,
              rank: own.rank ?? '–',
              count: rapor.organisations.filter((o) => o.rank !== null).length,
              grade: own.grade,
            })}
          </h3>
          {!rapor.released && <p className="staff-muted">{t('rd.ownHidden')}</p>}
          <RaporExplain entry={own} />
        </>
      )}
      {isAdmin && rapor && (
        <ol className="rapor-desk-list">
          {rapor.organisations.map((o) => (
            <li key={o.id}>
              <details>
                <summary>
                  <span className="rank">{o.rank ?? '–'}</span>
                  <span className={`grade grade-${o.grade === '—' ? 'none' : o.grade}`}>{o.grade}</span>
                  <span className="score">{o.score === null ? '–' : formatFixed(o.score, 1, lang)}</span>
                  <span className="who">
                    <strong>{o.abbreviation}</strong> {o.name}
                  </span>
                  {o.simulatedShare > 0 && (
                    <span className="sim">
                      {t('rd.simulated', { percent: formatShare(o.simulatedShare, lang) })}
                    </span>
                  )}
                  {o.readiness && (
                    <span className={`readiness readiness-${o.readiness.level}`}>
                      {t('rd.readiness')} {o.readiness.score}
                    </span>
                  )}
                  {o.note && <span className="has-note">✎</span>}
                </summary>
                <RaporExplain entry={o} />
                {!rapor.released && (
                  <RaporNote
                    token={session.token}
                    month={month}
                    entry={o}
                    onSaved={(note) =>
                      setRapor(
                        (r) =>
                          r && {
                            ...r,
                            organisations: r.organisations.map((x) => (x.id === o.id ? { ...x, note } : x)),
                          },
                      )
                    }
                  />
                )}
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
