// What the session room tells this attendee alone (client/net/sessionPlace.ts fills it): `you`
// (role, hand, votes, own questions), `staff` (queues, pending questions, reports, live tallies; only
// hosts, moderators and admins receive it), the recent reactions for the floating overlay, and the
// session panel's open tab (until chosen, the role decides: hosts start on Panggung).
import { create } from 'zustand';
import type { Reaction } from '../../shared/protocol.ts';
import type { StaffView, YouView } from '../../shared/session/views.ts';

/** Reactions on screen at once; older ones drop off. */
export const MAX_REACTIONS_SHOWN = 20;
/** How long a reaction floats, ms (matches the CSS animation). */
export const REACTION_SHOW_MS = 2600;

export type FloatingReaction = { id: number; kind: Reaction; at: number };

/** The session panel's tabs: audience (ask, poll, hand, chat), host (Panggung) and moderators. */
export type SessionTab = 'ask' | 'poll' | 'hand' | 'chat' | 'host' | 'mod';

type SessionView = {
  you: YouView | null;
  staff: StaffView | null;
  reactions: FloatingReaction[];
  /** The tab the attendee chose, or null before they chose one (see shownTab). */
  tab: SessionTab | null;
  setTab: (tab: SessionTab) => void;
  setYou: (you: YouView) => void;
  setStaff: (staff: StaffView) => void;
  /** Adds a reaction at `nowMs` and drops those older than REACTION_SHOW_MS. */
  addReaction: (kind: Reaction, nowMs: number) => void;
  reset: () => void;
};

let nextReactionId = 1;

export const useSessionViewStore = create<SessionView>()((set) => ({
  you: null,
  staff: null,
  reactions: [],
  tab: null,
  setTab: (tab) => set({ tab }),
  setYou: (you) => set({ you }),
  setStaff: (staff) => set({ staff }),
  addReaction: (kind, nowMs) =>
    set((s) => ({
      reactions: [
        ...s.reactions.filter((r) => nowMs - r.at < REACTION_SHOW_MS),
        { id: nextReactionId++, kind, at: nowMs },
      ].slice(-MAX_REACTIONS_SHOWN),
    })),
  reset: () => set({ you: null, staff: null, reactions: [], tab: null }),
}));

/** Hosts and admins run the stage; moderators (and they) moderate. */
export const isHost = (you: YouView | null) => you?.role === 'host' || you?.role === 'admin';
export const isStaff = (you: YouView | null) => isHost(you) || you?.role === 'moderator';

/** The tabs this attendee has, in order. */
export function sessionTabs(you: YouView | null): SessionTab[] {
  const tabs: SessionTab[] = ['ask', 'poll', 'hand', 'chat'];
  if (isHost(you)) tabs.push('host');
  if (isStaff(you)) tabs.push('mod');
  return tabs;
}

/** The tab shown: the chosen one when the attendee has it, else Panggung for hosts and Tanya for others. */
export function shownTab(you: YouView | null, chosen: SessionTab | null): SessionTab {
  if (chosen !== null && sessionTabs(you).includes(chosen)) return chosen;
  return isHost(you) ? 'host' : 'ask';
}

/** What waits for a moderator: pending questions and unresolved reports. */
export function moderationWaiting(staff: StaffView | null): number {
  if (!staff) return 0;
  return (
    staff.questions.filter((q) => q.status === 'pending').length +
    staff.reports.filter((r) => !r.resolved).length
  );
}
