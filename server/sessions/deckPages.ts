// Screen → slides, as the hub stores it: the page count comes from the stored deck, never from the
// client (an unknown deck leaves it out). Runs on the server.
import type { SessionAction } from '../../shared/protocol.ts';
import type { SessionStore } from '../store/sessionStore.ts';

export async function withDeckPages(
  sessions: Pick<SessionStore, 'decks'>,
  sessionId: string,
  action: Extract<SessionAction, { do: 'screen' }>,
): Promise<SessionAction> {
  const s = action.screen;
  if (s.mode !== 'slides') return action;
  const deck = (await sessions.decks(sessionId)).find((d) => d.id === s.deckId);
  const { pages: _fromClient, ...rest } = s;
  return { do: 'screen', screen: deck ? { ...rest, pages: deck.pages } : rest };
}
