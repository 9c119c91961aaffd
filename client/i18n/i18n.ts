// i18next set-up: Bahasa Indonesia by default, English on request. Category labels in Indonesian
// come from the registry, so adding a category needs no translation to show in Indonesian. Counts
// use i18next plurals: English picks `<key>_one` for 1 ("1 visitor"); Indonesian has a single form,
// so its `_one` entries repeat the plain text (the two files share one type).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { REGISTRY } from '../../shared/registry.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { en } from './en.ts';
import { id } from './id.ts';
import { kioskStrings } from './kioskStrings.ts';
import { servicesEn, servicesId } from './servicesStrings.ts';
import { sessionId } from './sessionStrings.ts';
import { sessionEn } from './sessionStringsEn.ts';
import { voiceEn, voiceId } from './voiceStrings.ts';
import { worldEn, worldId } from './worldStrings.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: {
      id: {
        translation: {
          ...id,
          ...worldId,
          ...kioskStrings.id,
          categories: REGISTRY.categories,
          session: sessionId,
          voice: voiceId,
          services: servicesId,
        },
      },
      en: {
        translation: {
          ...en,
          ...worldEn,
          ...kioskStrings.en,
          session: sessionEn,
          voice: voiceEn,
          services: servicesEn,
        },
      },
    },
    lng: useSettingsStore.getState().language,
    fallbackLng: 'id',
    interpolation: { escapeValue: false }, // React escapes; user text is never rendered as HTML
  });
  useSettingsStore.subscribe((s) => {
    if (i18next.language !== s.language) void i18next.changeLanguage(s.language);
    document.documentElement.lang = s.language;
  });
  document.documentElement.lang = useSettingsStore.getState().language;
}
