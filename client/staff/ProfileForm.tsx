// Edits the organisation's public profile (description, services, hours, address, contact, social
// links). Validated on the server with the same rules (shared/accounts.ts); the bad field is named.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_PROFILE, type Profile, SOCIAL_NETWORKS } from '../../shared/accounts.ts';
import { ApiError, staffApi } from '../net/staffApi.ts';
import { useSessionStore } from './useSessionStore.ts';

type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };
const SOCIAL_LABELS = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  youtube: 'YouTube',
  tiktok: 'TikTok',
};

export function ProfileForm({ token, organisationId }: { token: string; organisationId: string }) {
  const { t } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const [draft, setDraft] = useState<Profile>(EMPTY_PROFILE);
  const [services, setServices] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    staffApi.profile(token, organisationId).then(
      ({ profile }) => {
        setDraft(profile);
        setServices(profile.services.join('\n'));
      },
      (e) =>
        e instanceof ApiError && e.status === 401
          ? signOut()
          : setStatus({ kind: 'error', message: t('forbidden') }),
    );
  }, [token, organisationId, signOut, t]);

  const set = (patch: Partial<Profile>) => setDraft((d) => ({ ...d, ...patch }));
  const contact = (patch: Partial<Profile['contact']>) =>
    setDraft((d) => ({ ...d, contact: { ...d.contact, ...patch } }));
  const social = (patch: Partial<Profile['social']>) =>
    setDraft((d) => ({ ...d, social: { ...d.social, ...patch } }));

  async function save(e: FormEvent) {
    e.preventDefault();
    setStatus({ kind: 'saving' });
    const list = services
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    try {
      const saved = await staffApi.saveProfile(token, organisationId, { ...draft, services: list });
      setDraft(saved.profile);
      setStatus({ kind: 'saved' });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signOut();
      const message =
        err instanceof ApiError && err.status === 400
          ? t('profile.invalid', { field: err.field ?? '' })
          : err instanceof ApiError && err.status === 403
            ? t('forbidden')
            : t('profile.failed');
      setStatus({ kind: 'error', message });
    }
  }

  return (
    <form className="staff-card staff-form" onSubmit={save}>
      <label>
        {t('profile.description')}
        <textarea
          rows={4}
          maxLength={2000}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </label>
      <label>
        {t('profile.services')}
        <textarea rows={4} value={services} onChange={(e) => setServices(e.target.value)} />
      </label>
      <div className="staff-grid">
        <label>
          {t('profile.serviceHours')}
          <input
            value={draft.serviceHours}
            maxLength={300}
            onChange={(e) => set({ serviceHours: e.target.value })}
          />
        </label>
        <label>
          {t('profile.address')}
          <input value={draft.address} maxLength={300} onChange={(e) => set({ address: e.target.value })} />
        </label>
      </div>
      <fieldset>
        <legend>{t('profile.contact')}</legend>
        <div className="staff-grid">
          <label>
            {t('profile.phone')}
            <input
              type="tel"
              value={draft.contact.phone}
              onChange={(e) => contact({ phone: e.target.value })}
            />
          </label>
          <label>
            {t('profile.email')}
            <input
              type="email"
              value={draft.contact.email}
              onChange={(e) => contact({ email: e.target.value })}
            />
          </label>
          <label>
            {t('profile.website')}
            <input
              type="url"
              value={draft.contact.website}
              onChange={(e) => contact({ website: e.target.value })}
            />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('profile.social')}</legend>
        <div className="staff-grid">
          {SOCIAL_NETWORKS.map((n) => (
            <label key={n}>
              {SOCIAL_LABELS[n]}
              <input
                type="url"
                placeholder="https://"
                value={draft.social[n]}
                onChange={(e) => social({ [n]: e.target.value })}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="staff-actions">
        <button type="submit" className="staff-primary" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('profile.saving') : t('profile.save')}
        </button>
        {status.kind === 'saved' && <span className="staff-ok">{t('profile.saved')}</span>}
        {status.kind === 'error' && (
          <span className="staff-error" role="alert">
            {status.message}
          </span>
        )}
      </div>
    </form>
  );
}
