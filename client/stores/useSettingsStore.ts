// The visitor's choices from the lobby, remembered in localStorage for the next visit.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../i18n/i18n.ts';

export const AVATAR_COLORS = [
  '#c8102e',
  '#f2a900',
  '#0f7b6c',
  '#1d5fbf',
  '#7a3fb0',
  '#e8618c',
  '#4a4a4a',
  '#f5f0e6',
];

/** A random id for this browser: the same attendee of a public session across reconnects and shards. */
export function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Settings = {
  name: string;
  visitorId: string;
  color: string;
  language: Language;
  /** The first-visit tour (hud/Tour.tsx) was finished or skipped on this device. */
  touchHintSeen: boolean;
  setName: (name: string) => void;
  setColor: (color: string) => void;
  setLanguage: (language: Language) => void;
  dismissTouchHint: () => void;
};

export const useSettingsStore = create<Settings>()(
  persist(
    (set) => ({
      name: '',
      visitorId: newVisitorId(),
      color: AVATAR_COLORS[0] as string,
      language: 'id',
      setName: (name) => set({ name }),
      setColor: (color) => set({ color }),
      setLanguage: (language) => set({ language }),
      touchHintSeen: false,
      dismissTouchHint: () => set({ touchHintSeen: true }),
    }),
    {
      name: 'makaverse.settings',
      partialize: ({ name, visitorId, color, language, touchHintSeen }) => ({
        name,
        visitorId,
        color,
        language,
        touchHintSeen,
      }),
    },
  ),
);
