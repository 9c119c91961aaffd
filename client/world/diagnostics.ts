// window.makaverse: read-only diagnostics for kiosk monitoring and automated tests (a public
// contract, see README): { ready, connection, place, self, avatars, booths, render, stage }.
// `place` is 'city' or 'session'; in a session's hall `stage` is what the big screen is told to show
// and whether it shows it yet ({mode, page, pages, shown: 'loading' | 'shown' | 'failed'}), else null.
// `render` = {calls, triangles, fps, tier: 'high' | 'low', tierDecided} (see renderTier.ts).
// `avatars` lists the other visitors; `self` is the local one; `booths[i].display` is what that
// booth's display shows now ({figures: [{kpi, value, simulated}], highlight, paintedAt: epoch ms},
// or null before the scene has painted it).
import type { CityLayout } from '../../shared/layout.ts';
import { self } from '../stores/motion.ts';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { usePlaceStore } from '../stores/usePlaceStore.ts';
import { usePlayersStore } from '../stores/usePlayersStore.ts';
import { useRenderTierStore } from '../stores/useRenderTierStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import { avatarPoses } from './avatars/avatarPoses.ts';
import { screenShown } from './hall/screenSources.ts';
import { paintedDisplay } from './scene/boothDisplays.ts';
import { lightScene } from './useLightScene.ts';

/**
 * Written by RenderStats each frame; `drawnLight` by World once a canvas has drawn its first frames
 * (whether that canvas was built light; null before any has).
 */
export const renderStats = { calls: 0, triangles: 0, fps: 0, frames: 0, drawnLight: null as boolean | null };

export function installDiagnostics(layout: CityLayout): () => void {
  const booths = layout.booths.map((b) =>
    Object.freeze({
      id: b.id,
      abbreviation: b.abbreviation,
      x: b.x,
      z: b.z,
      get display() {
        const shown = paintedDisplay(b.id);
        if (!shown) return null;
        const figures = shown.figures.map((f) => ({ kpi: f.kpi, value: f.value, simulated: f.simulated }));
        return { figures, highlight: shown.highlight, paintedAt: shown.at };
      },
    }),
  );
  const api = {
    /**
     * The world is usable: the render tier is final and the view built for it has drawn its first
     * frames (false while the probe measures, and while a view is rebuilt behind the loading screen).
     */
    get ready() {
      const tier = useRenderTierStore.getState();
      return renderStats.frames > 1 && tier.decided && renderStats.drawnLight === lightScene(tier);
    },
    get connection() {
      return useConnectionStore.getState().status;
    },
    get place() {
      return usePlaceStore.getState().place.kind;
    },
    get self() {
      const id = useConnectionStore.getState().selfId;
      return { id, name: useSettingsStore.getState().name, x: self.x, z: self.z };
    },
    get avatars() {
      const players = usePlayersStore.getState().players;
      return avatarPoses
        .filter((a) => !a.self && players[a.id])
        .map((a) => ({ id: a.id, name: a.name, x: a.x, z: a.z }));
    },
    booths,
    get render() {
      const { calls, triangles, fps } = renderStats;
      const { tier, decided } = useRenderTierStore.getState();
      return { calls, triangles, fps, tier, tierDecided: decided };
    },
    get stage() {
      if (usePlaceStore.getState().place.kind !== 'session') return null;
      const { mode, page, pages } = useStageStore.getState().screen;
      return { mode, page, pages, shown: screenShown.state };
    },
  };
  Object.defineProperty(window, 'makaverse', { value: Object.freeze(api), configurable: true });
  return () => {
    Reflect.deleteProperty(window, 'makaverse');
    renderStats.frames = 0;
    renderStats.drawnLight = null;
  };
}
