// Every Lite page's <h1>: the target of the focus move after a page change (LiteApp), so keyboard and
// screen-reader users start reading at the new page's title. Also sets the tab's title.
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_HEADING_ID = 'lite-h1';

export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const brand = t('lite.brand');
  useEffect(() => {
    document.title = title === brand ? brand : `${title} — ${brand}`;
  }, [title, brand]);
  return (
    <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
      {children}
    </h1>
  );
}
