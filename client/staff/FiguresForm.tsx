// Hand-entered figures: one row per KPI with its latest value and a field for a new one. A sent value
// goes through the same validation as every other way in and shows on the booth at once.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdDetail } from '../../shared/apiTypes.ts';
import { ApiError, staffApi } from '../net/staffApi.ts';
import { useSessionStore } from './useSessionStore.ts';

type Props = { token: string; detail: OpdDetail; onSent: (detail: OpdDetail) => void };
type RowStatus = { kind: 'sent' } | { kind: 'error'; message: string };

export function FiguresForm({ token, detail, onSent }: Props) {
  const { t, i18n } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 2,
  });

  async function send(e: FormEvent, kpi: string) {
    e.preventDefault();
    const value = Number((values[kpi] ?? '').replace(',', '.'));
    try {
      await staffApi.enterFigure(token, detail.id, { kpi, value });
      setStatus((s) => ({ ...s, [kpi]: { kind: 'sent' } }));
      setValues((v) => ({ ...v, [kpi]: '' }));
      onSent(await staffApi.organisation(detail.id));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signOut();
      const message =
        err instanceof ApiError && err.status === 400
          ? t('figures.invalid', { message: err.detail ?? err.field ?? '' })
          : t('figures.failed');
      setStatus((s) => ({ ...s, [kpi]: { kind: 'error', message } }));
    }
  }

  return (
    <section className="staff-card">
      <p className="staff-muted">{t('figures.intro')}</p>
      <ul className="staff-figures">
        {detail.latest.map((f) => {
          const row = status[f.kpi];
          return (
            <li key={f.kpi}>
              <form onSubmit={(e) => send(e, f.kpi)}>
                <div className="staff-figure-label">
                  <strong>{f.label}</strong>
                  <span className="staff-muted">
                    {t('figures.latest', { value: number.format(f.value), unit: f.unit })}
                    {f.simulated && <span className="staff-badge">{t('figures.simulated')}</span>}
                  </span>
                </div>
                <input
                  inputMode="decimal"
                  aria-label={`${t('figures.value')}: ${f.label}`}
                  placeholder={t('figures.value')}
                  required
                  value={values[f.kpi] ?? ''}
                  onChange={(e) => setValues((v) => ({ ...v, [f.kpi]: e.target.value }))}
                />
                <button type="submit" className="staff-primary">
                  {t('figures.submit')}
                </button>
                {row?.kind === 'sent' && <span className="staff-ok">{t('figures.sent')}</span>}
                {row?.kind === 'error' && (
                  <span className="staff-error" role="alert">
                    {row.message}
                  </span>
                )}
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
