// Chat lines per channel (city: plaza, nearby; a session: 'session') and the last notice from the
// server, filled by the joined place (client/net/cityPlace.ts, sessionPlace.ts); `send` says a line in
// the joined place (the city's chosen channel, or the session's chat). Client only.
import { create } from 'zustand';
import type { ChatChannel, ChatLine } from '../../shared/protocol.ts';
import { useConnectionStore } from './useConnectionStore.ts';

const MAX_LINES = 200;

type Chat = {
  lines: ChatLine[];
  channel: ChatChannel;
  /** i18n key of the latest notice (e.g. notice.chat-rate), with a counter so repeats re-show. */
  notice: { key: string; seq: number } | null;
  setChannel: (channel: ChatChannel) => void;
  /** Sends a line to the joined place (dropped while not connected). */
  send: (text: string) => void;
  add: (line: ChatLine) => void;
  setHistory: (lines: ChatLine[]) => void;
  showNotice: (key: string) => void;
  /** A line a moderator deleted (session chat). */
  remove: (id: number) => void;
  /** Drops every line, e.g. when leaving a session. */
  clear: () => void;
  /** Drops every line and hides any sent before now, also when history repeats them (a kiosk's next visitor). */
  clearUntilNow: () => void;
  /** Lines sent before this (epoch ms) are not shown. */
  hideBefore: number;
};

export const useChatStore = create<Chat>()((set) => ({
  lines: [],
  channel: 'plaza',
  notice: null,
  hideBefore: 0,
  setChannel: (channel) => set({ channel }),
  send: (text) => {
    const outbox = useConnectionStore.getState().outbox;
    if (outbox?.kind === 'city') outbox.send('chat', { text, channel: useChatStore.getState().channel });
    else outbox?.send('chat', { text });
  },
  add: (line) =>
    set((s) =>
      s.lines.some((l) => l.id === line.id) || line.at < s.hideBefore
        ? s
        : { lines: [...s.lines, line].slice(-MAX_LINES) },
    ),
  setHistory: (all) =>
    set((s) => {
      const history = all.filter((l) => l.at >= s.hideBefore);
      const known = new Set(history.map((l) => l.id));
      const merged = [...history, ...s.lines.filter((l) => !known.has(l.id))].sort((a, b) => a.id - b.id);
      return { lines: merged.slice(-MAX_LINES) };
    }),
  showNotice: (key) => set((s) => ({ notice: { key, seq: (s.notice?.seq ?? 0) + 1 } })),
  remove: (id) =>
    set((s) => (s.lines.some((l) => l.id === id) ? { lines: s.lines.filter((l) => l.id !== id) } : s)),
  clear: () => set({ lines: [] }),
  clearUntilNow: () => set({ lines: [], hideBefore: Date.now() }),
}));
