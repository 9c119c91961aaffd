// Kiosk mode (issue 9): whether this page is a kiosk (a `?kiosk=<key>` URL), its settings once
// loaded, and whether a visitor is using it or it shows its attract loop. Null config = not a kiosk.
import { create } from 'zustand';
import { KIOSK_KEY_RE, type KioskConfig } from '../../shared/kiosk.ts';

/** The kiosk key a URL's query names, when well-formed. */
export function kioskKeyFromUrl(search: string): string | null {
  const key = new URLSearchParams(search).get('kiosk');
  return key && KIOSK_KEY_RE.test(key) ? key : null;
}

export type KioskPhase = 'attract' | 'visiting';

type Kiosk = {
  config: KioskConfig | null;
  phase: KioskPhase;
  /** Visitors since the page loaded (a new one at each tap on the attract loop). */
  visits: number;
  setConfig: (config: KioskConfig) => void;
  startVisit: () => void;
  showAttract: () => void;
};

export const useKioskStore = create<Kiosk>()((set) => ({
  config: null,
  phase: 'attract',
  visits: 0,
  setConfig: (config) => set({ config }),
  startVisit: () => set((s) => ({ phase: 'visiting', visits: s.visits + 1 })),
  showAttract: () => set({ phase: 'attract' }),
}));

/** True on a kiosk (for components that change their input there: preset phrases, larger targets). */
export const useIsKiosk = () => useKioskStore((s) => s.config !== null);
