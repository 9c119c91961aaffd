// What is open on screen. React re-renders on these changes, never on motion.
import { create } from 'zustand';

type Ui = {
  /** True once the visitor left the lobby. */
  entered: boolean;
  /** Organisation id of the open booth panel, or null. */
  openBooth: string | null;
  /** Organisation id of the booth the visitor stands in front of (for the "press E" prompt). */
  nearBooth: string | null;
  directoryOpen: boolean;
  /** The rapor kinerja list (opened from the wall on the plaza). */
  raporOpen: boolean;
  /** The list of public sessions (from the plaza board, the hall door or the HUD). */
  sessionsOpen: boolean;
  enter: () => void;
  leave: () => void;
  openBoothPanel: (id: string) => void;
  closeBoothPanel: () => void;
  setNearBooth: (id: string | null) => void;
  setDirectoryOpen: (open: boolean) => void;
  setRaporOpen: (open: boolean) => void;
  setSessionsOpen: (open: boolean) => void;
};

export const useUiStore = create<Ui>()((set) => ({
  entered: false,
  openBooth: null,
  nearBooth: null,
  directoryOpen: false,
  raporOpen: false,
  sessionsOpen: false,
  enter: () => set({ entered: true }),
  leave: () =>
    set({ entered: false, openBooth: null, directoryOpen: false, raporOpen: false, sessionsOpen: false }),
  openBoothPanel: (id) => set({ openBooth: id, directoryOpen: false, raporOpen: false, sessionsOpen: false }),
  closeBoothPanel: () => set({ openBooth: null }),
  setNearBooth: (id) => set((s) => (s.nearBooth === id ? s : { nearBooth: id })),
  setDirectoryOpen: (open) =>
    set(open ? { directoryOpen: true, raporOpen: false, sessionsOpen: false } : { directoryOpen: false }),
  setRaporOpen: (open) =>
    set(open ? { raporOpen: true, directoryOpen: false, sessionsOpen: false } : { raporOpen: false }),
  setSessionsOpen: (open) =>
    set(
      open
        ? { sessionsOpen: true, directoryOpen: false, raporOpen: false, openBooth: null }
        : { sessionsOpen: false },
    ),
}));
