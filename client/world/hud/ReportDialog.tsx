// The city's report dialog (a modal <dialog>: focus stays inside, Escape closes): what is reported —
// a chat line or its sender, or a person picked by name tag —, one of the preset reasons and an
// optional short note. Sent as `report`; the server answers with a notice (sent, limited, unknown).
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_NOTE_MAX_CHARS, REPORT_REASONS, type ReportReason } from '../../../shared/protocol.ts';
import { type ReportSubject, useModerationStore } from '../../stores/useModerationStore.ts';

export function ReportDialog() {
  const subject = useModerationStore((s) => s.reporting);
  if (!subject) return null;
  const key = subject.kind === 'message' ? `m${subject.messageId}` : `p${subject.sessionId}`;
  return <ReportForm key={key} subject={subject} />;
}

function ReportForm({ subject }: { subject: ReportSubject }) {
  const { t } = useTranslation();
  const close = useModerationStore((s) => s.closeReport);
  const dialog = useRef<HTMLDialogElement>(null);
  const [about, setAbout] = useState<ReportSubject['kind']>(subject.kind);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return;
    const target =
      about === 'message' && subject.kind === 'message'
        ? { kind: 'message' as const, messageId: subject.messageId }
        : { kind: 'person' as const, sessionId: subject.sessionId };
    const text = note.trim();
    useModerationStore.getState().report({ target, reason, ...(text ? { note: text } : {}) });
    close();
  };

  return (
    <dialog ref={dialog} className="report-dialog" aria-labelledby="report-title" onCancel={close}>
      <form onSubmit={submit}>
        <h2 id="report-title">{t('report.title')}</h2>
        {subject.kind === 'message' ? (
          <fieldset>
            <legend>{t('report.about')}</legend>
            <label className="report-choice">
              <input
                type="radio"
                name="about"
                checked={about === 'message'}
                onChange={() => setAbout('message')}
              />
              <span>
                {t('report.message')}
                <q className="report-quote">{subject.text}</q>
              </span>
            </label>
            <label className="report-choice">
              <input
                type="radio"
                name="about"
                checked={about === 'person'}
                onChange={() => setAbout('person')}
              />
              <span>{t('report.person', { name: subject.name })}</span>
            </label>
          </fieldset>
        ) : (
          <p className="report-who">{t('report.person', { name: subject.name })}</p>
        )}
        <fieldset>
          <legend>{t('report.reason')}</legend>
          <div className="report-reasons">
            {REPORT_REASONS.map((r) => (
              <label key={r} className="report-choice">
                <input
                  type="radio"
                  name="reason"
                  required
                  checked={reason === r}
                  onChange={() => setReason(r)}
                />
                <span>{t(`report.reasons.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="report-note">
          {t('report.note')}
          <textarea
            value={note}
            rows={2}
            maxLength={REPORT_NOTE_MAX_CHARS}
            placeholder={t('report.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <p className="muted small">{t('report.hint')}</p>
        <div className="report-actions">
          <button type="button" className="report-button" onClick={close}>
            {t('report.cancel')}
          </button>
          <button type="submit" className="report-button primary" disabled={!reason}>
            {t('report.send')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
