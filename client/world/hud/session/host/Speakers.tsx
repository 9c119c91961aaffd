// Residents on stage: take one off, or invite one picked by name from the attendees (staff view's
// `people`, newest first; a filter narrows a long list). Raised hands can be invited from the queue.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../../../shared/opdGuide.ts';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

/** Attendees listed at once; the filter finds the others. */
const SHOWN = 6;

export function Speakers() {
  const { t } = useTranslation();
  const speakers = useStageStore((s) => s.speakers);
  const people = useSessionViewStore((s) => s.staff?.people) ?? [];
  const [filter, setFilter] = useState('');
  const q = foldText(filter);
  const candidates = people.filter((p) => speakers[p.handle] === undefined && foldText(p.name).includes(q));
  const entries = Object.entries(speakers);
  return (
    <section className="session-section">
      <h3>{t('session.host.speakers')}</h3>
      {entries.length === 0 && <p className="muted small">{t('session.host.speakersNone')}</p>}
      <ul className="session-list">
        {entries.map(([h, name]) => (
          <li key={h}>
            <span className="session-grow">
              <strong>{name}</strong>
            </span>
            <button
              type="button"
              className="session-small"
              onClick={() => useStageStore.getState().act({ do: 'speaker', handle: h, on: false })}
            >
              {t('session.host.remove')}
            </button>
          </li>
        ))}
      </ul>
      <h4 className="small">{t('session.host.pickSpeaker')}</h4>
      {people.length > SHOWN && (
        <input
          type="search"
          aria-label={t('session.host.pickFilter')}
          placeholder={t('session.host.pickFilter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {candidates.length === 0 && <p className="muted small">{t('session.host.pickNone')}</p>}
      <ul className="session-list">
        {candidates.slice(0, SHOWN).map((p) => (
          <li key={p.handle}>
            <span className="session-grow">{p.name}</span>
            <button
              type="button"
              className="session-small"
              aria-label={t('session.host.inviteName', { name: p.name })}
              onClick={() => useStageStore.getState().act({ do: 'speaker', handle: p.handle, on: true })}
            >
              {t('session.host.invite')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
