// Pendataan › Kegiatan: send a published form to the whole city or some kecamatan, with a start, a
// deadline and an optional target per RT; the list of campaigns.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CITY_CODE, REGIONS } from '../../shared/pendataan/wilayah.ts';
import { pendataanStaffApi, type StaffCampaign, type StaffForm } from '../net/pendataanStaffApi.ts';

type Props = {
  token: string;
  organisationId: string;
  forms: StaffForm[];
  campaigns: StaffCampaign[];
  onChange(): void;
};
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function PendataanCampaigns({ token, organisationId, forms, campaigns, onChange }: Props) {
  const { t } = useTranslation();
  const published = [...new Set(forms.filter((f) => f.status === 'published').map((f) => f.key))];
  const [formKey, setFormKey] = useState('');
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState(CITY_CODE);
  const [start, setStart] = useState(day(Date.now()));
  const [deadline, setDeadline] = useState(day(Date.now() + 30 * DAY_MS));
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await pendataanStaffApi.createCampaign(token, organisationId, {
        formKey: formKey || (published[0] ?? ''),
        title,
        scope: [scope],
        startsAt: Date.parse(`${start}T00:00:00+08:00`),
        deadlineAt: Date.parse(`${deadline}T23:59:59+08:00`),
        targetPerRt: target === '' ? null : Number(target),
      });
      setMessage(t('pd.campaigns.created'));
      onChange();
    } catch (err) {
      setMessage(t('pd.campaigns.invalid', { field: (err as { field?: string }).field ?? '?' }));
    }
  };
  return (
    <section className="staff-card">
      <form onSubmit={submit}>
        <h3>{t('pd.campaigns.create')}</h3>
        <label>
          {t('pd.campaigns.form')}
          <select value={formKey} onChange={(e) => setFormKey(e.target.value)}>
            {published.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pd.campaigns.title')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label>
          {t('pd.campaigns.scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value={CITY_CODE}>{t('pd.campaigns.city')}</option>
            {REGIONS.filter((r) => r.level === 'kecamatan').map((r) => (
              <option key={r.code} value={r.code}>
                Kec. {r.name} ({r.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pd.campaigns.start')}
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          {t('pd.campaigns.deadline')}
          <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </label>
        <label>
          {t('pd.campaigns.target')}
          <input inputMode="numeric" value={target} onChange={(e) => setTarget(e.target.value)} />
        </label>
        <button type="submit" className="staff-primary" disabled={published.length === 0}>
          {t('pd.campaigns.submit')}
        </button>
        {message && <p className="staff-muted">{message}</p>}
      </form>
      {campaigns.length === 0 && <p>{t('pd.campaigns.none')}</p>}
      <ul>
        {campaigns.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong> — {c.formKey} · {day(c.startsAt)} → {day(c.deadlineAt)}
            {c.targetPerRt !== null && ` · ${c.targetPerRt}/RT`}
          </li>
        ))}
      </ul>
    </section>
  );
}
