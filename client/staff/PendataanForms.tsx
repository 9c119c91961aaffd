// Pendataan › Formulir: upload an XLSForm (errors listed by sheet, row and column), the versions with
// publish / retire, and the raw export and data dictionary of each (audited on the server). The form
// designer (FormDesigner.tsx) opens empty or prefilled from a version to make its next version.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DetailedError,
  pendataanStaffApi,
  type StaffForm,
  type XlsformError,
} from '../net/pendataanStaffApi.ts';
import { type Draft, emptyDraft, fromDefinition } from './designerDraft.ts';
import { FormDesigner } from './FormDesigner.tsx';

type Props = { token: string; organisationId: string; forms: StaffForm[]; onChange(): void };

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

export function PendataanForms({ token, organisationId, forms, onChange }: Props) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<XlsformError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [designing, setDesigning] = useState<{ draft: Draft; isNewVersion: boolean } | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setErrors([]);
    setMessage(null);
    try {
      const saved = await pendataanStaffApi.uploadForm(token, organisationId, file);
      setMessage(t('pd.forms.uploaded', { version: saved.version }));
      onChange();
    } catch (e) {
      if (e instanceof DetailedError && e.details.length > 0) setErrors(e.details as XlsformError[]);
      else setMessage(t('pd.failed'));
    }
  };
  const act = async (id: number, action: 'publish' | 'retire') => {
    await pendataanStaffApi
      .setFormState(token, organisationId, id, action)
      .catch(() => setMessage(t('pd.failed')));
    onChange();
  };
  const download = async (f: StaffForm, file: 'records' | 'dictionary') =>
    save(
      await pendataanStaffApi.exportFile(token, organisationId, f.id, file),
      `${f.key}-v${f.version}-${file}.csv`,
    );
  if (designing)
    return (
      <FormDesigner
        token={token}
        organisationId={organisationId}
        initial={designing.draft}
        isNewVersion={designing.isNewVersion}
        onCancel={() => setDesigning(null)}
        onSaved={(version) => {
          setDesigning(null);
          setMessage(t('pd.forms.designer.saved', { version }));
          onChange();
        }}
      />
    );
  return (
    <section className="staff-card">
      <p className="staff-muted">{t('pd.forms.intro')}</p>
      <p>
        <button
          type="button"
          className="staff-primary"
          onClick={() => setDesigning({ draft: emptyDraft(), isNewVersion: false })}
        >
          {t('pd.forms.designer.new')}
        </button>
      </p>
      <label>
        {t('pd.forms.upload')}
        <input type="file" accept=".xlsx" onChange={(e) => void upload(e.target.files?.[0])} />
      </label>
      {message && <p className="staff-ok">{message}</p>}
      {errors.length > 0 && (
        <div className="staff-error" role="alert">
          <p>{t('pd.forms.errors')}</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.sheet}${e.row}${e.column}${e.message}`}>
                {t('pd.forms.at', e)}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {forms.length === 0 && <p>{t('pd.forms.none')}</p>}
      <table className="pd-table">
        <tbody>
          {forms.map((f) => (
            <tr key={f.id}>
              <td>
                <strong>{f.title}</strong>
                <br />
                <span className="staff-muted">
                  {f.key} · v{f.version} · {t('pd.forms.fields', { count: f.definition.fields.length })}
                </span>
              </td>
              <td>{t(`pd.forms.status.${f.status}`)}</td>
              <td className="pd-actions">
                {f.status === 'draft' && (
                  <button type="button" onClick={() => void act(f.id, 'publish')}>
                    {t('pd.forms.publish')}
                  </button>
                )}
                {f.status === 'published' && (
                  <button type="button" onClick={() => void act(f.id, 'retire')}>
                    {t('pd.forms.retire')}
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => setDesigning({ draft: fromDefinition(f.definition), isNewVersion: true })}
                >
                  {t(f.status === 'draft' ? 'pd.forms.designer.editDraft' : 'pd.forms.designer.newVersion')}
                </button>
                <button type="button" onClick={() => void download(f, 'records')}>
                  {t('pd.forms.records')}
                </button>
                <button type="button" onClick={() => void download(f, 'dictionary')}>
                  {t('pd.forms.dictionary')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
