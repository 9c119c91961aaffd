import { useTranslation } from 'react-i18next';

/** Shown instead of a blank page when the browser has no WebGL. */
export function NoWebGL() {
  const { t } = useTranslation();
  return (
    <main className="lobby">
      <section className="lobby-card" role="alert">
        <h1>{t('noWebgl.title')}</h1>
        <p>{t('noWebgl.body')}</p>
      </section>
    </main>
  );
}
