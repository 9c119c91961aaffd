// The hall's big screen and the caption strip under it (client only). The screen shows what the
// stage store's `screen` says (screenSources.ts: title card, slide page, OPD panel, video), fitted
// inside the 16:9 frame without cropping; the strip shows the floor holder's name and words while
// someone holds the floor. Re-renders only when the stage's screen, info or floor changes.
import { useEffect, useMemo, useState } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { HALL } from '../../../shared/session/hallPlan.ts';
import { hallText } from '../../i18n/hallStrings.ts';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';
import { useStageStore } from '../../stores/useStageStore.ts';
import { CAPTION_H, CAPTION_W, paintCaption } from './screenPainters.ts';
import {
  opdSource,
  type Shown,
  setVideoMuted,
  slideSource,
  titleSource,
  videoSource,
} from './screenSources.ts';
import { clearSlides } from './slideCache.ts';

const S = HALL.screen;
const CAPTION_HEIGHT_M = 1.15;

/** What changing restarts the screen's source. */
function useScreenKey(): string {
  const screen = useStageStore((s) => s.screen);
  const info = useStageStore((s) => s.info);
  const language = useSettingsStore((s) => s.language);
  switch (screen.mode) {
    case 'slides':
      return `slides|${info.id}|${screen.deckId}|${screen.page}|${screen.pages}|${language}`;
    case 'opd':
      return `opd|${screen.opdId}|${language}`;
    case 'video':
      return `video|${screen.url}|${language}`;
    default:
      return `blank|${info.title}|${info.organiser}|${info.phase}|${info.startsAt}|${info.endsAt}|${language}`;
  }
}

function Screen() {
  const key = useScreenKey();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    void key;
    const { screen, info, videoMuted } = useStageStore.getState();
    const language = useSettingsStore.getState().language;
    if (screen.mode === 'slides')
      return slideSource(info.id, screen.deckId, screen.page, screen.pages, setShown);
    if (screen.mode === 'opd') return opdSource(screen.opdId, setShown);
    if (screen.mode === 'video') return videoSource(screen.url, videoMuted, setShown);
    return titleSource(info, language, setShown);
  }, [key]);
  useEffect(() => clearSlides, []);
  useEffect(
    () =>
      useStageStore.subscribe((s, prev) => {
        if (s.videoMuted !== prev.videoMuted) setVideoMuted(s.videoMuted);
      }),
    [],
  );
  if (!shown) return null;
  const wide = shown.aspect >= S.width / S.height;
  const w = wide ? S.width : S.height * shown.aspect;
  const h = wide ? S.width / shown.aspect : S.height;
  return (
    <mesh position={[S.x, S.bottomY + S.height / 2, S.z + 0.02]} scale={[w, h, 1]}>
      <planeGeometry args={[1, 1]} />
      <meshBasicMaterial map={shown.texture} toneMapped={false} />
    </mesh>
  );
}

function Caption() {
  const floor = useStageStore((s) => s.floor);
  const language = useSettingsStore((s) => s.language);
  const strip = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = CAPTION_W;
    canvas.height = CAPTION_H;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    return { ctx, texture };
  }, []);
  useEffect(() => () => strip.texture.dispose(), [strip]);
  useEffect(() => {
    void language;
    if (!floor.handle) return;
    paintCaption(strip.ctx, floor.name, hallText().floor, floor.text);
    strip.texture.needsUpdate = true;
  }, [floor, strip, language]);
  if (!floor.handle) return null;
  const width = (CAPTION_HEIGHT_M * CAPTION_W) / CAPTION_H;
  const y = HALL.stageHeightM + 0.05 + CAPTION_HEIGHT_M / 2;
  return (
    <mesh position={[S.x, y, S.z + 0.16]}>
      <planeGeometry args={[width, CAPTION_HEIGHT_M]} />
      <meshBasicMaterial map={strip.texture} toneMapped={false} transparent />
    </mesh>
  );
}

export function HallScreen() {
  return (
    <>
      <Screen />
      <Caption />
    </>
  );
}
