// What the hall's big screen loads from the network (client only): a slide page image and a live
// video stream (HLS). Slide pages come from GET /api/sessions/:id/decks/:deckId/:page; video through
// the browser's own HLS (Safari, iOS) or hls.js, which is fetched only when a video is first shown.
import { apiBase } from './api.ts';

/** One page of a deck as a decoded image; rejects on a load error or when `signal` aborts. */
export function loadDeckPage(
  sessionId: string,
  deckId: string,
  page: number,
  signal: AbortSignal,
): Promise<HTMLImageElement> {
  const path = [sessionId, 'decks', deckId, String(page)].map(encodeURIComponent).join('/');
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.crossOrigin = 'anonymous';
    img.decoding = 'async';
    const abort = () => {
      img.src = '';
      reject(new DOMException('aborted', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
    img.onload = () => {
      signal.removeEventListener('abort', abort);
      resolve(img);
    };
    img.onerror = () => {
      signal.removeEventListener('abort', abort);
      reject(new Error(`slide ${page} failed to load`));
    };
    img.src = `${apiBase()}/sessions/${path}`;
  });
}

/**
 * Plays the HLS stream at `url` in `video` (muted autoplay is the caller's choice). Calls `onFatal`
 * when the stream cannot be played. Returns the function that stops it and frees hls.js.
 */
export async function attachStream(
  video: HTMLVideoElement,
  url: string,
  onFatal: () => void,
): Promise<() => void> {
  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = url;
    video.addEventListener('error', onFatal);
    return () => {
      video.removeEventListener('error', onFatal);
      video.removeAttribute('src');
      video.load();
    };
  }
  const { default: Hls } = await import('hls.js');
  if (!Hls.isSupported()) {
    onFatal();
    return () => {};
  }
  const hls = new Hls({ lowLatencyMode: true, maxBufferLength: 10 });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) onFatal();
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  return () => hls.destroy();
}
