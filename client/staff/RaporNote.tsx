// The mayor's office's note on one organisation in the rapor desk (before release). Client only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaporEntry } from '../../shared/apiTypes.ts';
import { raporStaffApi } from '../net/raporStaffApi.ts';

/** As the server allows (server/http/raporRelease.ts NOTE_MAX). */
const NOTE_MAX = 500;

export function RaporNote(props: {
  token: string;
  month: string;
  entry: RaporEntry;
  onSaved: (note: string | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.entry.note ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const save = () => {
    setState('saving');
    raporStaffApi.setNote(props.token, props.month, props.entry.id, text).then(
      () => {
        setState('saved');
        props.onSaved(text.trim() === '' ? null : text);
      },
      () => setState('failed'),
    );
  };
  return (
    <div className="rapor-note-form">
      <label>
        {t('rd.note', { abbreviation: props.entry.abbreviation })}
        <textarea
          value={text}
          maxLength={NOTE_MAX}
          rows={2}
          onChange={(e) => {
            setText(e.target.value);
            setState('idle');
          }}
        />
      </label>
      <button type="button" className="staff-secondary" disabled={state === 'saving'} onClick={save}>
        {t('rd.saveNote')}
      </button>
      {state === 'saved' && (
        <span className="staff-ok" role="status">
          {' '}
          {t('rd.noteSaved')}
        </span>
      )}
      {state === 'failed' && (
        <span className="staff-error" role="alert">
          {' '}
          {t('rd.failed', { error: '' })}
        </span>
      )}
    </div>
  );
}
