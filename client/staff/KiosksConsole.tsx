// "Kios" (admins): create a kiosk (name, location, language, idle seconds, start place), and the
// list of kiosks — online or offline, last seen, version, in use or showing its attract loop — with
// each kiosk's link and "Muat ulang kios" (the kiosk reloads at its next heartbeat). Refreshes itself.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdSummary } from '../../shared/apiTypes.ts';
import { formatClock } from '../../shared/format.ts';
import {
  KIOSK_IDLE_DEFAULT_S,
  KIOSK_IDLE_MAX_S,
  KIOSK_IDLE_MIN_S,
  type KioskView,
} from '../../shared/kiosk.ts';
import { kioskStaffApi } from '../net/kioskStaffApi.ts';
import { ApiError, type Session, staffApi } from '../net/staffApi.ts';

const REFRESH_MS = 15_000;

type Status = { ok: boolean; key: string; values?: Record<string, string> } | null;

const kioskLink = (key: string) => `${location.origin}/?kiosk=${key}`;

function CreateKiosk({ token, onCreated }: { token: string; onCreated: (status: Status) => void }) {
  const { t } = useTranslation();
  const [organisations, setOrganisations] = useState<OpdSummary[]>([]);
  const [draft, setDraft] = useState({
    name: '',
    location: '',
    language: 'id',
    idleSeconds: String(KIOSK_IDLE_DEFAULT_S),
    start: 'plaza',
  });
  useEffect(() => {
    staffApi.organisations().then(
      (r) => setOrganisations(r.organisations),
      () => setOrganisations([]),
    );
  }, []);
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const settings = {
      name: draft.name,
      location: draft.location,
      language: draft.language as 'id' | 'en',
      idleSeconds: Number(draft.idleSeconds),
      start: draft.start === 'plaza' ? ('plaza' as const) : { booth: draft.start },
    };
    kioskStaffApi.create(token, settings).then(
      (k) => {
        setDraft((d) => ({ ...d, name: '', location: '' }));
        onCreated({ ok: true, key: 'kiosks.created', values: { name: k.name } });
      },
      (err) =>
        onCreated(
          err instanceof ApiError && err.status === 400
            ? { ok: false, key: 'kiosks.invalid', values: { field: t(`kiosks.${err.field ?? 'name'}`) } }
            : { ok: false, key: 'kiosks.failed' },
        ),
    );
  };
  return (
    <form className="staff-card staff-kiosk-form" onSubmit={submit}>
      <label>
        {t('kiosks.name')}
        <input value={draft.name} onChange={set('name')} maxLength={60} required />
      </label>
      <label>
        {t('kiosks.location')}
        <input value={draft.location} onChange={set('location')} maxLength={60} required />
      </label>
      <label>
        {t('kiosks.language')}
        <select value={draft.language} onChange={set('language')}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('kiosks.idleSeconds')}
        <input
          type="number"
          min={KIOSK_IDLE_MIN_S}
          max={KIOSK_IDLE_MAX_S}
          value={draft.idleSeconds}
          onChange={set('idleSeconds')}
        />
      </label>
      <label>
        {t('kiosks.start')}
        <select value={draft.start} onChange={set('start')}>
          <option value="plaza">{t('kiosks.plaza')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.abbreviation} — {o.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="staff-primary">
        {t('kiosks.create')}
      </button>
    </form>
  );
}

function KioskRow({
  kiosk,
  act,
}: {
  kiosk: KioskView;
  act: (what: 'reload' | 'remove', k: KioskView) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-kiosk={kiosk.key}>
      <td>
        <strong>{kiosk.name}</strong>
        <br />
        <span className="staff-muted small">{kiosk.location}</span>
      </td>
      <td data-online={kiosk.online}>
        <span className={kiosk.online ? 'staff-ok' : 'staff-error'}>
          {t(kiosk.online ? 'kiosks.online' : 'kiosks.offline')}
        </span>
        {kiosk.online && kiosk.report && (
          <span className="staff-muted small">
            {' '}
            · {t(kiosk.report.visiting ? 'kiosks.visiting' : 'kiosks.attract')}
          </span>
        )}
        {kiosk.reloadPending && <span className="staff-muted small"> · {t('kiosks.reloadPending')}</span>}
      </td>
      <td>{kiosk.lastSeenAt ? formatClock(kiosk.lastSeenAt, i18n.language) : t('kiosks.never')}</td>
      <td>{kiosk.report?.version ?? '—'}</td>
      <td>
        <a href={kioskLink(kiosk.key)} target="_blank" rel="noreferrer">
          {t('kiosks.openLink')}
        </a>
        <input
          readOnly
          value={kioskLink(kiosk.key)}
          aria-label={t('kiosks.link')}
          onFocus={(e) => e.target.select()}
        />
      </td>
      <td className="staff-row-actions">
        <button type="button" className="staff-secondary" onClick={() => act('reload', kiosk)}>
          {t('kiosks.reload')}
        </button>
        <button type="button" className="staff-secondary" onClick={() => act('remove', kiosk)}>
          {t('kiosks.remove')}
        </button>
      </td>
    </tr>
  );
}

export function KiosksConsole({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [kiosks, setKiosks] = useState<KioskView[] | 'loading' | 'failed'>('loading');
  const [status, setStatus] = useState<Status>(null);
  const reload = useCallback(
    () =>
      kioskStaffApi.list(session.token).then(
        (r) => setKiosks(r.kiosks),
        () => setKiosks((k) => (Array.isArray(k) ? k : 'failed')),
      ),
    [session.token],
  );
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const act = (what: 'reload' | 'remove', k: KioskView) =>
    (what === 'reload'
      ? kioskStaffApi.reload(session.token, k.key)
      : kioskStaffApi.remove(session.token, k.key)
    ).then(
      () => {
        setStatus({
          ok: true,
          key: what === 'reload' ? 'kiosks.reloadAsked' : 'kiosks.removed',
          values: { name: k.name },
        });
        void reload();
      },
      () => setStatus({ ok: false, key: 'kiosks.failed' }),
    );
  return (
    <section className="staff-sessions-section staff-kiosks" aria-labelledby="staff-kiosks-heading">
      <div className="staff-card staff-org">
        <div className="staff-card-head">
          <h2 id="staff-kiosks-heading">{t('kiosks.heading')}</h2>
          <button type="button" className="staff-secondary" onClick={() => void reload()}>
            {t('kiosks.refresh')}
          </button>
        </div>
        <p className="staff-muted">{t('kiosks.intro')}</p>
        {status && (
          <p className={status.ok ? 'staff-ok' : 'staff-error'} role="status">
            {t(status.key, status.values ?? {})}
          </p>
        )}
      </div>
      <CreateKiosk
        token={session.token}
        onCreated={(s) => {
          setStatus(s);
          void reload();
        }}
      />
      <div className="staff-card staff-admin">
        {kiosks === 'loading' && <p className="staff-muted">{t('kiosks.loading')}</p>}
        {kiosks === 'failed' && <p className="staff-error">{t('kiosks.failed')}</p>}
        {Array.isArray(kiosks) && kiosks.length === 0 && <p className="staff-muted">{t('kiosks.none')}</p>}
        {Array.isArray(kiosks) && kiosks.length > 0 && (
          <table className="staff-table">
            <thead>
              <tr>
                <th>{t('kiosks.name')}</th>
                <th>{t('kiosks.status')}</th>
                <th>{t('kiosks.lastSeen')}</th>
                <th>{t('kiosks.version')}</th>
                <th>{t('kiosks.link')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {kiosks.map((k) => (
                <KioskRow key={k.key} kiosk={k} act={act} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
