// What the big screen shows: Kosong, Slide (deck picker + upload, page buttons), Data OPD (any
// organisation of the registry), Video (an http(s) HLS address) or Kamera (the host's own camera,
// CameraControl.tsx).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY } from '../../../../../shared/registry.ts';
import { type ScreenMode, useStageStore } from '../../../../stores/useStageStore.ts';
import { PageButtons } from '../PageButtons.tsx';
import { CameraControl } from './CameraControl.tsx';
import { DeckPicker } from './DeckPicker.tsx';

const MODES: ScreenMode[] = ['blank', 'slides', 'opd', 'video', 'camera'];

export function ScreenControl() {
  const { t } = useTranslation();
  const screen = useStageStore((s) => s.screen);
  const [mode, setMode] = useState<ScreenMode>(screen.mode);
  const [url, setUrl] = useState(screen.url);
  const [bad, setBad] = useState(false);
  const showVideo = (e: FormEvent) => {
    e.preventDefault();
    const ok = /^https?:\/\/\S+$/i.test(url.trim());
    setBad(!ok);
    if (ok) useStageStore.getState().act({ do: 'screen', screen: { mode: 'video', url: url.trim() } });
  };
  return (
    <section className="session-section">
      <h3>{t('session.host.screen')}</h3>
      <div className="session-modes">
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={m === mode}
            className={m === screen.mode ? 'on-screen' : undefined}
            onClick={() => {
              setMode(m);
              if (m === 'blank') useStageStore.getState().act({ do: 'screen', screen: { mode: 'blank' } });
            }}
          >
            {t(`session.host.modes.${m}`)}
          </button>
        ))}
      </div>
      {mode === 'slides' && (
        <>
          <PageButtons />
          <DeckPicker />
        </>
      )}
      {mode === 'opd' && (
        <label className="session-field">
          {t('session.host.opdPick')}
          <select
            value={screen.mode === 'opd' ? screen.opdId : ''}
            onChange={(e) =>
              e.target.value &&
              useStageStore.getState().act({ do: 'screen', screen: { mode: 'opd', opdId: e.target.value } })
            }
          >
            <option value="">—</option>
            {REGISTRY.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.abbreviation} — {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {mode === 'camera' && <CameraControl />}
      {mode === 'video' && (
        <form className="session-form" onSubmit={showVideo}>
          <label htmlFor="session-video">{t('session.host.videoUrl')}</label>
          <div className="session-row">
            <input
              id="session-video"
              type="url"
              inputMode="url"
              value={url}
              maxLength={500}
              placeholder={t('session.host.videoPlaceholder')}
              onChange={(e) => setUrl(e.target.value)}
            />
            <button type="submit" className="primary">
              {t('session.host.show')}
            </button>
          </div>
          {bad && <p className="session-error-text">{t('session.host.videoBad')}</p>}
        </form>
      )}
    </section>
  );
}
