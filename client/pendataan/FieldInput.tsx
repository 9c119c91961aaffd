// One question of a form, by type: number, text, one or several choices, yes/no, date, GPS point, note.
// Reports the typed answer (undefined when cleared); the check runs in shared/pendataan/submission.ts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../shared/pendataan/expr.ts';
import type { Field } from '../../shared/pendataan/form.ts';

type Props = { field: Field; value: AnswerValue; error?: string; onChange(v: AnswerValue): void };

function GeoInput({ value, onChange }: Pick<Props, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const point = value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  const locate = () => {
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setState('idle');
        onChange({ lat: Number(p.coords.latitude.toFixed(6)), lon: Number(p.coords.longitude.toFixed(6)) });
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };
  return (
    <div>
      <button type="button" onClick={locate} disabled={state === 'busy'}>
        {state === 'busy' ? t('fill.gpsBusy') : t('fill.gps')}
      </button>
      {point && (
        <span className="pd-muted">
          {' '}
          {point.lat}, {point.lon}
        </span>
      )}
      {state === 'failed' && <p className="pd-error">{t('fill.gpsFailed')}</p>}
    </div>
  );
}

function Control({ field: f, value, onChange }: Props) {
  const { t } = useTranslation();
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  switch (f.type) {
    case 'integer':
    case 'decimal':
      return (
        <input
          name={f.name}
          inputMode={f.type === 'integer' ? 'numeric' : 'decimal'}
          value={text}
          onChange={(e) =>
            onChange(
              e.target.value.trim() === ''
                ? undefined
                : Number.isNaN(Number(e.target.value))
                  ? e.target.value
                  : Number(e.target.value),
            )
          }
        />
      );
    case 'text':
      return (
        <input
          name={f.name}
          value={text}
          inputMode={f.check ? 'numeric' : 'text'}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      );
    case 'date':
      return (
        <input
          name={f.name}
          type="date"
          value={text}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    case 'select_one':
      return (
        <select name={f.name} value={text} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">{t('fill.choose')}</option>
          {f.choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      );
    case 'select_multiple': {
      const list = Array.isArray(value) ? value : [];
      return (
        <div className="pd-choices">
          {f.choices?.map((c) => (
            <label key={c.value}>
              <input
                type="checkbox"
                name={f.name}
                value={c.value}
                checked={list.includes(c.value)}
                onChange={(e) => {
                  const next = e.target.checked ? [...list, c.value] : list.filter((v) => v !== c.value);
                  onChange(next.length > 0 ? next : undefined);
                }}
              />
              {c.label}
            </label>
          ))}
        </div>
      );
    }
    case 'yes_no':
      return (
        <div className="pd-choices">
          {[true, false].map((v) => (
            <label key={String(v)}>
              <input type="radio" name={f.name} checked={value === v} onChange={() => onChange(v)} />
              {v ? t('fill.yes') : t('fill.no')}
            </label>
          ))}
        </div>
      );
    case 'geopoint':
      return <GeoInput value={value} onChange={onChange} />;
    case 'note':
      return null;
  }
}

export function FieldInput(props: Props) {
  const { t, i18n } = useTranslation();
  const f = props.field;
  const label = i18n.language === 'en' && f.labelEn ? f.labelEn : f.label;
  if (f.type === 'note') return <p className="pd-note-field">{label}</p>;
  return (
    <div className={`pd-field${props.error ? ' pd-invalid' : ''}`} data-field={f.name}>
      <span className="pd-label">
        {label}
        {f.required && <em> ({t('fill.required')})</em>}
      </span>
      {f.hint && <span className="pd-muted">{f.hint}</span>}
      <Control {...props} />
      {props.error && <span className="pd-error">{props.error}</span>}
    </div>
  );
}
