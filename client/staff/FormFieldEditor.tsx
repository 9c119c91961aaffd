// One question in the form designer: type, label, column name, required, personal flag, min/max or an
// answer check, choices, and "show only if" one comparison on an earlier question. Client only.
import { useTranslation } from 'react-i18next';
import type { CompareOp } from '../../shared/pendataan/expr.ts';
import { FIELD_TYPES, type FieldType } from '../../shared/pendataan/form.ts';
import { type DraftField, SHOW_OPS } from './designerDraft.ts';

type Props = {
  index: number;
  field: DraftField;
  /** The questions before this one: "show only if" may refer to them only. */
  earlier: DraftField[];
  /** The server's messages for this question. */
  errors: string[];
  count: number;
  onChange(patch: Partial<DraftField>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
};

const NUMERIC = new Set<FieldType>(['integer', 'decimal']);
const SELECT = new Set<FieldType>(['select_one', 'select_multiple']);

export function FormFieldEditor({
  index,
  field: f,
  earlier,
  errors,
  count,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const d = (key: string) => t(`pd.forms.designer.${key}`);
  const id = `fd-${index}`;
  const answered = earlier.filter((e) => e.type !== 'note');
  return (
    <fieldset className={`fd-field${errors.length > 0 ? ' fd-invalid' : ''}`} aria-describedby={`${id}-err`}>
      <legend>{t('pd.forms.designer.field', { n: index + 1 })}</legend>
      <div className="fd-row">
        <label>
          {d('label')}
          <input value={f.label} onChange={(e) => onChange({ label: e.target.value })} />
        </label>
        <label>
          {d('type')}
          <select
            aria-label={d('type')}
            value={f.type}
            onChange={(e) => onChange({ type: e.target.value as FieldType })}
          >
            {FIELD_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {d(`types.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {d('name')}
          <input value={f.name} onChange={(e) => onChange({ name: e.target.value })} spellCheck={false} />
        </label>
      </div>
      {f.type !== 'note' && (
        <div className="fd-row">
          <label className="fd-check">
            <input
              type="checkbox"
              checked={f.required}
              onChange={(e) => onChange({ required: e.target.checked })}
            />
            {d('required')}
          </label>
          <label className="fd-check">
            <input
              type="checkbox"
              checked={f.personal}
              onChange={(e) => onChange({ personal: e.target.checked })}
            />
            {d('personal')}
          </label>
        </div>
      )}
      {NUMERIC.has(f.type) && (
        <div className="fd-row">
          <label>
            {d('min')}
            <input inputMode="decimal" value={f.min} onChange={(e) => onChange({ min: e.target.value })} />
          </label>
          <label>
            {d('max')}
            <input inputMode="decimal" value={f.max} onChange={(e) => onChange({ max: e.target.value })} />
          </label>
        </div>
      )}
      {SELECT.has(f.type) && (
        <label>
          {d('choices')}
          <textarea rows={3} value={f.choices} onChange={(e) => onChange({ choices: e.target.value })} />
        </label>
      )}
      {f.type !== 'note' && (
        <label>
          {d('constraint')}
          <input
            value={f.constraint}
            onChange={(e) => onChange({ constraint: e.target.value })}
            spellCheck={false}
          />
        </label>
      )}
      {f.rawRelevant ? (
        <label>
          {d('rawRelevant')}
          <input
            value={f.rawRelevant}
            onChange={(e) => onChange({ rawRelevant: e.target.value })}
            spellCheck={false}
          />
        </label>
      ) : (
        index > 0 && (
          <div className="fd-row fd-showif">
            <label>
              {d('showIf')}
              <select
                aria-label={d('showIf')}
                value={f.showIf?.on ?? ''}
                onChange={(e) =>
                  onChange({
                    showIf: e.target.value
                      ? { on: e.target.value, op: f.showIf?.op ?? '=', value: f.showIf?.value ?? '' }
                      : null,
                  })
                }
              >
                <option value="">— {d('always')} —</option>
                {answered.map((e) => (
                  <option key={e.name} value={e.name}>
                    {e.label || e.name}
                  </option>
                ))}
              </select>
            </label>
            {f.showIf && (
              <>
                <select
                  aria-label={d('showIf')}
                  value={f.showIf.op}
                  onChange={(e) =>
                    f.showIf && onChange({ showIf: { ...f.showIf, op: e.target.value as CompareOp } })
                  }
                >
                  {SHOW_OPS.map((op) => (
                    <option key={op} value={op}>
                      {op}
                    </option>
                  ))}
                </select>
                {answered.find((e) => e.name === f.showIf?.on)?.type === 'yes_no' ? (
                  // A yes/no answer compares as 'yes' / 'no' (shared/pendataan/expr.ts), never as typed text.
                  <select
                    aria-label={d('value')}
                    value={f.showIf.value === 'no' ? 'no' : 'yes'}
                    onChange={(e) => f.showIf && onChange({ showIf: { ...f.showIf, value: e.target.value } })}
                  >
                    <option value="yes">{d('answerYes')}</option>
                    <option value="no">{d('answerNo')}</option>
                  </select>
                ) : (
                  <input
                    aria-label={d('value')}
                    placeholder={d('value')}
                    value={f.showIf.value}
                    onChange={(e) => f.showIf && onChange({ showIf: { ...f.showIf, value: e.target.value } })}
                  />
                )}
              </>
            )}
          </div>
        )
      )}
      <div id={`${id}-err`} role={errors.length > 0 ? 'alert' : undefined}>
        {errors.map((m) => (
          <p key={m} className="staff-error">
            {m}
          </p>
        ))}
      </div>
      <div className="fd-actions">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
          {d('up')}
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
          {d('down')}
        </button>
        <button type="button" disabled={count === 1} onClick={onRemove}>
          {d('remove')}
        </button>
      </div>
    </fieldset>
  );
}
