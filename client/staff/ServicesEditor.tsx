// The organisation's public services in the staff console (issue 12): the list (seeded entries marked
// unconfirmed), editing one, adding and deleting. Every change is audited on the server.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_SERVICE, type Service } from '../../shared/services/service.ts';
import { servicesApi } from '../net/servicesApi.ts';
import { ServiceForm } from './ServiceForm.tsx';
import './servicesStrings.ts';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; service: Service };

export function ServicesEditor({ token, organisationId }: { token: string; organisationId: string }) {
  const { t } = useTranslation();
  const [services, setServices] = useState<Service[] | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [saved, setSaved] = useState(false);
  const reload = useCallback(
    () => servicesApi.list(organisationId).then(setServices, () => setServices([])),
    [organisationId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const done = async () => {
    setEditing({ kind: 'none' });
    setSaved(true);
    await reload();
  };

  if (editing.kind !== 'none') {
    const { id, confirmed, updatedAt, ...input } =
      editing.kind === 'edit'
        ? editing.service
        : { ...EMPTY_SERVICE, id: 0, confirmed: true, updatedAt: null };
    return (
      <ServiceForm
        service={input}
        confirmed={confirmed}
        onCancel={() => setEditing({ kind: 'none' })}
        onSave={async (next) => {
          const result =
            editing.kind === 'edit'
              ? await servicesApi.update(token, organisationId, id, next)
              : await servicesApi.create(token, organisationId, next);
          await done();
          return result;
        }}
      />
    );
  }

  return (
    <section className="staff-card staff-services">
      <p className="staff-muted">{t('svc.list.intro')}</p>
      {saved && <p className="staff-ok">{t('svc.form.saved')}</p>}
      {services?.length === 0 && <p>{t('svc.list.none')}</p>}
      <ul>
        {services?.map((s) => (
          <li key={s.id}>
            <span>
              <strong>{s.name}</strong>{' '}
              <span className={s.confirmed ? 'staff-ok' : 'staff-badge-warn'}>
                {s.confirmed ? t('svc.list.confirmed') : t('svc.list.unconfirmed')}
              </span>
            </span>
            <span className="staff-actions">
              <button type="button" onClick={() => setEditing({ kind: 'edit', service: s })}>
                {t('svc.list.edit')}
              </button>
              <button
                type="button"
                onClick={async () => {
                  if (!window.confirm(t('svc.form.removeAsk', { name: s.name }))) return;
                  await servicesApi.remove(token, organisationId, s.id).catch(() => undefined);
                  await reload();
                }}
              >
                {t('svc.form.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="staff-primary" onClick={() => setEditing({ kind: 'new' })}>
        {t('svc.list.add')}
      </button>
    </section>
  );
}
