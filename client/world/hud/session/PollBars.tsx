// Results of a poll as horizontal bars with counts and percentages of voters (attendees may choose
// several options in a multiple-choice poll, so shares are of voters, not of ballots).
import { useTranslation } from 'react-i18next';

type Props = { options: string[]; tallies: number[]; voters: number; mine?: number[] | undefined };

export function PollBars({ options, tallies, voters, mine }: Props) {
  const { t } = useTranslation();
  return (
    <div className="session-bars">
      <ul>
        {options.map((option, i) => {
          const count = tallies[i] ?? 0;
          const share = voters > 0 ? Math.round((count / voters) * 100) : 0;
          return (
            <li key={option} className={mine?.includes(i) ? 'mine' : undefined}>
              <span className="label">
                {option}
                <span className="count">
                  {count} · {share}%
                </span>
              </span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${share}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('session.poll.voters', { count: voters })}</p>
    </div>
  );
}
