// What the session room tells this attendee alone (client/net/sessionConnection.ts fills it): `you`
// (role, hand, votes, own questions), `staff` (queues, pending questions, reports, live tallies; only
// hosts, moderators and admins receive it) and the recent reactions for the floating overlay.
import { create } from 'zustand';
import type { Reaction } from '../../shared/protocol.ts';
import type { StaffView, YouView } from '../../shared/session/views.ts';

/** Reactions on screen at once; older ones drop off. */
export const MAX_REACTIONS_SHOWN = 20;
/** How long a reaction floats, ms (matches the CSS animation). */
export const REACTION_SHOW_MS = 2600;

export type FloatingReaction = { id: number; kind: Reaction; at: number };

type SessionView = {
  you: YouView | null;
  staff: StaffView | null;
  reactions: FloatingReaction[];
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
  setYou: (you) => set({ you }),
  setStaff: (staff) => set({ staff }),
  addReaction: (kind, nowMs) =>
    set((s) => ({
      reactions: [
        ...s.reactions.filter((r) => nowMs - r.at < REACTION_SHOW_MS),
        { id: nextReactionId++, kind, at: nowMs },
      ].slice(-MAX_REACTIONS_SHOWN),
    })),
  reset: () => set({ you: null, staff: null, reactions: [] }),
}));

/** Hosts and admins run the stage; moderators (and they) moderate. */
export const isHost = (you: YouView | null) => you?.role === 'host' || you?.role === 'admin';
export const isStaff = (you: YouView | null) => isHost(you) || you?.role === 'moderator';
