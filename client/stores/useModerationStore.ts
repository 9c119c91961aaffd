// City moderation as this visitor sees it: what they are reporting (the report dialog is open while
// `reporting` is set) and the moderators' latest decision about them (muted until, removed, banned
// until), set by client/net/cityPlace.ts from the server's `moderation` message. `report` sends a
// report to the city room (dropped when not in the city).
import { create } from 'zustand';
import type { CityModerationNotice, ClientMessage } from '../../shared/protocol.ts';
import { citySend } from './useConnectionStore.ts';

/** What a report is about: a chat line (with its sender, who may be reported instead) or a person. */
export type ReportSubject =
  | { kind: 'message'; messageId: number; sessionId: string; name: string; text: string }
  | { kind: 'person'; sessionId: string; name: string };

/** The visitor's standing; `muted` ends by itself at `until` (epoch ms, compared by readers). */
export type Standing = Exclude<CityModerationNotice, { kind: 'unmuted' }> | null;

type Moderation = {
  reporting: ReportSubject | null;
  standing: Standing;
  openReport: (subject: ReportSubject) => void;
  closeReport: () => void;
  setStanding: (standing: Standing) => void;
  report: (report: ClientMessage<'report'>) => void;
};

export const useModerationStore = create<Moderation>()((set) => ({
  reporting: null,
  standing: null,
  openReport: (reporting) => set({ reporting }),
  closeReport: () => set({ reporting: null }),
  setStanding: (standing) => set({ standing }),
  report: (report) => citySend()?.('report', report),
}));
