// What the hall's big screen shows, one source per mode (client only). A source is started with a
// `show` callback, calls it with a texture and that texture's aspect (width / height) whenever the
// picture changes (a loading card first), and returns the function that stops it and disposes every
// texture it made. The screen component swaps sources when the stage store's screen changes.
import i18next from 'i18next';
import { type CanvasTexture, SRGBColorSpace, type Texture, VideoTexture } from 'three';
import { liveHeadlineFigures } from '../../../shared/booth.ts';
import { formatClock } from '../../../shared/format.ts';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { hallText } from '../../i18n/hallStrings.ts';
import { fetchOpd } from '../../net/api.ts';
import { attachStream } from '../../net/hallMedia.ts';
import { useBoothStore } from '../../stores/useBoothStore.ts';
import type { StageInfo } from '../../stores/useStageStore.ts';
import { paintedTexture } from '../scene/paintedTexture.ts';
import { categoryColor } from '../scene/palette.ts';
import {
  paintMessage,
  paintOpdPanel,
  paintTitleCard,
  SCREEN_H,
  SCREEN_W,
  whenText,
} from './screenPainters.ts';
import { type SlidePage, slidePage } from './slideCache.ts';

export type Shown = { texture: Texture; aspect: number };
type Show = (shown: Shown) => void;
/** How often the OPD panel asks the server for fresh values, ms. */
const OPD_REFRESH_MS = 30_000;
export const WIDE = SCREEN_W / SCREEN_H;
/** Whether the screen shows its content yet (diagnostics: window.makaverse.stage.shown). */
export const screenShown: { state: 'loading' | 'shown' | 'failed' } = { state: 'loading' };

/** A painted card: one canvas texture, repainted in place. */
export function card(): { texture: CanvasTexture; ctx: CanvasRenderingContext2D } {
  const { ctx, texture } = paintedTexture(SCREEN_W, SCREEN_H, 4);
  return { texture, ctx };
}

export function titleSource(info: StageInfo, language: string, show: Show): () => void {
  const c = card();
  const t = hallText();
  const org = findOrganisation(REGISTRY, info.organiser);
  paintTitleCard(c.ctx, {
    hallName: t.hallName,
    cityHall: t.cityHall,
    title: info.title || t.hallName,
    organiser: org ? `${t.organiser}: ${org.name}` : '',
    phase: t.phase[info.phase],
    live: info.phase === 'live',
    when: whenText(info.startsAt, info.endsAt, language),
  });
  show({ texture: c.texture, aspect: WIDE });
  screenShown.state = 'shown';
  return () => c.texture.dispose();
}

/** Page `page` of a deck (a loading card until it arrives); the next page is fetched ahead. */
export function slideSource(
  sessionId: string,
  deckId: string,
  page: number,
  pages: number,
  show: Show,
): () => void {
  const c = card();
  const present = (p: SlidePage) => {
    screenShown.state = p.state;
    if (p.texture) return show({ texture: p.texture, aspect: p.aspect });
    paintMessage(c.ctx, p.state === 'failed' ? hallText().slideFailed : hallText().loading);
    c.texture.needsUpdate = true;
    show({ texture: c.texture, aspect: WIDE });
  };
  const wanted = slidePage(sessionId, deckId, page, () => present(wanted.page));
  present(wanted.page);
  if (page + 1 < pages) slidePage(sessionId, deckId, page + 1);
  return () => {
    wanted.stop();
    c.texture.dispose();
  };
}

export function opdSource(opdId: string, show: Show): () => void {
  const c = card();
  const org = findOrganisation(REGISTRY, opdId);
  const t = hallText();
  if (!org) {
    paintMessage(c.ctx, t.opdUnknown);
    show({ texture: c.texture, aspect: WIDE });
    screenShown.state = 'failed';
    return () => c.texture.dispose();
  }
  const paint = (figures: ReturnType<typeof liveHeadlineFigures>, at: number | null) => {
    const updated = at ? `${t.opdUpdated} ${formatClock(at, i18next.language, 'Asia/Makassar')} WITA` : '';
    paintOpdPanel(c.ctx, {
      name: org.name,
      color: categoryColor(org.category),
      figures,
      live: t.opdLive,
      simulated: t.simulated,
      updated,
      language: i18next.language,
    });
    c.texture.needsUpdate = true;
  };
  paint(liveHeadlineFigures(org, useBoothStore.getState().live[opdId]), null);
  show({ texture: c.texture, aspect: WIDE });
  screenShown.state = 'shown';
  const abort = new AbortController();
  const refresh = () => {
    fetchOpd(opdId, abort.signal).then(
      (detail) => {
        const latest = detail.latest.slice(0, 3);
        const at = Math.max(0, ...latest.map((f) => f.at ?? 0));
        if (latest.length > 0) paint(latest, at || null);
      },
      () => {}, // keep the figures shown; the next refresh tries again
    );
  };
  refresh();
  const timer = setInterval(refresh, OPD_REFRESH_MS);
  return () => {
    clearInterval(timer);
    abort.abort();
    c.texture.dispose();
  };
}

/** The video element of the screen now (for unmuting), or null. */
let playing: HTMLVideoElement | null = null;

export function setVideoMuted(muted: boolean): void {
  if (!playing) return;
  playing.muted = muted;
  if (!muted) void playing.play().catch(() => {});
}

export function videoSource(url: string, muted: boolean, show: Show): () => void {
  const c = card();
  const t = hallText();
  paintMessage(c.ctx, t.videoWaiting);
  show({ texture: c.texture, aspect: WIDE });
  screenShown.state = 'loading';
  const video = document.createElement('video');
  video.muted = muted;
  video.playsInline = true;
  video.crossOrigin = 'anonymous';
  video.autoplay = true;
  playing = video;
  let texture: VideoTexture | null = null;
  let stopped = false;
  let detach: () => void = () => {};
  const fail = () => {
    if (stopped) return;
    screenShown.state = 'failed';
    paintMessage(c.ctx, t.videoFailed);
    c.texture.needsUpdate = true;
    show({ texture: c.texture, aspect: WIDE });
  };
  // VideoTexture waits for requestVideoFrameCallback, which Chromium may never call for a video
  // outside the page; a frame loop marks the texture for upload whenever the picture moved on.
  let lastTime = -1;
  let frame = 0;
  const pump = () => {
    if (texture && video.readyState >= 2 && video.currentTime !== lastTime) {
      lastTime = video.currentTime;
      texture.needsUpdate = true;
    }
    frame = requestAnimationFrame(pump);
  };
  video.addEventListener('loadeddata', () => {
    if (stopped) return;
    texture ??= new VideoTexture(video);
    texture.colorSpace = SRGBColorSpace;
    cancelAnimationFrame(frame);
    pump();
    show({ texture, aspect: video.videoWidth / Math.max(1, video.videoHeight) || WIDE });
    screenShown.state = 'shown';
  });
  attachStream(video, url, fail).then((stop) => {
    if (stopped) stop();
    else {
      detach = stop;
      void video.play().catch(() => {});
    }
  }, fail);
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    if (playing === video) playing = null;
    detach();
    video.pause();
    texture?.dispose();
    c.texture.dispose();
  };
}
