// The city HUD's own controls beside "Sesi publik" and "Cari OPD" (client only): the language switch
// (Bahasa Indonesia ⇄ English, remembered like the lobby's choice) and "Keluar", back to the lobby
// (leaving the city's room as the world unmounts).
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';

export function CityBar() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const leave = useUiStore((s) => s.leave);
  return (
    <div className="city-bar">
      <button
        type="button"
        className="go-to city-language"
        lang={language === 'id' ? 'en' : 'id'}
        aria-label={t('cityBar.switchLanguage')}
        onClick={() => setLanguage(language === 'id' ? 'en' : 'id')}
      >
        {t('cityBar.languageShort')}
      </button>
      <button type="button" className="go-to city-leave" aria-label={t('cityBar.leaveLabel')} onClick={leave}>
        {t('cityBar.leave')}
      </button>
    </div>
  );
}
