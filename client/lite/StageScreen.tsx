// What the hall's big screen shows, for Lite: the slide page as an image with alt text (page of
// pages and the session title: slides carry no text of their own), an OPD's figures as a link to its
// Lite page, a live stream in a <video> with controls (hls.js only when the browser needs it), the
// host's camera (LiteCamera.tsx), or nothing; and who holds the floor with what they say.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { attachStream } from '../net/hallMedia.ts';
import { deckPageUrl } from '../net/liteApi.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import { LiteCamera } from './LiteCamera.tsx';
import { LiteLink } from './LiteLink.tsx';

export function StageScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const screen = useStageStore((s) => s.screen);
  const title = useStageStore((s) => s.info.title);
  const floor = useStageStore((s) => s.floor);
  const org = screen.mode === 'opd' ? findOrganisation(REGISTRY, screen.opdId) : undefined;
  return (
    <>
      {screen.mode === 'slides' && screen.deckId && screen.pages > 0 ? (
        <figure className="lite-slide">
          <img
            src={deckPageUrl(sessionId, screen.deckId, screen.page)}
            alt={t('lite.session.slideAlt', { page: screen.page + 1, pages: screen.pages, title })}
            decoding="async"
          />
          <figcaption className="muted small">
            {t('lite.session.slideNote', { page: screen.page + 1, pages: screen.pages })}
          </figcaption>
        </figure>
      ) : screen.mode === 'opd' && org ? (
        <p>
          {t('lite.session.screenOpd', { name: org.name })}{' '}
          <LiteLink to={{ kind: 'opd', id: org.id }}>
            {t('lite.session.screenOpdLink', { name: org.abbreviation })}
          </LiteLink>
        </p>
      ) : screen.mode === 'video' && screen.url ? (
        <Stream key={screen.url} url={screen.url} />
      ) : screen.mode === 'camera' ? (
        <LiteCamera />
      ) : (
        <p className="muted">{t('lite.session.screenBlank')}</p>
      )}
      {floor.handle && (
        <div className="lite-floor">
          <h3>{t('lite.session.floorTitle')}</h3>
          <p>
            {floor.text
              ? t('lite.session.floor', { name: floor.name, text: floor.text })
              : t('lite.session.floorNoText', { name: floor.name })}
          </p>
        </div>
      )}
    </>
  );
}

function Stream({ url }: { url: string }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let stop: (() => void) | null = null;
    let gone = false;
    void attachStream(element, url, () => setFailed(true)).then((s) => {
      if (gone) s();
      else stop = s;
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [url]);
  if (failed) return <p>{t('lite.session.videoFailed')}</p>;
  return (
    <video
      ref={video}
      className="lite-video"
      controls
      muted
      playsInline
      aria-label={t('lite.session.screenVideo')}
    />
  );
}
