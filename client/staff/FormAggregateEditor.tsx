// The figures a form feeds into its OPD's booth (form designer): each names one of the OPD's KPIs and
// how accepted records make its value — a count (of every record, or of those with one answer), the
// sum or mean of a number question, or the share (%) of one answer. It offers only what the shared
// validation accepts: never a personal question, sums and means over numbers, answers of choice and
// yes/no questions; the server checks again and its messages show under the row. Client only.
import { useTranslation } from 'react-i18next';
import { AGGREGATE_OPS, type Aggregate, type AggregateOp, type Choice } from '../../shared/pendataan/form.ts';
import type { KpiDefinition } from '../../shared/registry.ts';
import { choicesOf, type DraftField, figureFields, fitFigure } from './designerDraft.ts';

type Props = {
  aggregates: Aggregate[];
  /** The form's questions as drafted now. */
  fields: DraftField[];
  /** The KPIs of the form's OPD. */
  kpis: KpiDefinition[];
  /** The server's messages for aggregate `i`. */
  errors(i: number): string[];
  onChange(aggregates: Aggregate[]): void;
};

export function FormAggregateEditor({ aggregates, fields, kpis, errors, onChange }: Props) {
  const { t } = useTranslation();
  const d = (key: string, o: Record<string, unknown> = {}) => t(`pd.forms.designer.figures.${key}`, o);
  const yesNo: Choice[] = [
    { value: 'yes', label: t('pd.forms.designer.answerYes') },
    { value: 'no', label: t('pd.forms.designer.answerNo') },
  ];
  const answersOf = (name: string | undefined): Choice[] => {
    const f = fields.find((x) => x.name === name);
    if (!f) return [];
    return f.type === 'yes_no' ? yesNo : choicesOf(f);
  };
  const set = (i: number, next: Aggregate) => onChange(aggregates.map((a, j) => (j === i ? next : a)));
  const fitted = (a: Aggregate) => fitFigure(a, fields);

  return (
    <section className="fd-figures" aria-label={d('heading')}>
      <h4>{d('heading')}</h4>
      <p className="staff-muted">{d('intro')}</p>
      {aggregates.map((a, i) => {
        const problems = errors(i);
        return (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own.
            key={i}
            className={`fd-field${problems.length > 0 ? ' fd-invalid' : ''}`}
          >
            <legend>{d('row', { n: i + 1 })}</legend>
            <div className="fd-row">
              <label>
                {d('kpi')}
                <select
                  aria-label={d('kpi')}
                  value={a.kpi}
                  onChange={(e) => set(i, { ...a, kpi: e.target.value })}
                >
                  {kpis.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.label} ({k.unit})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {d('op')}
                <select
                  aria-label={d('op')}
                  value={a.op}
                  onChange={(e) => set(i, fitted({ ...a, op: e.target.value as AggregateOp }))}
                >
                  {AGGREGATE_OPS.map((op) => (
                    <option key={op} value={op}>
                      {d(`ops.${op}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {d('field')}
                <select
                  aria-label={d('field')}
                  value={a.field ?? ''}
                  onChange={(e) => set(i, fitted({ ...a, field: e.target.value || undefined }))}
                >
                  {a.op === 'count' && <option value="">{d('everyRecord')}</option>}
                  {figureFields(a.op, fields).map((f) => (
                    <option key={f.name} value={f.name}>
                      {f.label || f.name}
                    </option>
                  ))}
                </select>
              </label>
              {a.field !== undefined && (a.op === 'share' || a.op === 'count') && (
                <label>
                  {d('choice')}
                  <select
                    aria-label={d('choice')}
                    value={a.choice ?? ''}
                    onChange={(e) => set(i, { ...a, choice: e.target.value })}
                  >
                    {answersOf(a.field).map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            {problems.length > 0 && (
              <ul className="staff-error" role="alert">
                {problems.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
            <div className="fd-actions">
              <button type="button" onClick={() => onChange(aggregates.filter((_, j) => j !== i))}>
                {t('pd.forms.designer.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="fd-actions">
        <button
          type="button"
          disabled={kpis.length === 0}
          onClick={() => onChange([...aggregates, fitted({ kpi: kpis[0]?.id ?? '', op: 'count' })])}
        >
          {d('add')}
        </button>
      </div>
    </section>
  );
}
