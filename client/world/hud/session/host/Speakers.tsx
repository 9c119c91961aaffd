// Residents on stage: take one off, or invite one by their attendee code (handle).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { act } from '../../../../net/sessionConnection.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

const HANDLE = /^[a-z0-9]{4,16}$/;

export function Speakers() {
  const { t } = useTranslation();
  const speakers = useStageStore((s) => s.speakers);
  const [handle, setHandle] = useState('');
  const invite = (e: FormEvent) => {
    e.preventDefault();
    const h = handle.trim().toLowerCase();
    if (!HANDLE.test(h)) return;
    act({ do: 'speaker', handle: h, on: true });
    setHandle('');
  };
  const entries = Object.entries(speakers);
  return (
    <section className="session-section">
      <h3>{t('session.host.speakers')}</h3>
      {entries.length === 0 && <p className="muted small">{t('session.host.speakersNone')}</p>}
      <ul className="session-list">
        {entries.map(([h, name]) => (
          <li key={h}>
            <span className="session-grow">
              <strong>{name}</strong> <span className="muted small">{h}</span>
            </span>
            <button
              type="button"
              className="session-small"
              onClick={() => act({ do: 'speaker', handle: h, on: false })}
            >
              {t('session.host.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="session-row" onSubmit={invite}>
        <input
          aria-label={t('session.host.handle')}
          placeholder={t('session.host.handlePlaceholder')}
          value={handle}
          maxLength={16}
          autoCapitalize="off"
          onChange={(e) => setHandle(e.target.value)}
        />
        <button type="submit" className="session-small" disabled={!HANDLE.test(handle.trim().toLowerCase())}>
          {t('session.host.invite')}
        </button>
      </form>
    </section>
  );
}
