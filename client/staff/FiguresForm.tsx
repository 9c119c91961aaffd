// Hand-entered figures: one row per KPI with its latest value and a field for a new one. A sent value
// goes through the same validation as every other way in and shows on the booth at once. The value is
// checked here first (number, range, whole number for counts — shared/kpi.ts) so a typo gets a clear
// message before anything is sent; the server checks the same rules again.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdDetail } from '../../shared/apiTypes.ts';
import { isValueInRange, type KpiRules, kpiRules } from '../../shared/kpi.ts';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { ApiError, staffApi } from '../net/staffApi.ts';
import { useSessionStore } from './useSessionStore.ts';

type Props = { token: string; detail: OpdDetail; onSent: (detail: OpdDetail) => void };
type RowStatus = { kind: 'sent' } | { kind: 'error'; message: string };

/** A typed value ("42,5" or "42.5") as a number; NaN when it is not one plain decimal number. */
function typedNumber(text: string): number {
  const plain = text.trim().replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}

export function FiguresForm({ token, detail, onSent }: Props) {
  const { t, i18n } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 2,
  });
  const org = findOrganisation(REGISTRY, detail.id);
  const rules = new Map<string, KpiRules>(org?.kpis.map((k) => [k.id, kpiRules(k)]) ?? []);

  /** The client-side check, in the console's language; null when the value may be sent. */
  function problem(kpi: string, unit: string, value: number): string | null {
    const r = rules.get(kpi);
    if (!Number.isFinite(value)) return t('figures.notNumber');
    if (r && !isValueInRange(r, value))
      return t('figures.outOfRange', { min: number.format(r.min), max: number.format(r.max), unit });
    if (r?.integer && !Number.isInteger(value)) return t('figures.wholeNumber', { unit });
    return null;
  }

  async function send(e: FormEvent, kpi: string, unit: string) {
    e.preventDefault();
    const value = typedNumber(values[kpi] ?? '');
    const local = problem(kpi, unit, value);
    if (local) {
      setStatus((s) => ({ ...s, [kpi]: { kind: 'error', message: local } }));
      return;
    }
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
              <form onSubmit={(e) => send(e, f.kpi, f.unit)}>
                <div className="staff-figure-label">
                  <strong>{f.label}</strong>
                  <span className="staff-muted">
                    {t('figures.latest', { value: number.format(f.value), unit: f.unit })}
                    {f.simulated && <span className="staff-badge">{t('figures.simulated')}</span>}
                  </span>
                </div>
                <input
                  inputMode={rules.get(f.kpi)?.integer ? 'numeric' : 'decimal'}
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
