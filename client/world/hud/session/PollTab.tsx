// Jajak: the current poll. Single choice → radio buttons, multiple → checkboxes; one vote (kept by
// the server across reconnects), then the results bars when the poll reveals live or has closed, else
// "hasil diumumkan saat ditutup". A timer counts down to the auto-close.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionViewStore } from '../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../stores/useStageStore.ts';
import { Countdown } from './Countdown.tsx';
import { PollBars } from './PollBars.tsx';

export function PollTab() {
  const { t } = useTranslation();
  const poll = useStageStore((s) => s.poll);
  const ballot = useSessionViewStore((s) => s.you?.ballots[poll.id]);
  const [chosen, setChosen] = useState<number[]>([]);
  if (poll.id === 0) return <p className="muted session-tab">{t('session.poll.none')}</p>;
  // Results once voted (no bias before) or closed; hidden polls reveal only at close.
  const showResults = poll.tallies.length > 0 && (poll.open ? poll.reveal === 'live' && !!ballot : true);
  const canVote = poll.open && !ballot;
  const toggle = (i: number) =>
    setChosen(poll.multi ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length > 0)
      useStageStore.getState().act({ do: 'pollVote', pollId: poll.id, choices: [...chosen].sort() });
  };
  return (
    <div className="session-tab">
      <p className="session-eyebrow">
        {t(poll.open ? 'session.poll.open' : 'session.poll.closed')}
        {poll.open && poll.endsAt > 0 && (
          <>
            {' · '}
            <Countdown until={poll.endsAt} />
          </>
        )}
      </p>
      <h3 className="session-poll-q">{poll.question}</h3>
      {canVote ? (
        <form className="session-form" onSubmit={submit} key={poll.id}>
          <fieldset className="session-options">
            <legend className="muted small">
              {t(poll.multi ? 'session.poll.multi' : 'session.poll.single')}
            </legend>
            {poll.options.map((option, i) => (
              <label key={option} className="session-option">
                <input
                  type={poll.multi ? 'checkbox' : 'radio'}
                  name={`poll-${poll.id}`}
                  checked={chosen.includes(i)}
                  onChange={() => toggle(i)}
                />
                {option}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={chosen.length === 0}>
            {t('session.poll.vote')}
          </button>
        </form>
      ) : (
        ballot && <p className="session-ok">{t('session.poll.voted')}</p>
      )}
      {showResults ? (
        <PollBars options={poll.options} tallies={poll.tallies} voters={poll.voters} mine={ballot} />
      ) : (
        poll.open && poll.reveal === 'close' && <p className="muted">{t('session.poll.hidden')}</p>
      )}
    </div>
  );
}
