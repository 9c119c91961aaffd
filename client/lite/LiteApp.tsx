// Makaverse Lite's frame (client only): the header with the main menu and the language switch, then
// the page the address names. After a page change focus moves to the new page's heading.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasWebGL } from '../lobby/hasWebGL.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { HomePage } from './HomePage.tsx';
import { LiteLink } from './LiteLink.tsx';
import { OpdPage } from './OpdPage.tsx';
import { PAGE_HEADING_ID, PageHeading } from './PageHeading.tsx';
import { RaporPage } from './RaporPage.tsx';
import type { LiteRoute } from './route.ts';
import { SessionsPage } from './SessionsPage.tsx';
import { useLiteRoute } from './useLiteRoute.ts';

/** The session room's code (Colyseus SDK, protocol, zod) loads only when a session page opens. */
const SessionPage = lazy(() => import('./SessionPage.tsx').then((m) => ({ default: m.SessionPage })));

export function LiteApp() {
  const route = useLiteRoute((s) => s.route);
  const changes = useLiteRoute((s) => s.changes);
  useEffect(() => {
    if (changes === 0) return;
    window.scrollTo(0, 0);
    document.getElementById(PAGE_HEADING_ID)?.focus();
  }, [changes]);
  return (
    <>
      <LiteHeader route={route} />
      <main className="lite-main">
        <Page route={route} />
      </main>
    </>
  );
}

function Page({ route }: { route: LiteRoute }) {
  const { t } = useTranslation();
  switch (route.kind) {
    case 'home':
      return <HomePage fallback={route.fallback} />;
    case 'opd':
      return <OpdPage key={route.id} id={route.id} />;
    case 'rapor':
      return <RaporPage />;
    case 'sessions':
      return <SessionsPage />;
    case 'session':
      return (
        <Suspense fallback={<p role="status">{t('sessions.loading')}</p>}>
          <SessionPage key={route.sessionId} sessionId={route.sessionId} invite={route.invite} />
        </Suspense>
      );
    case 'notFound':
      return (
        <>
          <PageHeading title={t('lite.notFound.title')}>{t('lite.notFound.title')}</PageHeading>
          <p>
            <LiteLink to={{ kind: 'home', fallback: false }}>{t('lite.notFound.back')}</LiteLink>
          </p>
        </>
      );
  }
}

function LiteHeader({ route }: { route: LiteRoute }) {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const setLanguage = useSettingsStore((s) => s.setLanguage);
  const [webgl] = useState(hasWebGL);
  const other = language === 'id' ? 'en' : 'id';
  const current = (kind: LiteRoute['kind']) => (route.kind === kind ? ('page' as const) : undefined);
  return (
    <header className="lite-top">
      <LiteLink to={{ kind: 'home', fallback: false }} className="lite-brand">
        <span className="lite-mark" aria-hidden="true" />
        {t('lite.brand')}
      </LiteLink>
      <nav aria-label={t('lite.nav.label')}>
        <ul>
          <li>
            <LiteLink aria-current={current('home')} to={{ kind: 'home', fallback: false }}>
              {t('lite.nav.home')}
            </LiteLink>
          </li>
          <li>
            <LiteLink aria-current={current('rapor')} to={{ kind: 'rapor' }}>
              {t('lite.nav.rapor')}
            </LiteLink>
          </li>
          <li>
            <LiteLink aria-current={current('sessions')} to={{ kind: 'sessions' }}>
              {t('lite.nav.sessions')}
            </LiteLink>
          </li>
          {webgl && (
            <li>
              <a href="/">{t('lite.nav.city')}</a>
            </li>
          )}
          <li>
            <button
              type="button"
              className="lite-lang"
              lang={other}
              aria-label={t('lite.nav.languageLabel')}
              onClick={() => setLanguage(other)}
            >
              {t('lite.nav.language')}
            </button>
          </li>
        </ul>
      </nav>
    </header>
  );
}
