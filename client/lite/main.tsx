// Composition root of Makaverse Lite (/lite): the plain-HTML mirror of the city for browsers without
// WebGL, cheap phones and screen readers. Translations (the 3D client's plus Lite's own), styles,
// history, then the app. No three.js is reachable from here (check the build's lite chunk); the
// session room's code is a lazy chunk (LiteApp). csp.ts comes first: the OPD page's services bring
// zod, which must not probe eval under the page's CSP.
import '../csp.ts';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n.ts';
import { LiteApp } from './LiteApp.tsx';
import { liteEn, liteId } from './strings.ts';
import { followHistory } from './useLiteRoute.ts';
import './lite.css';

initI18n();
i18next.addResourceBundle('id', 'translation', { lite: liteId }, true, false);
i18next.addResourceBundle('en', 'translation', { lite: liteEn }, true, false);
followHistory();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LiteApp />
    </StrictMode>,
  );
}
