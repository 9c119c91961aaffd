// Everything drawn over the 3D view. Re-renders on panel and connection changes only. On a kiosk the
// ways out of kiosk mode (the Lite link; "Keluar" in CityBar) are not offered: "Selesai" ends a visit.
// The booth prompt steps aside while a list panel (directory, sessions, rapor, map) is open; the tour
// card and the touch joystick while any panel is (`panel-open`, styles.css).
import { useTranslation } from 'react-i18next';
import type { CityLayout } from '../../../shared/layout.ts';
import { useIsKiosk } from '../../kiosk/useKioskStore.ts';
import { useMapStore } from '../../stores/useMapStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { BoothLinkOpener } from './BoothLinkOpener.tsx';
import { BoothPanel } from './BoothPanel.tsx';
import { BoothPrompt } from './BoothPrompt.tsx';
import { ChatPanel } from './ChatPanel.tsx';
import { CityBar } from './CityBar.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { Directory } from './Directory.tsx';
import { ModerationBanner } from './ModerationBanner.tsx';
import { FullMap } from './map/FullMap.tsx';
import { MiniMap } from './map/MiniMap.tsx';
import { Notice } from './Notice.tsx';
import { RaporPanel } from './RaporPanel.tsx';
import { ReportDialog } from './ReportDialog.tsx';
import { SessionsPanel } from './SessionsPanel.tsx';
import { Tour } from './Tour.tsx';

export function Hud({ layout, touch }: { layout: CityLayout; touch: boolean }) {
  const { t } = useTranslation();
  const { openBooth, directoryOpen, raporOpen, sessionsOpen } = useUiStore();
  const { setDirectoryOpen, setSessionsOpen } = useUiStore();
  const mapOpen = useMapStore((s) => s.open);
  const kiosk = useIsKiosk();
  const listOpen = directoryOpen || raporOpen || sessionsOpen || mapOpen;
  const panelOpen = listOpen || openBooth !== null;
  return (
    <div className={panelOpen ? 'hud panel-open' : 'hud'}>
      <div className="hud-top">
        <ConnectionBadge />
        <button
          type="button"
          className="primary go-to sessions-open"
          aria-expanded={sessionsOpen}
          onClick={() => setSessionsOpen(!sessionsOpen)}
        >
          {t('sessions.open')}
        </button>
        <button type="button" className="primary go-to" onClick={() => setDirectoryOpen(!directoryOpen)}>
          {t('directory.open')}
        </button>
        {!kiosk && (
          <a className="primary go-to" href="/lite">
            {t('liteLink.short')}
            <span className="sr-only">{t('liteLink.shortMore')}</span>
          </a>
        )}
        <CityBar />
      </div>
      <MiniMap layout={layout} />
      {mapOpen && <FullMap layout={layout} />}
      {directoryOpen && <Directory layout={layout} />}
      {raporOpen && <RaporPanel layout={layout} />}
      {sessionsOpen && <SessionsPanel />}
      {openBooth && <BoothPanel key={openBooth} id={openBooth} />}
      {!listOpen && <BoothPrompt touch={touch} />}
      <Tour touch={touch} />
      <ChatPanel />
      <Notice />
      <ModerationBanner />
      <ReportDialog />
      <BoothLinkOpener layout={layout} />
      <p className="help">{t(touch ? 'help.touch' : 'help.desktop')}</p>
    </div>
  );
}
