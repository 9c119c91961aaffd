// Home: who and where, the sync bar, the guided first run (until practice is done), the assigned forms (new record or practice), and the records on
// the phone by state (returned ones show the OPD's comment).
import { useTranslation } from 'react-i18next';
import { GuideCard } from './GuideCard.tsx';
import { SyncBar } from './SyncBar.tsx';
import { assignmentOf, useFieldStore } from './useFieldStore.ts';

const DAY_MS = 86_400_000;

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const home = useFieldStore((s) => s.home);
  const records = useFieldStore((s) => s.records);
  if (!home) return null;
  const s = home.surveyor;
  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'long',
    });
  return (
    <>
      <section className="pd-card pd-who">
        <h2>{s.name}</h2>
        <p>
          {t(`role.${s.role}`, { rt: s.rt, rw: s.rw })} ·{' '}
          {t('place', { kelurahan: s.kelurahanName, rw: s.rw })}
        </p>
      </section>
      <SyncBar />
      <GuideCard />
      <section className="pd-card">
        <h2>{t('assignments')}</h2>
        {home.assignments.length === 0 && <p>{t('none')}</p>}
        {home.assignments.map((a) => (
          <article key={a.campaignId} className="pd-assignment">
            <h3>{a.title}</h3>
            <p className="pd-muted">
              {a.form.definition.title} · v{a.form.version}
            </p>
            <p className="pd-muted">
              {t('deadline', {
                date: date(a.deadlineAt),
                days: Math.max(0, Math.ceil((a.deadlineAt - Date.now()) / DAY_MS)),
              })}
            </p>
            <div className="pd-row">
              <button
                type="button"
                className="pd-primary"
                onClick={() => void useFieldStore.getState().startRecord(a, false)}
              >
                {t('newRecord')}
              </button>
              <button
                type="button"
                className="pd-practice"
                onClick={() => void useFieldStore.getState().startRecord(a, true)}
              >
                {t('practice')}
              </button>
            </div>
          </article>
        ))}
      </section>
      {records.length > 0 && (
        <section className="pd-card">
          <h2>{t('records')}</h2>
          <ul className="pd-records">
            {records.map((r) => {
              const a = assignmentOf(home, r.campaignId);
              const editable = r.state === 'draft' || r.state === 'returned' || r.state === 'refused';
              return (
                <li key={r.clientId} data-state={r.state}>
                  <div>
                    <strong>{t(`state.${r.state}`)}</strong>
                    {r.practice && <span className="pd-badge">{t('practice')}</span>} · RT {r.rt}
                    <p className="pd-muted">{a?.form.definition.title ?? ''}</p>
                    {r.state === 'returned' && r.note && <p className="pd-note">{r.note}</p>}
                    {r.state === 'refused' && r.note && (
                      <p className="pd-note">{t(`reasons.${r.note}`, { defaultValue: r.note })}</p>
                    )}
                  </div>
                  {editable && a && (
                    <button type="button" onClick={() => useFieldStore.getState().open(r.clientId)}>
                      {r.state === 'draft' ? t('open') : t('fix')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
