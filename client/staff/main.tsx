// Composition root of the staff console (/staff): translations, styles, then the app. Client only.
import '../csp.ts';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { kioskStaffStrings } from './kioskStrings.ts';
import { StaffApp } from './StaffApp.tsx';
import { en, id } from './strings.ts';
import './staff.css';

void i18next.use(initReactI18next).init({
  resources: {
    id: { translation: { ...id, ...kioskStaffStrings.id } },
    en: { translation: { ...en, ...kioskStaffStrings.en } },
  },
  lng: useSettingsStore.getState().language,
  fallbackLng: 'id',
  interpolation: { escapeValue: false }, // React escapes
});
useSettingsStore.subscribe((s) => {
  if (i18next.language !== s.language) void i18next.changeLanguage(s.language);
  document.documentElement.lang = s.language;
});
document.documentElement.lang = useSettingsStore.getState().language;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StaffApp />
    </StrictMode>,
  );
}
