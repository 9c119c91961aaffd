// Pendataan › Formulir › designer: title, form code, unit of record, the questions (FormFieldEditor) and
// the figures the form feeds into the OPD's booth (FormAggregateEditor), saved through the server as a draft version (the server checks it with the same shared validation as
// an XLSForm upload and names what is wrong). Opened empty, or prefilled from a saved version to make
// its next version ("Buat versi baru"); a published version itself never changes. Client only.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS, type Unit } from '../../shared/pendataan/form.ts';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { DetailedError, pendataanStaffApi } from '../net/pendataanStaffApi.ts';
import { type Draft, type DraftField, newField, slug, toDefinition } from './designerDraft.ts';
import { FormAggregateEditor } from './FormAggregateEditor.tsx';
import { FormFieldEditor } from './FormFieldEditor.tsx';

type Props = {
  token: string;
  organisationId: string;
  initial: Draft;
  /** True when the draft continues a saved form: its code is fixed. */
  isNewVersion: boolean;
  onSaved(version: number): void;
  onCancel(): void;
};
type FieldError = { field: string; message: string };

export function FormDesigner({ token, organisationId, initial, isNewVersion, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const d = (key: string) => t(`pd.forms.designer.${key}`);
  const [draft, setDraft] = useState<Draft>(initial);
  const [autoKey, setAutoKey] = useState(!isNewVersion && initial.key === '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const setFields = (fields: DraftField[]) => setDraft((old) => ({ ...old, fields }));
  const patchField = (i: number, patch: Partial<DraftField>) =>
    setFields(
      draft.fields.map((f, j) => {
        if (j !== i) return f;
        const next = { ...f, ...patch };
        if (patch.name !== undefined) next.autoName = false;
        else if (patch.label !== undefined && f.autoName) next.name = slug(patch.label) || f.name;
        return next;
      }),
    );
  const move = (i: number, by: -1 | 1) => {
    const fields = [...draft.fields];
    const [moved] = fields.splice(i, 1);
    if (moved) fields.splice(i + by, 0, moved);
    setFields(fields);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      const saved = await pendataanStaffApi.saveForm(token, organisationId, toDefinition(draft));
      onSaved(saved.version);
    } catch (err) {
      const details = err instanceof DetailedError ? (err.details as FieldError[]) : [];
      setErrors(details.length > 0 ? details : [{ field: '', message: t('pd.failed') }]);
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = (i: number) =>
    errors
      .filter((e) => e.field === `fields.${i}` || e.field.startsWith(`fields.${i}.`))
      .map((e) => e.message);
  const figureErrors = (i: number) =>
    errors
      .filter((e) => e.field === `aggregates.${i}` || e.field.startsWith(`aggregates.${i}.`))
      .map((e) => e.message);
  const formErrors = errors.filter((e) => !/^(fields|aggregates)\.\d+/.test(e.field));
  const kpis = findOrganisation(REGISTRY, organisationId)?.kpis ?? [];
  return (
    <form className="staff-card fd-designer" onSubmit={(e) => void submit(e)} aria-label={d('heading')}>
      <h3>{d('heading')}</h3>
      {isNewVersion && <p className="staff-muted">{d('versionNote')}</p>}
      <div className="fd-row">
        <label>
          {d('title')}
          <input
            value={draft.title}
            onChange={(e) => {
              const title = e.target.value;
              setDraft((old) => ({ ...old, title, key: autoKey ? slug(title, '-') : old.key }));
            }}
          />
        </label>
        <label>
          {d('key')}
          <input
            value={draft.key}
            readOnly={isNewVersion}
            spellCheck={false}
            onChange={(e) => {
              setAutoKey(false);
              setDraft((old) => ({ ...old, key: e.target.value }));
            }}
          />
        </label>
        <label>
          {d('unit')}
          <select
            aria-label={d('unit')}
            value={draft.unit}
            onChange={(e) => setDraft((old) => ({ ...old, unit: e.target.value as Unit }))}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {d(`units.${u}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {draft.fields.map((f, i) => (
        <FormFieldEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: questions are edited in place; their names change as typed.
          key={i}
          index={i}
          field={f}
          earlier={draft.fields.slice(0, i)}
          errors={fieldErrors(i)}
          count={draft.fields.length}
          onChange={(patch) => patchField(i, patch)}
          onMove={(by) => move(i, by)}
          onRemove={() => setFields(draft.fields.filter((_, j) => j !== i))}
        />
      ))}
      <div className="fd-actions">
        <button type="button" onClick={() => setFields([...draft.fields, newField(draft.fields.length)])}>
          {d('add')}
        </button>
      </div>
      <FormAggregateEditor
        aggregates={draft.aggregates}
        fields={draft.fields}
        kpis={kpis}
        errors={figureErrors}
        onChange={(aggregates) => setDraft((old) => ({ ...old, aggregates }))}
      />
      {formErrors.length > 0 && (
        <div className="staff-error" role="alert">
          <p>{d('invalid')}</p>
          <ul>
            {formErrors.map((e) => (
              <li key={`${e.field}${e.message}`}>
                {e.field && `${e.field}: `}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="fd-actions">
        <button type="submit" className="staff-primary" disabled={busy}>
          {d('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {d('cancel')}
        </button>
      </div>
    </form>
  );
}
