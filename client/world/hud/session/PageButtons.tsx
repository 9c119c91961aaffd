// ◀ n / N ▶ for the slides on the big screen: hosts and speakers change the page for everyone.
import { useTranslation } from 'react-i18next';
import { useStageStore } from '../../../stores/useStageStore.ts';

export function PageButtons() {
  const { t } = useTranslation();
  const screen = useStageStore((s) => s.screen);
  if (screen.mode !== 'slides' || screen.pages === 0) return null;
  const go = (page: number) => useStageStore.getState().act({ do: 'page', page });
  return (
    <div className="session-pages">
      <button
        type="button"
        className="session-page-btn"
        aria-label={t('session.pages.prev')}
        disabled={screen.page <= 0}
        onClick={() => go(screen.page - 1)}
      >
        ◀
      </button>
      <span aria-live="polite">{t('session.pages.of', { page: screen.page + 1, pages: screen.pages })}</span>
      <button
        type="button"
        className="session-page-btn"
        aria-label={t('session.pages.next')}
        disabled={screen.page >= screen.pages - 1}
        onClick={() => go(screen.page + 1)}
      >
        ▶
      </button>
    </div>
  );
}
