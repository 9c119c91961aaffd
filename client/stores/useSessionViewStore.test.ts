import { beforeEach, describe, expect, it } from 'vitest';
import type { YouView } from '../../shared/session/views.ts';
import {
  isHost,
  isStaff,
  MAX_REACTIONS_SHOWN,
  REACTION_SHOW_MS,
  useSessionViewStore,
} from './useSessionViewStore.ts';

const you = (role: YouView['role']): YouView => ({
  handle: 'abcd1234',
  role,
  speaker: false,
  floor: false,
  muted: false,
  hand: null,
  upvoted: [],
  ballots: {},
  asked: [],
});

describe('useSessionViewStore', () => {
  beforeEach(() => useSessionViewStore.getState().reset());

  it('keeps at most MAX_REACTIONS_SHOWN reactions, newest last', () => {
    const add = useSessionViewStore.getState().addReaction;
    for (let i = 0; i < MAX_REACTIONS_SHOWN + 5; i++) add(i % 2 ? 'heart' : 'applause', 1000 + i);
    const shown = useSessionViewStore.getState().reactions;
    expect(shown).toHaveLength(MAX_REACTIONS_SHOWN);
    expect(shown.at(-1)?.at).toBe(1000 + MAX_REACTIONS_SHOWN + 4);
    expect(new Set(shown.map((r) => r.id)).size).toBe(MAX_REACTIONS_SHOWN);
  });

  it('drops reactions that have finished floating when a new one arrives', () => {
    const add = useSessionViewStore.getState().addReaction;
    add('wow', 0);
    add('laugh', 100);
    add('thumbs', REACTION_SHOW_MS + 50);
    expect(useSessionViewStore.getState().reactions.map((r) => r.kind)).toEqual(['laugh', 'thumbs']);
  });

  it('tells hosts and moderators apart from residents', () => {
    expect([isHost(null), isStaff(null)]).toEqual([false, false]);
    expect([isHost(you('resident')), isStaff(you('resident'))]).toEqual([false, false]);
    expect([isHost(you('moderator')), isStaff(you('moderator'))]).toEqual([false, true]);
    expect([isHost(you('host')), isStaff(you('host'))]).toEqual([true, true]);
    expect([isHost(you('admin')), isStaff(you('admin'))]).toEqual([true, true]);
  });
});
