// Pendataan › Petugas RT/RW: import the roster CSV (bad lines listed by number, nothing half-imported)
// and print the sheet of one-time activation codes with a QR code per surveyor.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findRegion } from '../../shared/pendataan/wilayah.ts';
import {
  DetailedError,
  pendataanStaffApi,
  type RosterEntry,
  type SheetEntry,
} from '../net/pendataanStaffApi.ts';

export function PendataanRoster({ token }: { token: string }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('nama,telepon,kode_kelurahan,rw,rt,peran\n');
  const [errors, setErrors] = useState<Array<{ line: number; message: string }>>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [sheet, setSheet] = useState<SheetEntry[]>([]);
  const [roster, setRoster] = useState<RosterEntry[]>([]);
  const load = useCallback(() => {
    pendataanStaffApi.roster(token).then(
      (r) => setRoster(r.surveyors),
      () => setRoster([]),
    );
  }, [token]);
  useEffect(load, [load]);
  const reissue = async (id: number) => {
    const entry = await pendataanStaffApi.reissue(token, id).catch(() => null);
    if (entry) setSheet([entry]);
    load();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors([]);
    setMessage(null);
    try {
      const r = await pendataanStaffApi.importRoster(token, csv);
      setSheet(r.created);
      setMessage(t('pd.roster.imported', { created: r.created.length, updated: r.updated }));
      load();
    } catch (err) {
      if (err instanceof DetailedError && err.details.length > 0) setErrors(err.details as typeof errors);
      else setMessage(t('pd.failed'));
    }
  };
  return (
    <section className="staff-card">
      <form onSubmit={submit}>
        <p className="staff-muted">{t('pd.roster.intro')}</p>
        <label>
          {t('pd.roster.file')}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)}
          />
        </label>
        <label>
          {t('pd.roster.csv')}
          <textarea rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} spellCheck={false} />
        </label>
        <button type="submit" className="staff-primary">
          {t('pd.roster.submit')}
        </button>
      </form>
      {message && <p className="staff-ok">{message}</p>}
      {errors.length > 0 && (
        <ul className="staff-error" role="alert">
          {errors.map((e) => (
            <li key={e.line}>{t('pd.roster.line', e)}</li>
          ))}
        </ul>
      )}
      {roster.length > 0 && (
        <table className="pd-table">
          <tbody>
            {roster.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>
                  {findRegion(s.kelurahan)?.name} · RW {s.rw}
                  {s.rt > 0 ? ` · RT ${s.rt}` : ''}
                </td>
                <td>
                  {t(
                    s.activatedAt !== null
                      ? 'pd.roster.active'
                      : s.hasCode
                        ? 'pd.roster.waiting'
                        : 'pd.roster.revoked',
                  )}
                </td>
                <td>{t(s.trainedAt !== null ? 'pd.roster.trained' : 'pd.roster.untrained')}</td>
                <td>
                  <button type="button" onClick={() => void reissue(s.id)}>
                    {t('pd.roster.reissue')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sheet.length > 0 && (
        <div className="pd-sheet">
          <div className="staff-card-head">
            <h3>{t('pd.roster.sheet')}</h3>
            <button type="button" onClick={() => window.print()}>
              {t('pd.roster.print')}
            </button>
          </div>
          {sheet.map((s) => (
            <article key={s.id} className="pd-code-card">
              {/* SVG markup made by the server's `qrcode` package from the activation link. */}
              <img
                alt=""
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.qrSvg)}`}
                width={120}
                height={120}
              />
              <div>
                <strong>{s.name}</strong>
                <p>
                  {findRegion(s.kelurahan)?.name ?? s.kelurahan} · RW {s.rw}
                  {s.rt > 0 ? ` · RT ${s.rt}` : ''}
                </p>
                <p className="pd-code">{s.code}</p>
              </div>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
