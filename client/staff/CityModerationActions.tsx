// Mute (timed), remove or ban (timed) one city visitor, with a reason for the audit log. Acts on
// every city shard; the visitor is named by the session id of their report or chat line.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityAction } from '../../shared/cityModeration.ts';
import { cityModerationApi as api } from '../net/cityModerationApi.ts';

const DURATIONS_MIN = ['10', '60', '1440', '10080'] as const;

export type ActionTarget = { sessionId: string; name: string };

type Props = {
  target: ActionTarget;
  run: (
    call: (token: string) => Promise<unknown>,
    done: string,
    values?: Record<string, string>,
  ) => Promise<void>;
  onClose: () => void;
};

export function CityModerationActions({ target, run, onClose }: Props) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState<(typeof DURATIONS_MIN)[number]>('60');
  const [reason, setReason] = useState('');
  const act = (kind: CityAction['kind']) => {
    const { sessionId, name } = target;
    const action: CityAction =
      kind === 'kick'
        ? { kind, sessionId, reason: reason.trim() }
        : { kind, sessionId, reason: reason.trim(), minutes: Number(minutes) };
    void run((token) => api.act(token, action), kind, { name }).then(onClose);
  };
  return (
    <fieldset className="staff-mod-actions">
      <legend className="staff-mod-actions-title">
        {t('cityModeration.actions.heading', { name: target.name })}
      </legend>
      <div className="staff-grid">
        <label>
          {t('cityModeration.actions.duration')}
          <select
            value={minutes}
            onChange={(e) => setMinutes(e.target.value as (typeof DURATIONS_MIN)[number])}
          >
            {DURATIONS_MIN.map((m) => (
              <option key={m} value={m}>
                {t(`cityModeration.actions.minutes.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cityModeration.actions.reason')}
          <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </label>
      </div>
      <div className="staff-actions">
        <button type="button" className="staff-secondary" onClick={() => act('mute')}>
          {t('cityModeration.actions.mute')}
        </button>
        <button type="button" className="staff-secondary" onClick={() => act('kick')}>
          {t('cityModeration.actions.kick')}
        </button>
        <button type="button" className="staff-primary" onClick={() => act('ban')}>
          {t('cityModeration.actions.ban')}
        </button>
        <button type="button" className="staff-secondary" onClick={onClose}>
          {t('cityModeration.actions.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
