import { beforeEach, describe, expect, it } from 'vitest';
import type { YouView } from '../../shared/session/views.ts';
import {
  isHost,
  isStaff,
  MAX_REACTIONS_SHOWN,
  moderationWaiting,
  REACTION_SHOW_MS,
  shownTab,
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

  it('opens the hall on Panggung for hosts and on Tanya for residents, until a tab is chosen', () => {
    expect(shownTab(you('host'), null)).toBe('host');
    expect(shownTab(you('admin'), null)).toBe('host');
    expect(shownTab(you('resident'), null)).toBe('ask');
    expect(shownTab(you('moderator'), null)).toBe('ask');
    expect(shownTab(null, null)).toBe('ask');
    expect(shownTab(you('host'), 'chat')).toBe('chat');
    // A tab the attendee does not have falls back to their default.
    expect(shownTab(you('resident'), 'mod')).toBe('ask');
    useSessionViewStore.getState().setTab('poll');
    useSessionViewStore.getState().reset();
    expect(useSessionViewStore.getState().tab).toBeNull();
  });

  it('counts what waits for moderation: pending questions and open reports', () => {
    expect(moderationWaiting(null)).toBe(0);
    const q = (status: string) => ({ status }) as never;
    const r = (resolved: boolean) => ({ resolved }) as never;
    const staff = { questions: [q('pending'), q('hidden'), q('pending')], reports: [r(false), r(true)] };
    expect(moderationWaiting(staff as never)).toBe(3);
  });
});
