// Booth displays follow the live values (client only, outside React): when useBoothStore changes,
// each changed booth's display is repainted in the sign atlas with its headline figures (live value
// where there is one, else the seed) and framed brightly for HIGHLIGHT_MS. No React render involved;
// the repaint reaches the screen with the next frame's texture upload. A language change repaints
// every display in the new language.
import i18next from 'i18next';
import { liveHeadlineFigures } from '../../../shared/booth.ts';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { type BoothValues, useBoothStore } from '../../stores/useBoothStore.ts';
import { drawBoothDisplay, setDisplayText } from './boothDisplays.ts';

/** How long a changed display stays framed. */
const HIGHLIGHT_MS = 1500;

function draw(id: string, values: BoothValues | undefined, highlight: boolean): void {
  const org = findOrganisation(REGISTRY, id);
  if (org) drawBoothDisplay(id, liveHeadlineFigures(org, values), highlight);
}

/** Starts following the store; returns the function that stops it. */
export function startLiveDisplays(): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const followLanguage = () =>
    setDisplayText({ language: i18next.language, simulated: i18next.t('rapor.simShort') });
  followLanguage();
  i18next.on('languageChanged', followLanguage);
  for (const [id, values] of Object.entries(useBoothStore.getState().live)) draw(id, values, false);
  const unsubscribe = useBoothStore.subscribe((next, prev) => {
    for (const [id, values] of Object.entries(next.live)) {
      if (prev.live[id] === values) continue;
      draw(id, values, true);
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          draw(id, useBoothStore.getState().live[id], false);
        }, HIGHLIGHT_MS),
      );
    }
  });
  return () => {
    i18next.off('languageChanged', followLanguage);
    unsubscribe();
    for (const t of timers.values()) clearTimeout(t);
  };
}
