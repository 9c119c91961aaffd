// Polls for hosts: open one (question, 2–6 options, single or multiple choice, optional timer,
// results live or at close); the 2022 survey's "Apakah Anda tahu Makaverse?" template fills the form
// as a preview, opened only with "Buka jajak pendapat"; close the open one; live tallies of every
// poll from the staff view (also those revealed only at close).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAKAVERSE_POLL,
  POLL_MAX_OPTIONS,
  POLL_OPTION_MAX_CHARS,
  QUESTION_MAX_CHARS,
} from '../../../../../shared/protocol.ts';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';
import { PollBars } from '../PollBars.tsx';

const MIN_OPTIONS = 2;

type Draft = { question: string; options: string[]; multi: boolean; reveal: 'live' | 'close' };
const EMPTY: Draft = { question: '', options: ['', ''], multi: false, reveal: 'live' };

export function PollControl() {
  const { t } = useTranslation();
  /** The form's starting content; `n` remounts the form when a template is applied again. */
  const [draft, setDraft] = useState<{ n: number; draft: Draft; template: boolean }>({
    n: 0,
    draft: EMPTY,
    template: false,
  });
  const polls = useSessionViewStore((s) => s.staff?.polls) ?? [];
  const open = polls.find((p) => p.open);
  const latest = open ?? polls.at(-1);
  return (
    <section className="session-section">
      <h3>{t('session.host.polls')}</h3>
      {latest && (
        <div className="session-tallies">
          <p className="session-eyebrow">
            {t('session.host.tallies')} · {t(latest.open ? 'session.poll.open' : 'session.poll.closed')}
          </p>
          <p className="session-poll-q">{latest.question}</p>
          <PollBars options={latest.options} tallies={latest.tallies} voters={latest.voters} />
          {latest.open && (
            <button
              type="button"
              className="session-danger"
              onClick={() => useStageStore.getState().act({ do: 'pollClose', pollId: latest.id })}
            >
              {t('session.host.pollClose')}
            </button>
          )}
        </div>
      )}
      {!open && (
        <>
          <button
            type="button"
            className="session-secondary session-template"
            onClick={() =>
              setDraft((d) => ({
                n: d.n + 1,
                template: true,
                draft: {
                  question: MAKAVERSE_POLL.question,
                  options: [...MAKAVERSE_POLL.options],
                  multi: MAKAVERSE_POLL.multi,
                  reveal: MAKAVERSE_POLL.reveal,
                },
              }))
            }
          >
            {t('session.host.template')}
          </button>
          {draft.template && <p className="muted small">{t('session.host.templatePreview')}</p>}
          <NewPoll key={draft.n} initial={draft.draft} />
        </>
      )}
    </section>
  );
}

function NewPoll({ initial }: { initial: Draft }) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState(initial.question);
  const [options, setOptions] = useState(initial.options);
  const [multi, setMulti] = useState(initial.multi);
  const [reveal, setReveal] = useState<'live' | 'close'>(initial.reveal);
  const [timer, setTimer] = useState('');
  const filled = options.map((o) => o.trim()).filter(Boolean);
  const seconds = timer.trim() === '' ? undefined : Math.round(Number(timer));
  const timerOk = seconds === undefined || (Number.isFinite(seconds) && seconds >= 10 && seconds <= 3600);
  const ok = question.trim() !== '' && filled.length >= MIN_OPTIONS && timerOk;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ok) return;
    useStageStore.getState().act({
      do: 'pollOpen',
      question: question.trim(),
      options: filled,
      multi,
      reveal,
      ...(seconds === undefined ? {} : { durationS: seconds }),
    });
    setQuestion('');
    setOptions(['', '']);
  };
  return (
    <form className="session-form" onSubmit={submit}>
      <label htmlFor="session-poll-q">{t('session.host.question')}</label>
      <input
        id="session-poll-q"
        value={question}
        maxLength={QUESTION_MAX_CHARS}
        onChange={(e) => setQuestion(e.target.value)}
      />
      {options.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place; the index is their identity
        <div className="session-row" key={i}>
          <input
            aria-label={t('session.host.option', { n: i + 1 })}
            placeholder={t('session.host.option', { n: i + 1 })}
            value={o}
            maxLength={POLL_OPTION_MAX_CHARS}
            onChange={(e) => setOptions(options.map((x, j) => (j === i ? e.target.value : x)))}
          />
          {options.length > MIN_OPTIONS && (
            <button
              type="button"
              className="icon"
              aria-label={t('session.host.removeOption', { n: i + 1 })}
              onClick={() => setOptions(options.filter((_, j) => j !== i))}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {options.length < POLL_MAX_OPTIONS && (
        <button type="button" className="session-small" onClick={() => setOptions([...options, ''])}>
          {t('session.host.addOption')}
        </button>
      )}
      <label className="session-check">
        <input type="checkbox" checked={multi} onChange={(e) => setMulti(e.target.checked)} />
        {t('session.host.multi')}
      </label>
      <label className="session-field">
        {t('session.host.reveal')}
        <select value={reveal} onChange={(e) => setReveal(e.target.value === 'close' ? 'close' : 'live')}>
          <option value="live">{t('session.host.revealLive')}</option>
          <option value="close">{t('session.host.revealClose')}</option>
        </select>
      </label>
      <label className="session-field">
        {t('session.host.timer')}
        <input
          type="number"
          inputMode="numeric"
          min={10}
          max={3600}
          value={timer}
          onChange={(e) => setTimer(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!ok}>
        {t('session.host.pollOpen')}
      </button>
    </form>
  );
}
