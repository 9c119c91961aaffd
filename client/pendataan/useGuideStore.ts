// What the surveyor closed in the guided first run (client only), kept on the phone (IndexedDB).
import { create } from 'zustand';
import type { GuideSeen } from './guide.ts';
import { localDb } from './localDb.ts';

type GuideState = {
  seen: GuideSeen;
  load(): Promise<void>;
  close(step: keyof GuideSeen): Promise<void>;
};

export const useGuideStore = create<GuideState>()((set, get) => ({
  seen: { welcome: false, done: false },
  async load() {
    const seen = await localDb.get<GuideSeen>('guide');
    if (seen) set({ seen });
  },
  async close(step) {
    const seen = { ...get().seen, [step]: true };
    await localDb.set('guide', seen);
    set({ seen });
  },
}));
