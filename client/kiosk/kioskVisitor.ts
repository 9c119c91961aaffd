// Who is at a kiosk (client only). Each visitor gets a new identity — a new visitorId (so each person
// votes and upvotes once in a session), a friendly name ("Tamu Losari 12") and a colour — with
// storage wiped and every panel and chat line of the previous visitor gone (kioskRejoin.ts then joins
// the city again under that identity). Stores only, no network: the kiosk's boot runs it before the
// 3D chunk loads.
import { type KioskConfig, kioskVisitorName } from '../../shared/kiosk.ts';
import { useChatStore } from '../stores/useChatStore.ts';
import { useModerationStore } from '../stores/useModerationStore.ts';
import { AVATAR_COLORS, newVisitorId, useSettingsStore } from '../stores/useSettingsStore.ts';
import { useUiStore } from '../stores/useUiStore.ts';

/** A new identity in the settings store, every trace of the previous visitor removed. */
export function freshVisitor(config: KioskConfig): void {
  localStorage.clear();
  sessionStorage.clear();
  const color =
    AVATAR_COLORS[Math.floor(Math.random() * AVATAR_COLORS.length)] ?? (AVATAR_COLORS[0] as string);
  useSettingsStore.setState({
    visitorId: newVisitorId(),
    name: kioskVisitorName(Math.random(), Math.random()),
    color,
    language: config.language,
    touchHintSeen: false,
  });
  useUiStore.setState({
    openBooth: null,
    nearBooth: null,
    directoryOpen: false,
    raporOpen: false,
    sessionsOpen: false,
  });
  useChatStore.getState().clearUntilNow();
  useChatStore.getState().setChannel('plaza');
  useModerationStore.getState().closeReport();
  useModerationStore.getState().setStanding(null);
}
