// The hall's big screen and the caption strip under it (client only). The screen shows what the
// stage store's `screen` says (screenSources.ts: title card, slide page, OPD panel, video;
// cameraSource.ts: the host's live camera), fitted
// inside the 16:9 frame without cropping; the strip shows the floor holder's name and words while
// someone holds the floor, repeated as a legible caption line on the page. Re-renders only when the
// stage's screen, info or floor changes.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { HALL } from '../../../shared/session/hallPlan.ts';
import { hallText } from '../../i18n/hallStrings.ts';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';
import { useStageStore } from '../../stores/useStageStore.ts';
import { paintedTexture } from '../scene/paintedTexture.ts';
import { cameraSource } from './cameraSource.ts';
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
    case 'camera':
      return `camera|${language}`;
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
    if (screen.mode === 'camera') return cameraSource(setShown);
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

/**
 * The floor holder's name and words as a caption line on the page, over the top of the view, clear
 * of the session panel (styles.css .hall-caption): legible on a phone, where the strip on the stage
 * is a few pixels tall. Plain text (textContent), hidden from no one: screen readers hear it live.
 */
function useDomCaption(name: string | null, label: string, text: string): void {
  const { gl } = useThree();
  const el = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'hall-caption';
    div.setAttribute('role', 'status');
    const who = document.createElement('strong');
    const words = document.createElement('span');
    div.append(who, words);
    return { div, who, words };
  }, []);
  useEffect(() => {
    gl.domElement.parentElement?.appendChild(el.div);
    return () => el.div.remove();
  }, [gl, el]);
  useEffect(() => {
    el.div.hidden = name === null;
    el.who.textContent = name === null ? '' : `${label}: ${name}`;
    el.words.textContent = text;
  }, [el, name, label, text]);
}

function Caption() {
  const floor = useStageStore((s) => s.floor);
  const language = useSettingsStore((s) => s.language);
  // In the chosen language: this component re-renders when `language` changes.
  useDomCaption(floor.handle ? floor.name : null, hallText().floor, floor.handle ? floor.text : '');
  const strip = useMemo(() => {
    const { ctx, texture } = paintedTexture(CAPTION_W, CAPTION_H);
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
