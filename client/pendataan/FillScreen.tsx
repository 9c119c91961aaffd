// Filling one record: the practice mark, the RT (an RW head picks one of their RTs), each question shown
// only when its "show only if" holds, autosave to the phone on every change, then into the outbox.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../shared/pendataan/expr.ts';
import { type Answers, isShown } from '../../shared/pendataan/submission.ts';
import { FieldInput } from './FieldInput.tsx';
import { assignmentOf, useFieldStore } from './useFieldStore.ts';

export function FillScreen() {
  const { t } = useTranslation();
  const editing = useFieldStore((s) => s.editing);
  const record = useFieldStore((s) => s.records.find((r) => r.clientId === s.editing));
  const home = useFieldStore((s) => s.home);
  const [answers, setAnswers] = useState<Answers>(record?.answers ?? {});
  const [rt, setRt] = useState(record?.rt ?? 0);
  const [message, setMessage] = useState<string | null>(null);
  const a = record && assignmentOf(home, record.campaignId);
  if (!editing || !record || !a) return null;
  const def = a.form.definition;
  const store = useFieldStore.getState();
  const errors = new Map(record.errors.map((e) => [e.field, t(`fill.errors.${e.code}`)]));
  const change = (name: string, v: AnswerValue) => {
    const next = { ...answers };
    if (v === undefined) delete next[name];
    else next[name] = v;
    setAnswers(next);
    setMessage(null);
    void store.saveDraft(record.clientId, next, rt);
  };
  const shown: Answers = {};
  const visible = def.fields.filter((f) => {
    const ok = isShown(def, f, shown);
    if (ok && answers[f.name] !== undefined) shown[f.name] = answers[f.name];
    return ok;
  });
  const submit = async () => {
    await store.saveDraft(record.clientId, answers, rt);
    if (!(await store.submit(record.clientId))) setMessage(t('fill.fixErrors'));
  };
  return (
    <form className="pd-card pd-fill" onSubmit={(e) => e.preventDefault()} data-practice={record.practice}>
      {record.practice && <p className="pd-practice-banner">{t('practiceBanner')}</p>}
      <h2>{def.title}</h2>
      {record.state === 'returned' && record.note && (
        <p className="pd-note">{t('fill.returned', { comment: record.note })}</p>
      )}
      <label className="pd-field">
        <span className="pd-label">{t('fill.rt')}</span>
        <select
          name="rt"
          value={rt}
          disabled={a.rts.length < 2}
          onChange={(e) => {
            setRt(Number(e.target.value));
            void store.saveDraft(record.clientId, answers, Number(e.target.value));
          }}
        >
          {a.rts.map((n) => (
            <option key={n} value={n}>
              RT {n}
            </option>
          ))}
        </select>
      </label>
      {visible.map((f) => (
        <FieldInput
          key={f.name}
          field={f}
          value={answers[f.name]}
          error={errors.get(f.name)}
          onChange={(v) => change(f.name, v)}
        />
      ))}
      {message && (
        <p className="pd-error" role="alert">
          {message}
        </p>
      )}
      <div className="pd-row pd-actions">
        <button type="button" className="pd-primary" onClick={() => void submit()}>
          {t('fill.submit')}
        </button>
        <button type="button" onClick={() => setMessage(t('fill.saved'))}>
          {t('fill.saveDraft')}
        </button>
        <button type="button" onClick={() => store.close()}>
          {t('fill.back')}
        </button>
        {record.state === 'draft' && (
          <button type="button" className="pd-danger" onClick={() => void store.discard(record.clientId)}>
            {t('fill.discard')}
          </button>
        )}
      </div>
    </form>
  );
}
