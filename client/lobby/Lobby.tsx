// The first screen: name, avatar colour, language, then the public sessions. Plain DOM, no three.js,
// no zod, so it appears fast. A session link shows which session the visitor is about to join and the
// button enters the hall instead of the city.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_CHARS } from '../../shared/limits.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { cleanName } from '../../shared/text.ts';
import { LANGUAGES } from '../i18n/i18n.ts';
import { usePlaceStore } from '../stores/usePlaceStore.ts';
import { AVATAR_COLORS, useSettingsStore } from '../stores/useSettingsStore.ts';
import { useUiStore } from '../stores/useUiStore.ts';
import { AwarenessQuestion } from './AwarenessQuestion.tsx';
import { hasWebGL } from './hasWebGL.ts';
import { LinkedSessionNote } from './LinkedSessionNote.tsx';
import { LobbyNow } from './LobbyNow.tsx';
import { LobbySessions } from './LobbySessions.tsx';
import { NoWebGL } from './NoWebGL.tsx';
import { useLinkedSession } from './useLinkedSession.ts';
import { useStaffEntry } from './useStaffEntry.ts';
import './sessions.css';

export function Lobby() {
  const { t } = useTranslation();
  const { name, color, language, setName, setColor, setLanguage } = useSettingsStore();
  const enter = useUiStore((s) => s.enter);
  const toHall = usePlaceStore((s) => s.place.kind === 'session');
  const linked = useLinkedSession();
  useStaffEntry(linked);
  const nameInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [webgl] = useState(hasWebGL);
  if (!webgl) return <NoWebGL />;

  /** Checks the name, then enters the place (or the given live session). */
  const tryEnter = (sessionId?: string) => {
    const result = cleanName(name);
    if (!result.ok) {
      setError(result.error);
      nameInput.current?.focus();
      return;
    }
    setName(result.name);
    if (sessionId) usePlaceStore.getState().goToSession(sessionId);
    enter();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    tryEnter();
  };

  return (
    <main className="lobby">
      <form className="lobby-card" onSubmit={submit} noValidate>
        <h1 className="lobby-title">
          <span className="lobby-mark" aria-hidden="true" />
          {t('app.title')}
        </h1>
        <p className="lobby-tagline">{t('app.tagline')}</p>
        <LinkedSessionNote linked={linked} />
        <LobbyNow onJoin={tryEnter} />
        <label className="field">
          <span>{t('lobby.name')}</span>
          <input
            ref={nameInput}
            name="name"
            value={name}
            maxLength={NAME_MAX_CHARS}
            autoComplete="nickname"
            placeholder={t('lobby.namePlaceholder')}
            aria-invalid={error !== null}
            aria-describedby={error ? 'name-error' : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id="name-error" className="field-error" role="alert">
            {t(`lobby.errors.${error}`)}
          </p>
        )}
        <fieldset className="field">
          <legend>{t('lobby.color')}</legend>
          <div className="swatches">
            {AVATAR_COLORS.map((c) => (
              <label key={c} className="swatch" style={{ background: c }}>
                <input
                  type="radio"
                  name="color"
                  value={c}
                  checked={c === color}
                  onChange={() => setColor(c)}
                />
                <span className="sr-only">{c}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>{t('lobby.language')}</legend>
          <div className="segmented">
            {LANGUAGES.map((l) => (
              <label key={l} className={l === language ? 'on' : ''}>
                <input
                  type="radio"
                  name="language"
                  value={l}
                  checked={l === language}
                  onChange={() => setLanguage(l)}
                />
                {l === 'id' ? 'Bahasa Indonesia' : 'English'}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="primary" disabled={linked.kind === 'checking'}>
          {t(toHall ? 'lobby.enterHall' : 'lobby.enter')}
        </button>
        <p className="lobby-hint">{t('lobby.hint', { count: REGISTRY.organisations.length })}</p>
        <a className="lobby-hint" href="/lite">
          {t('liteLink.label')}
        </a>
      </form>
      <AwarenessQuestion />
      <LobbySessions onJoin={tryEnter} />
    </main>
  );
}
