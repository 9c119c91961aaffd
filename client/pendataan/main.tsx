// Composition root of the field app (/pendataan/): translations, styles, the service worker that keeps
// the app shell for offline use, then the app. Client only.
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { FieldApp } from './FieldApp.tsx';
import { en, id } from './strings.ts';
import './pendataan.css';

// The service worker's scope is /pendataan/: keep the page inside it.
if (location.pathname === '/pendataan')
  history.replaceState(null, '', `/pendataan/${location.search}${location.hash}`);
if ('serviceWorker' in navigator && !import.meta.env.DEV)
  void navigator.serviceWorker.register('/pendataan/sw.js', { scope: '/pendataan/' });

void i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: useSettingsStore.getState().language,
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});
useSettingsStore.subscribe((s) => {
  if (i18next.language !== s.language) void i18next.changeLanguage(s.language);
  document.documentElement.lang = s.language;
});
document.documentElement.lang = useSettingsStore.getState().language;

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <FieldApp />
    </StrictMode>,
  );
