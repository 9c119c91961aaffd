// The field app (/pendataan): a header with the language switch, then activation, home or the form
// being filled. Exposes a read-only snapshot as `window.makaversePendataan` for tests and support.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { ActivateScreen } from './ActivateScreen.tsx';
import { FillScreen } from './FillScreen.tsx';
import { HomeScreen } from './HomeScreen.tsx';
import { countStates } from './records.ts';
import { useFieldStore } from './useFieldStore.ts';

declare global {
  interface Window {
    makaversePendataan?: {
      readonly ready: boolean;
      readonly phase: string;
      readonly sync: string;
      readonly counts: Record<string, number>;
    };
  }
}

window.makaversePendataan = {
  get ready() {
    return useFieldStore.getState().phase !== 'loading';
  },
  get phase() {
    return useFieldStore.getState().phase;
  },
  get sync() {
    return useFieldStore.getState().sync;
  },
  get counts() {
    return countStates(useFieldStore.getState().records);
  },
};

export function FieldApp() {
  const { t } = useTranslation();
  const phase = useFieldStore((s) => s.phase);
  const editing = useFieldStore((s) => s.editing);
  const language = useSettingsStore((s) => s.language);
  useEffect(() => {
    void useFieldStore.getState().boot();
    const online = () => void useFieldStore.getState().syncNow();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  useEffect(() => {
    document.title = `${t('title')} — Makaverse`;
  }, [t]);
  return (
    <div className="pd">
      <header className="pd-header">
        <div>
          <h1>{t('title')}</h1>
          <p>{t('subtitle')}</p>
        </div>
        <button
          type="button"
          className="pd-lang"
          onClick={() => useSettingsStore.getState().setLanguage(language === 'id' ? 'en' : 'id')}
        >
          {language === 'id' ? 'EN' : 'ID'}
        </button>
      </header>
      <main>
        {phase === 'activate' && <ActivateScreen />}
        {phase === 'home' && <HomeScreen />}
        {phase === 'fill' && <FillScreen key={editing ?? ''} />}
      </main>
    </div>
  );
}
