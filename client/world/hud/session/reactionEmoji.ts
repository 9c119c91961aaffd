// The emoji of each reaction kind (protocol.ts REACTIONS).
import type { Reaction } from '../../../../shared/protocol.ts';

export const REACTION_EMOJI: Record<Reaction, string> = {
  applause: '👏',
  thumbs: '👍',
  heart: '❤️',
  laugh: '😂',
  wow: '😮',
};
