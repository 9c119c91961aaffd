// Acting on one attendee by their code (handle; shown in the hand queue, questions and reports):
// mute / unmute their chat, or remove them for N minutes, always with a reason for the log. Lists who
// is muted and who is removed until when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../../../shared/format.ts';
import { useSessionViewStore } from '../../../../stores/useSessionViewStore.ts';
import { useStageStore } from '../../../../stores/useStageStore.ts';

const HANDLE = /^[a-z0-9]{4,16}$/;

export function PersonActions() {
  const { t, i18n } = useTranslation();
  const muted = useSessionViewStore((s) => s.staff?.muted) ?? [];
  const bans = useSessionViewStore((s) => s.staff?.bans) ?? [];
  const [handle, setHandle] = useState('');
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState('30');
  const h = handle.trim().toLowerCase();
  const valid = HANDLE.test(h);
  const why = reason.trim() ? { reason: reason.trim() } : {};
  const banMinutes = Math.round(Number(minutes));
  const banOk = valid && Number.isFinite(banMinutes) && banMinutes >= 1 && banMinutes <= 1440;
  return (
    <section className="session-section">
      <h3>{t('session.mod.person')}</h3>
      <div className="session-form">
        <input
          aria-label={t('session.host.handle')}
          placeholder={t('session.host.handlePlaceholder')}
          value={handle}
          maxLength={16}
          autoCapitalize="off"
          onChange={(e) => setHandle(e.target.value)}
        />
        <input
          aria-label={t('session.mod.reason')}
          placeholder={`${t('session.mod.reason')} — ${t('session.mod.reasonPlaceholder')}`}
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="session-actions">
          <button
            type="button"
            className="session-small"
            disabled={!valid}
            onClick={() => useStageStore.getState().act({ do: 'mute', handle: h, on: true, ...why })}
          >
            {t('session.mod.mute')}
          </button>
          <button
            type="button"
            className="session-small"
            disabled={!valid}
            onClick={() => useStageStore.getState().act({ do: 'mute', handle: h, on: false, ...why })}
          >
            {t('session.mod.unmute')}
          </button>
          <label className="session-inline">
            {t('session.mod.banMinutes')}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="session-danger session-small"
            disabled={!banOk}
            onClick={() =>
              useStageStore.getState().act({ do: 'ban', handle: h, minutes: banMinutes, ...why })
            }
          >
            {t('session.mod.ban')}
          </button>
        </div>
      </div>
      {muted.length > 0 && (
        <>
          <h4>{t('session.mod.muted')}</h4>
          <ul className="session-list">
            {muted.map((m) => (
              <li key={m.handle}>
                <span className="session-grow">
                  {m.name} <span className="muted small">{m.handle}</span>
                </span>
                <button
                  type="button"
                  className="session-small"
                  onClick={() => useStageStore.getState().act({ do: 'mute', handle: m.handle, on: false })}
                >
                  {t('session.mod.unmute')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {bans.length > 0 && (
        <>
          <h4>{t('session.mod.bans')}</h4>
          <ul className="session-list">
            {bans.map((b) => (
              <li key={b.handle}>
                <span className="session-grow">
                  {b.name} <span className="muted small">{b.handle}</span>
                </span>
                <span className="small">{formatClock(b.until, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
