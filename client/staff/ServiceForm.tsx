// Edits one public service (issue 12): every field of shared/services/service.ts, lists as one item
// per line, keywords comma-separated. Saving a seeded entry confirms it. Validated on the server with
// the same rules; the bad field is named.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service, ServiceInput } from '../../shared/services/service.ts';
import { ApiError } from '../net/staffApi.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const commas = (text: string) =>
  text
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);

type Draft = Omit<ServiceInput, 'requirements' | 'steps' | 'keywords'> & {
  requirements: string;
  steps: string;
  keywords: string;
};

function toDraft(s: ServiceInput): Draft {
  return {
    ...s,
    requirements: s.requirements.join('\n'),
    steps: s.steps.join('\n'),
    keywords: s.keywords.join(', '),
  };
}

export function ServiceForm({
  service,
  confirmed,
  onSave,
  onCancel,
}: {
  service: ServiceInput;
  /** False for a seeded entry: the button says it confirms. */
  confirmed: boolean;
  onSave: (input: ServiceInput) => Promise<Service>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(service));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const online = (patch: Partial<ServiceInput['online']>) =>
    setDraft((d) => ({ ...d, online: { ...d.online, ...patch } }));

  async function save(e: FormEvent) {
    e.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      await onSave({
        ...draft,
        requirements: lines(draft.requirements),
        steps: lines(draft.steps),
        keywords: commas(draft.keywords),
      });
    } catch (err) {
      const message =
        err instanceof ApiError && err.status === 400
          ? t('svc.form.invalid', { field: err.field ?? '' })
          : err instanceof ApiError && err.status === 409
            ? t('svc.form.tooMany')
            : err instanceof ApiError && err.status === 403
              ? t('forbidden')
              : t('svc.form.failed');
      setStatus({ kind: 'error', message });
    }
  }

  const text = (key: 'name' | 'nameEn' | 'fees' | 'hours' | 'address' | 'counter', max: number) => (
    <label>
      {t(`svc.form.${key}`)}
      <input
        value={draft[key]}
        maxLength={max}
        required={key === 'name'}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </label>
  );
  const area = (key: 'purpose' | 'purposeEn' | 'requirements' | 'steps', rows: number) => (
    <label>
      {t(`svc.form.${key}`)}
      <textarea rows={rows} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );

  return (
    <form className="staff-card staff-form" onSubmit={save} aria-label={draft.name || t('svc.list.add')}>
      <div className="staff-grid">
        {text('name', 120)}
        {text('nameEn', 120)}
      </div>
      <div className="staff-grid">
        {area('purpose', 3)}
        {area('purposeEn', 3)}
      </div>
      <div className="staff-grid">
        {area('requirements', 4)}
        {area('steps', 4)}
      </div>
      <div className="staff-grid">
        {text('fees', 200)}
        {text('hours', 200)}
        {text('address', 300)}
        {text('counter', 100)}
      </div>
      <fieldset>
        <legend>{t('svc.form.online')}</legend>
        <div className="staff-grid">
          <label>
            {t('svc.form.url')}
            <input type="url" value={draft.online.url} onChange={(e) => online({ url: e.target.value })} />
          </label>
          <label>
            {t('svc.form.label')}
            <input
              value={draft.online.label}
              maxLength={60}
              onChange={(e) => online({ label: e.target.value })}
            />
          </label>
          <label>
            {t('svc.form.whatsapp')}
            <input
              type="tel"
              value={draft.online.whatsapp}
              onChange={(e) => online({ whatsapp: e.target.value.replace(/[\s-]/g, '') })}
            />
          </label>
          <label>
            {t('svc.form.phone')}
            <input
              type="tel"
              value={draft.online.phone}
              onChange={(e) => online({ phone: e.target.value })}
            />
          </label>
        </div>
      </fieldset>
      <label>
        {t('svc.form.keywords')}
        <input value={draft.keywords} onChange={(e) => set({ keywords: e.target.value })} />
      </label>
      <div className="staff-actions">
        <button type="submit" className="staff-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving'
            ? t('svc.form.saving')
            : confirmed
              ? t('svc.form.save')
              : t('svc.form.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('svc.form.cancel')}
        </button>
        {status.kind === 'error' && (
          <span className="staff-error" role="alert">
            {status.message}
          </span>
        )}
      </div>
    </form>
  );
}
