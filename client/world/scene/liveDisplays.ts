// Booth displays follow the live values (client only, outside React): when useBoothStore changes,
// each changed booth's display is repainted in the sign atlas with its headline figures (live value
// where there is one, else the seed) and framed brightly for HIGHLIGHT_MS. No React render involved;
// the repaint reaches the screen with the next frame's texture upload. A language change repaints
// every display in the new language. Where pendataan is under way (the OPD's own campaigns, or a
// kecamatan office's kecamatan), the last figure is the share of RTs covered (useCoverageStore).
import i18next from 'i18next';
import { type Figure, HEADLINE_FIGURES, liveHeadlineFigures } from '../../../shared/booth.ts';
import { boothCoverage } from '../../../shared/pendataan/coverage.ts';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { type BoothValues, useBoothStore } from '../../stores/useBoothStore.ts';
import { useCoverageStore } from '../../stores/useCoverageStore.ts';
import { drawBoothDisplay, setDisplayText } from './boothDisplays.ts';

/** How long a changed display stays framed. */
const HIGHLIGHT_MS = 1500;

const coverageOf = (id: string, name: string): number | null => {
  const c = useCoverageStore.getState().coverage;
  return c ? boothCoverage({ id, name }, c) : null;
};

function draw(id: string, values: BoothValues | undefined, highlight: boolean): void {
  const org = findOrganisation(REGISTRY, id);
  if (!org) return;
  const figures = liveHeadlineFigures(org, values);
  const share = coverageOf(org.id, org.name);
  const coverage: Figure = {
    kpi: 'pendataan-coverage',
    label: i18next.language === 'en' ? 'Data collection: RTs covered' : 'Pendataan: RT tercakup',
    value: Math.round((share ?? 0) * 100),
    unit: '%',
    simulated: false,
  };
  drawBoothDisplay(
    id,
    share === null ? figures : [...figures.slice(0, HEADLINE_FIGURES - 1), coverage],
    highlight,
  );
}

/** Starts following the store; returns the function that stops it. */
export function startLiveDisplays(): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const redrawCovered = () => {
    for (const o of REGISTRY.organisations)
      if (coverageOf(o.id, o.name) !== null) draw(o.id, useBoothStore.getState().live[o.id], false);
  };
  const followLanguage = () => {
    setDisplayText({ language: i18next.language, simulated: i18next.t('rapor.simShort') });
    redrawCovered();
  };
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
  const unfollowCoverage = useCoverageStore.getState().follow();
  let shown = new Map<string, number | null>();
  const unsubscribeCoverage = useCoverageStore.subscribe(() => {
    const next = new Map(REGISTRY.organisations.map((o) => [o.id, coverageOf(o.id, o.name)]));
    for (const [id, share] of next)
      if ((shown.get(id) ?? null) !== share) draw(id, useBoothStore.getState().live[id], false);
    shown = next;
  });
  return () => {
    i18next.off('languageChanged', followLanguage);
    unsubscribe();
    unsubscribeCoverage();
    unfollowCoverage();
    for (const t of timers.values()) clearTimeout(t);
  };
}
