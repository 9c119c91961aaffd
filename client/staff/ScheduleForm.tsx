// Schedules a public session (host or admin): title, organiser (fixed to a host's organisation; admins
// and unbound hosts choose from the registry), description, start and end in WITA, agenda lines,
// public or invite-only with a code. Checked here with the server's validator; a field the server
// still refuses is named under that field. On success shows the shareable link.
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY } from '../../shared/registry.ts';
import type { SessionSummary } from '../../shared/session/schedule.ts';
import { ApiError, type Session, staffApi } from '../net/staffApi.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import {
  draftToBody,
  emptyDraft,
  fieldOf,
  randomInviteCode,
  type ScheduleDraft,
  type ScheduleField,
} from './scheduleDraft.ts';
import { useSessionStore } from './useSessionStore.ts';

type Status =
  | { kind: 'idle' | 'busy' }
  | { kind: 'done'; session: SessionSummary; invite: string | null }
  | { kind: 'error'; message: string };

/** The form field an API error names: 400 {field}, or 403 {error:'organiser'}. */
function namedField(err: unknown): ScheduleField | null {
  if (!(err instanceof ApiError)) return null;
  if (err.message === 'organiser') return 'organiser';
  return err.status === 400 ? fieldOf(err.field) : null;
}

type Props = { session: Session; onScheduled: (s: SessionSummary) => void };

export function ScheduleForm({ session, onScheduled }: Props) {
  const { t } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const boundTo = session.user.role === 'admin' ? null : session.user.organisationId;
  const [draft, setDraft] = useState<ScheduleDraft>(() => emptyDraft(boundTo ?? '', Date.now()));
  const [bad, setBad] = useState<ScheduleField[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const set = (patch: Partial<ScheduleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setBad((b) => b.filter((f) => !(f in patch)));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const check = draftToBody(draft);
    if (!check.ok) {
      setBad(check.fields);
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'busy' });
    try {
      const created = await staffApi.scheduleSession(session.token, check.body);
      setStatus({ kind: 'done', session: created, invite: check.body.inviteCode ?? null });
      setDraft(emptyDraft(boundTo ?? '', Date.now()));
      onScheduled(created);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signOut();
      const named = namedField(err);
      if (named) {
        setBad([named]);
        setStatus({ kind: 'idle' });
        return;
      }
      const forbidden = err instanceof ApiError && err.status === 403;
      setStatus({ kind: 'error', message: t(`sessions.schedule.${forbidden ? 'forbidden' : 'failed'}`) });
    }
  }

  /** A labelled field with its error message underneath when refused. */
  const field = (name: ScheduleField, label: string, input: ReactNode) => (
    <label htmlFor={`schedule-${name}`}>
      {label}
      {input}
      {bad.includes(name) && (
        <span id={`schedule-${name}-error`} className="staff-error" role="alert">
          {t(`sessions.schedule.fields.${name}`)}
        </span>
      )}
    </label>
  );
  /** The input's id (for its label) and its invalid state. */
  const attrs = (name: ScheduleField) => ({
    id: `schedule-${name}`,
    'aria-invalid': bad.includes(name),
    'aria-describedby': bad.includes(name) ? `schedule-${name}-error` : undefined,
  });
  const done = status.kind === 'done' ? status : null;
  const doneLink =
    done && `${done.session.link}${done.invite ? `&invite=${encodeURIComponent(done.invite)}` : ''}`;

  return (
    <form className="staff-card staff-form staff-schedule" onSubmit={submit} noValidate>
      <h3>{t('sessions.schedule.heading')}</h3>
      {field(
        'title',
        t('sessions.schedule.title'),
        <input
          value={draft.title}
          maxLength={120}
          placeholder={t('sessions.schedule.titlePlaceholder')}
          {...attrs('title')}
          onChange={(e) => set({ title: e.target.value })}
        />,
      )}
      {field(
        'organiser',
        t('sessions.schedule.organiser'),
        <select
          value={draft.organiser}
          disabled={boundTo !== null}
          {...attrs('organiser')}
          onChange={(e) => set({ organiser: e.target.value })}
        >
          <option value="">{t('sessions.schedule.chooseOrganiser')}</option>
          {REGISTRY.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.abbreviation} — {o.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'description',
        t('sessions.schedule.description'),
        <textarea
          rows={3}
          maxLength={2000}
          value={draft.description}
          {...attrs('description')}
          onChange={(e) => set({ description: e.target.value })}
        />,
      )}
      <div className="staff-grid">
        {field(
          'startsAt',
          t('sessions.schedule.startsAt'),
          <input
            type="datetime-local"
            value={draft.startsAt}
            {...attrs('startsAt')}
            onChange={(e) => set({ startsAt: e.target.value })}
          />,
        )}
        {field(
          'endsAt',
          t('sessions.schedule.endsAt'),
          <input
            type="datetime-local"
            value={draft.endsAt}
            {...attrs('endsAt')}
            onChange={(e) => set({ endsAt: e.target.value })}
          />,
        )}
      </div>
      {field(
        'agenda',
        t('sessions.schedule.agenda'),
        <textarea
          rows={4}
          value={draft.agenda}
          {...attrs('agenda')}
          onChange={(e) => set({ agenda: e.target.value })}
        />,
      )}
      <fieldset>
        <legend>{t('sessions.schedule.visibility')}</legend>
        <div className="staff-choices">
          {(['public', 'invite'] as const).map((v) => (
            <label key={v} className="staff-choice">
              <input
                type="radio"
                name="visibility"
                checked={draft.visibility === v}
                onChange={() =>
                  set(
                    v === 'invite' && !draft.inviteCode
                      ? { visibility: v, inviteCode: randomInviteCode() }
                      : { visibility: v },
                  )
                }
              />
              {t(`sessions.schedule.${v}`)}
            </label>
          ))}
        </div>
        {draft.visibility === 'invite' &&
          field(
            'inviteCode',
            t('sessions.schedule.inviteCode'),
            <span className="staff-inline">
              <input
                value={draft.inviteCode}
                maxLength={64}
                autoCapitalize="none"
                spellCheck={false}
                {...attrs('inviteCode')}
                onChange={(e) => set({ inviteCode: e.target.value })}
              />
              <button
                type="button"
                className="staff-secondary"
                onClick={() => set({ inviteCode: randomInviteCode() })}
              >
                {t('sessions.schedule.generate')}
              </button>
            </span>,
          )}
      </fieldset>
      <div className="staff-actions">
        <button type="submit" className="staff-primary" disabled={status.kind === 'busy'}>
          {status.kind === 'busy' ? t('sessions.schedule.busy') : t('sessions.schedule.submit')}
        </button>
        {status.kind === 'error' && (
          <span className="staff-error" role="alert">
            {status.message}
          </span>
        )}
      </div>
      {done && doneLink && (
        <div className="staff-done" role="status">
          <p className="staff-ok">{t('sessions.schedule.done', { title: done.session.title })}</p>
          <p className="staff-muted">
            {t('sessions.schedule.link')} <code>{`${location.origin}${doneLink}`}</code>
          </p>
          <CopyLinkButton link={doneLink} />
        </div>
      )}
    </form>
  );
}
