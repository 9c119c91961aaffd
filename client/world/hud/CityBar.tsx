// The city HUD's own controls beside "Sesi publik" and "Cari OPD" (client only): the language switch
// (Bahasa Indonesia ⇄ English, remembered like the lobby's choice) and "Keluar", back to the lobby
// (leaving the city's room as the world unmounts) — not on a kiosk, where "Selesai" ends a visit and the
// lobby's typed name has no keyboard.
import { useTranslation } from 'react-i18next';
import { useIsKiosk } from '../../kiosk/useKioskStore.ts';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';

export function CityBar() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const leave = useUiStore((s) => s.leave);
  const kiosk = useIsKiosk();
  return (
    <div className="city-bar">
      <button
        type="button"
        className="go-to city-language"
        onClick={() => setLanguage(language === 'id' ? 'en' : 'id')}
      >
        {/* The visible text starts the accessible name ("EN — Ganti bahasa ke English"). */}
        <span lang={language === 'id' ? 'en' : 'id'}>{t('cityBar.languageShort')}</span>
        <span className="sr-only"> — {t('cityBar.switchLanguage')}</span>
      </button>
      {!kiosk && (
        <button
          type="button"
          className="go-to city-leave"
          aria-label={t('cityBar.leaveLabel')}
          onClick={leave}
        >
          {t('cityBar.leave')}
        </button>
      )}
    </div>
  );
}
