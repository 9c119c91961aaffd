import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { liteFallbackPath } from '../lite/route.ts';

/**
 * Shown when the browser has no WebGL: says why, and opens Makaverse Lite at once (the same session
 * when the link named one), with the link in view should the redirect not happen.
 */
export function NoWebGL() {
  const { t } = useTranslation();
  const target = liteFallbackPath(location.search);
  useEffect(() => location.replace(target), [target]);
  return (
    <main className="lobby">
      <section className="lobby-card" role="alert">
        <h1>{t('noWebgl.title')}</h1>
        <p>{t('liteLink.redirect')}</p>
        <p>
          <a href={target}>{t('liteLink.label')}</a>
        </p>
      </section>
    </main>
  );
}
